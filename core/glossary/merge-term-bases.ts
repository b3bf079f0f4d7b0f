import type { TargetLang } from '../model/types';
import { TARGET_LANGS } from '../model/types';
import { baseName, problem } from './problem';
import { zhMatchForm } from './term-helpers';
import type { Concept, GlossaryProblem, ParsedTermFile, TermBase } from './types';

const where = (c: Concept): string => `${baseName(c.origin.file)} line ${c.origin.line}`;
const sameText = (a: string, b: string): boolean => a.normalize('NFC').toLowerCase() === b.normalize('NFC').toLowerCase();

/**
 * Folds `incoming` into `kept` (both name the same Chinese term). The first file wins: a different
 * preferred rendering is a conflict, reported with both places, and the incoming one is kept as an
 * admitted rendering so no term is lost and the glossary never demands two renderings at once.
 */
function absorb(kept: Concept, incoming: Concept, problems: GlossaryProblem[]): void {
  const zh = kept.terms.find((t) => t.lang === 'zh')?.text ?? kept.id;
  for (const lang of TARGET_LANGS as readonly TargetLang[]) {
    const a = kept.terms.find((t) => t.lang === lang && t.status === 'preferred');
    const b = incoming.terms.find((t) => t.lang === lang && t.status === 'preferred');
    // A rendering the first file forbids is reported once, by the status check below.
    const forbiddenThere = b && kept.terms.some((t) => t.lang === lang && t.status === 'deprecated' && sameText(t.text, b.text));
    if (a && b && !sameText(a.text, b.text) && !forbiddenThere) {
      problems.push(problem(incoming.origin.file, incoming.origin.line,
        `conflict for ${zh} (${lang}): preferred "${b.text}" here, but "${a.text}" in ${where(kept)}; keeping "${a.text}", "${b.text}" is loaded as admitted`));
    }
  }
  for (const term of incoming.terms) {
    const same = kept.terms.find((t) => t.lang === term.lang && sameText(t.text, term.text));
    if (same) {
      if (same.status !== term.status && (same.status === 'deprecated' || term.status === 'deprecated')) {
        problems.push(problem(incoming.origin.file, incoming.origin.line,
          `conflict for ${zh} (${term.lang}): "${term.text}" is ${term.status} here but ${same.status} in ${where(kept)}; keeping ${same.status}`));
      }
      if (!same.note && term.note) same.note = term.note;
      continue;
    }
    const hasPreferred = kept.terms.some((t) => t.lang === term.lang && t.status === 'preferred');
    kept.terms.push({ ...term, status: term.status === 'preferred' && hasPreferred ? 'admitted' : term.status });
  }
  kept.subject ??= incoming.subject;
  kept.definition ??= incoming.definition;
  if (kept.subject === undefined) delete kept.subject;
  if (kept.definition === undefined) delete kept.definition;
}

/**
 * Merges parsed term base files, earlier files first (they win conflicts). Concepts of different
 * files naming the same Chinese term become one concept (within one file they are homographs and
 * stay apart); a conflict (one source term, two different preferred renderings
 * in a language) is reported with both files and lines. Ids stay unique across files.
 */
export function mergeTermBases(parsed: readonly ParsedTermFile[]): { termBase: TermBase; problems: GlossaryProblem[] } {
  const problems: GlossaryProblem[] = parsed.flatMap((p) => p.problems);
  const concepts: Concept[] = [];
  const byZh = new Map<string, Concept>();
  const ids = new Map<string, Concept>();
  for (const file of parsed) {
    for (const original of file.concepts) {
      const concept: Concept = { ...original, terms: original.terms.map((t) => ({ ...t })), origin: { ...original.origin } };
      const forms = concept.terms.filter((t) => t.lang === 'zh').map((t) => zhMatchForm(t.text)).filter((f) => f !== '');
      const kept = forms.map((f) => byZh.get(f)).find((c) => c !== undefined);
      // The same term twice in one file is a homograph (two concepts), not a conflict to fold.
      if (kept && kept !== concept && kept.origin.file !== concept.origin.file) {
        absorb(kept, concept, problems);
        for (const f of forms) if (!byZh.has(f)) byZh.set(f, kept);
        continue;
      }
      if (ids.has(concept.id)) {
        const renamed = `${concept.id}@${baseName(concept.origin.file)}`;
        problems.push(problem(concept.origin.file, concept.origin.line, `concept id "${concept.id}" is also used in ${where(ids.get(concept.id)!)}; loaded as "${renamed}"`, 'warning'));
        concept.id = renamed;
      }
      ids.set(concept.id, concept);
      for (const f of forms) if (!byZh.has(f)) byZh.set(f, concept);
      concepts.push(concept);
    }
  }
  return { termBase: { concepts }, problems };
}
