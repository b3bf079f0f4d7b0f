import type { Concept, TermBase } from '../glossary/types';
import { requiredTargets } from '../glossary/term-helpers';
import type { TargetLang } from '../model/types';

/** One DeepL glossary dictionary: zh → en or zh → ru, as [source, target] pairs. */
export interface GlossaryDictionary {
  source: 'zh';
  target: TargetLang;
  entries: Array<[string, string]>;
}

/** A term DeepL cannot take, reported instead of failing the whole sync. */
export interface RejectedTerm {
  conceptId: string;
  target: TargetLang;
  term: string;
  reason: string;
  origin: { file: string; line: number };
}

export interface GlossaryDictionaries {
  dictionaries: GlossaryDictionary[];
  rejected: RejectedTerm[];
  /** The exact content sent, as text: equal content ⇔ equal glossary (hash it for a version). */
  content: string;
}

/** DeepL refuses longer entries; we keep to 1024 UTF-8 bytes per term. */
export const MAX_TERM_BYTES = 1024;

/** Why DeepL would refuse this term, or undefined when it is acceptable. */
export function termProblem(term: string): string | undefined {
  if (term === '') return 'empty term';
  // DeepL forbids C0/C1 controls (tabs and newlines would also break the TSV) and Unicode line separators.
  if (Array.from(term).some(isForbiddenChar)) return 'contains a tab, line break or control character';
  if (new TextEncoder().encode(term).length > MAX_TERM_BYTES) return `longer than ${MAX_TERM_BYTES} bytes`;
  return undefined;
}

/**
 * The term base as DeepL dictionaries: each accepted Chinese term (preferred or admitted) maps to
 * the concept's first preferred rendering. DeepL holds one target per source term, so a Chinese
 * term already mapped by an earlier concept to another rendering is reported as a duplicate;
 * forbidden (deprecated) terms are never sent. Entries are sorted so equal term bases give equal
 * content whatever the file order.
 */
export function glossaryDictionaries(termBase: TermBase, targets: readonly TargetLang[] = ['en', 'ru']): GlossaryDictionaries {
  const dictionaries: GlossaryDictionary[] = [];
  const rejected: RejectedTerm[] = [];
  for (const target of targets) {
    const seen = new Map<string, string>();
    for (const concept of termBase.concepts) {
      const rendering = requiredTargets(concept, target)[0]?.text.trim();
      if (rendering === undefined) continue;
      for (const source of sourceTerms(concept)) {
        const reject = (term: string, reason: string) => rejected.push({ conceptId: concept.id, target, term, reason, origin: concept.origin });
        const problem = termProblem(source) ?? termProblem(rendering);
        if (problem) {
          reject(termProblem(source) ? source : rendering, problem);
          continue;
        }
        const earlier = seen.get(source);
        if (earlier === undefined) seen.set(source, rendering);
        else if (earlier !== rendering) reject(source, `duplicate source term: already mapped to "${earlier}"`);
      }
    }
    const entries = [...seen].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    if (entries.length > 0) dictionaries.push({ source: 'zh', target, entries });
  }
  const content = dictionaries.map((d) => `${d.source}>${d.target}\n${d.entries.map(([s, t]) => `${s}\t${t}`).join('\n')}`).join('\n\n');
  return { dictionaries, rejected, content };
}

function isForbiddenChar(ch: string): boolean {
  const code = ch.codePointAt(0)!;
  return code <= 0x1f || (code >= 0x80 && code <= 0x9f) || code === 0x2028 || code === 0x2029;
}

function sourceTerms(concept: Concept): string[] {
  const zh = concept.terms.filter((t) => t.lang === 'zh' && t.status !== 'deprecated').map((t) => t.text.trim());
  return [...new Set(zh)];
}
