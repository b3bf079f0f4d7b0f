import type { TargetLang } from '../model/types';
import { conceptZh } from './term-file-format';
import { zhMatchForm } from './term-helpers';
import type { Concept } from './types';

/** Same zh term, different required (preferred) rendering: the user decides before anything is written. */
export interface ImportConflict {
  zh: string;
  lang: TargetLang;
  /** The rendering in force now, and where it comes from. */
  current: string;
  currentFile: string;
  incoming: string;
}

export interface ImportDiff {
  /** Concepts whose Chinese term the glossary does not have yet. */
  added: Concept[];
  /** Known concepts the import would extend (new renderings, variants, notes), without conflict. */
  changed: Array<{ zh: string; currentFile: string; newTerms: string[]; concept: Concept }>;
  conflicts: ImportConflict[];
  /** Known concepts the import brings nothing new for. */
  unchanged: number;
}

const same = (a: string, b: string): boolean => a.normalize('NFC').toLowerCase() === b.normalize('NFC').toLowerCase();

/**
 * What importing `incoming` into a glossary holding `current` (the merged term base) would do,
 * concept by concept, matched on the Chinese term as the matcher sees it.
 */
export function diffImport(current: readonly Concept[], incoming: readonly Concept[]): ImportDiff {
  const byZh = new Map<string, Concept>();
  for (const c of current) {
    for (const t of c.terms) if (t.lang === 'zh') byZh.set(zhMatchForm(t.text), c);
  }
  const diff: ImportDiff = { added: [], changed: [], conflicts: [], unchanged: 0 };
  for (const c of incoming) {
    const known = c.terms.filter((t) => t.lang === 'zh').map((t) => byZh.get(zhMatchForm(t.text))).find((k) => k !== undefined);
    if (!known) {
      diff.added.push(c);
      continue;
    }
    let conflict = false;
    for (const lang of ['en', 'ru'] as const) {
      const mine = known.terms.find((t) => t.lang === lang && t.status === 'preferred');
      const theirs = c.terms.find((t) => t.lang === lang && t.status === 'preferred');
      if (mine && theirs && !same(mine.text, theirs.text)) {
        conflict = true;
        diff.conflicts.push({ zh: conceptZh(known), lang, current: mine.text, currentFile: known.origin.file, incoming: theirs.text });
      }
    }
    if (conflict) continue;
    const newTerms = c.terms.filter((t) => !known.terms.some((k) => k.lang === t.lang && same(k.text, t.text) && k.status === t.status)).map((t) => `${t.lang}: ${t.text}${t.status === 'preferred' ? '' : ` (${t.status === 'deprecated' ? 'forbidden' : t.status})`}`);
    if (newTerms.length > 0) diff.changed.push({ zh: conceptZh(known), currentFile: known.origin.file, newTerms, concept: c });
    else diff.unchanged++;
  }
  return diff;
}

/**
 * The concept with the imported rendering made preferred in `lang` and the one it replaces kept as
 * admitted (nothing a teammate wrote is thrown away).
 */
export function preferRendering(concept: Concept, lang: TargetLang, text: string): Concept {
  const terms = concept.terms.map((t) => (t.lang === lang && t.status === 'preferred' ? { ...t, status: 'admitted' as const } : { ...t }));
  const existing = terms.find((t) => t.lang === lang && same(t.text, text));
  if (existing) existing.status = 'preferred';
  else terms.push({ text, lang, status: 'preferred' });
  // Preferred first, as a reader expects to see it.
  terms.sort((a, b) => LANG_RANK[a.lang] - LANG_RANK[b.lang] || rank(a.status) - rank(b.status));
  return { ...concept, terms };
}

const LANG_RANK: Readonly<Record<Concept['terms'][number]['lang'], number>> = { zh: 0, en: 1, ru: 2 };

function rank(s: Concept['terms'][number]['status']): number {
  return s === 'preferred' ? 0 : s === 'admitted' ? 1 : 2;
}

/** `concepts` with the concept `id` replaced by `next` (or removed with null; appended when new). */
export function replaceConcept(concepts: readonly Concept[], id: string | null, next: Concept | null): Concept[] {
  const out: Concept[] = [];
  let placed = false;
  for (const c of concepts) {
    if (id !== null && c.id === id) {
      if (next) out.push(next);
      placed = true;
    } else out.push(c);
  }
  if (!placed && next) out.push(next);
  return out;
}
