import type { Dismissal, Project } from '../model/types';
import type { Finding } from './types';

/**
 * Dismissed findings (issue 17): a reviewer who reads "Source “…” is probably not translated" and
 * finds it translated says so once; the finding stays hidden through re-checks and re-alignment,
 * is listed under "Show dismissed", and can be brought back.
 *
 * A dismissal is keyed by what the finding claims about which text: the claim, the target language,
 * the side and a hash of the texts of the sentences it names (plus the exact text it points at, for
 * findings about a word). Bead and row indexes shift with every alignment edit, and a re-alignment
 * may report the same sentence as an omission (1:0 bead) instead of a hidden gap: both claim
 * "this source sentence has no translation", so one dismissal covers both. Editing the sentence's
 * text makes the dismissal lapse: the reviewer vouched for the old text, not the new one.
 */

/** Checks that claim a sentence has no counterpart at all; one dismissal covers all of them. */
const UNALIGNED_CLAIMS = new Set(['completeness.omission', 'completeness.addition', 'completeness.hidden-gap']);

/** The sentences a finding is about: its source side when it names any, else its target side. */
export function findingSubject(f: Finding): { side: 'src' | 'tgt'; ids: string[] } {
  const src = f.source?.sentences ?? [];
  if (src.length > 0) return { side: 'src', ids: src };
  return { side: 'tgt', ids: f.target?.sentences ?? [] };
}

/** Sentence id → text over the source and every target (ids are unique per language). */
export type SentenceText = (side: 'src' | 'tgt', lang: Finding['lang'], id: string) => string | undefined;

/** A text lookup over the whole project, built once per call site. */
export function projectSentenceText(project: Project): SentenceText {
  const maps = new Map<string, Map<string, string>>();
  const index = (lang: string, doc: Project['source'] | undefined) => {
    const map = new Map<string, string>();
    for (const p of doc?.paragraphs ?? []) for (const s of p.sentences) map.set(s.id, s.text);
    maps.set(lang, map);
  };
  index('zh', project.source);
  index('en', project.targets.en);
  index('ru', project.targets.ru);
  return (side, lang, id) => maps.get(side === 'src' ? 'zh' : (lang ?? 'zh'))?.get(id);
}

/** The stable key of a finding (see above); null when a sentence it names no longer exists. */
export function dismissalKey(f: Finding, textOf: SentenceText): string | null {
  const { side, ids } = findingSubject(f);
  if (ids.length === 0) return null;
  const texts: string[] = [];
  for (const id of ids) {
    const t = textOf(side, f.lang, id);
    if (t === undefined) return null;
    texts.push(t);
  }
  const claim = UNALIGNED_CLAIMS.has(f.check) ? 'unaligned' : f.check;
  const range = side === 'src' ? f.source?.range : f.target?.range;
  const at = range ? textOf(side, f.lang, range.sentence)?.slice(range.start, range.end) ?? '' : '';
  return `${claim}|${f.lang ?? '-'}|${side}|${hash(texts.join('\u0000'))}${at ? `|${hash(at)}` : ''}`;
}

/** The dismissal a finding would be saved as; null when it names no sentence. */
export function dismissalOf(f: Finding, textOf: SentenceText): Dismissal | null {
  const key = dismissalKey(f, textOf);
  if (!key) return null;
  const { side, ids } = findingSubject(f);
  const text = ids.map((id) => textOf(side, f.lang, id) ?? '').join(side === 'src' ? '' : ' ');
  return { key, check: f.check, lang: f.lang, text: text.length > 80 ? `${text.slice(0, 79)}…` : text };
}

/** The project with the finding dismissed (unchanged when it already is, or names no sentence). */
export function dismissFinding(project: Project, f: Finding): Project {
  const d = dismissalOf(f, projectSentenceText(project));
  const list = project.settings.dismissed ?? [];
  if (!d || list.some((x) => x.key === d.key)) return project;
  return { ...project, settings: { ...project.settings, dismissed: [...list, d] } };
}

/** The project with the dismissal taken back (the finding shows again at the next check). */
export function restoreDismissal(project: Project, key: string): Project {
  const list = project.settings.dismissed ?? [];
  if (!list.some((x) => x.key === key)) return project;
  const rest = list.filter((x) => x.key !== key);
  const settings = { ...project.settings };
  if (rest.length > 0) settings.dismissed = rest;
  else delete settings.dismissed;
  return { ...project, settings };
}

/** Findings split into those still shown and those the project's dismissals hide. */
export function partitionDismissed(project: Project, findings: readonly Finding[], textOf?: SentenceText): { shown: Finding[]; dismissed: Finding[] } {
  const list = project.settings.dismissed ?? [];
  if (list.length === 0) return { shown: findings.slice(), dismissed: [] };
  const keys = new Set(list.map((d) => d.key));
  const lookup = textOf ?? projectSentenceText(project);
  const shown: Finding[] = [];
  const dismissed: Finding[] = [];
  for (const f of findings) {
    const key = dismissalKey(f, lookup);
    (key !== null && keys.has(key) ? dismissed : shown).push(f);
  }
  return { shown, dismissed };
}

/** Two 32-bit FNV-style hashes of the UTF-16 code units, in base 36: a collision between two texts is very unlikely. */
function hash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return (a >>> 0).toString(36) + (b >>> 0).toString(36).padStart(7, '0');
}
