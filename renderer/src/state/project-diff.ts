import type { Doc, Lang, Project, Sentence } from '../../../core/model';

/** Changed sentences per language, or null when the change is structural and needs the whole project. */
export type SentencePatch = Array<{ lang: Lang; sentence: Sentence }>;

function docPatch(prev: Doc | undefined, next: Doc | undefined, out: SentencePatch): boolean {
  if (prev === next) return true;
  if (!prev || !next || prev.paragraphs.length !== next.paragraphs.length || prev.flags !== next.flags) return false;
  for (let p = 0; p < next.paragraphs.length; p++) {
    const a = prev.paragraphs[p]!;
    const b = next.paragraphs[p]!;
    if (a === b) continue; // edits share untouched paragraphs: this loop is O(paragraphs)
    if (a.id !== b.id || a.sentences.length !== b.sentences.length || a.excluded !== b.excluded) return false;
    for (let i = 0; i < b.sentences.length; i++) {
      const s = b.sentences[i]!;
      if (s === a.sentences[i]) continue;
      if (s.id !== a.sentences[i]!.id) return false;
      out.push({ lang: next.lang, sentence: s });
    }
  }
  return true;
}

/**
 * What changed between two snapshots if it was only sentence text/status (typing): the QA worker
 * then gets a few sentences instead of a copy of the whole project. Null for anything structural.
 */
export function sentencePatch(prev: Project, next: Project): SentencePatch | null {
  if (prev.alignments !== next.alignments || prev.settings !== next.settings) return null;
  const out: SentencePatch = [];
  if (!docPatch(prev.source, next.source, out)) return null;
  for (const t of ['en', 'ru'] as const) if (!docPatch(prev.targets[t], next.targets[t], out)) return null;
  return out;
}
