import type { Alignment, Lang, Project, SegmentStatus, Sentence } from '../model/types';
import { docOf, EditError, freshSentenceId, insertSentenceNextTo, requireSentence, updateSentence, withDoc } from './edit-doc';

/** The status a sentence gets when a human types into it. */
function statusAfterTyping(text: string): SegmentStatus {
  return text.trim() === '' ? 'empty' : 'edited';
}

/** Which side of an alignment a language lives on, or undefined when the alignment is not about it. */
function sideFor(alignment: Alignment, lang: Lang): 'src' | 'tgt' | undefined {
  if (lang === 'zh') return 'src';
  return alignment.target === lang ? 'tgt' : undefined;
}

/** Map every alignment that holds `sentenceId` on the language's side. */
function mapAlignmentsHolding(
  project: Project,
  lang: Lang,
  sentenceId: string,
  change: (ids: string[], index: number, alignment: Alignment, bead: number) => Partial<Alignment['beads'][number]> | undefined,
): Project {
  let alignments = project.alignments;
  for (const target of ['en', 'ru'] as const) {
    const alignment = project.alignments[target];
    if (!alignment) continue;
    const side = sideFor(alignment, lang);
    if (!side) continue;
    const b = alignment.beads.findIndex((bead) => bead[side].includes(sentenceId));
    if (b < 0) continue;
    const bead = alignment.beads[b]!;
    const patch = change(bead[side], bead[side].indexOf(sentenceId), alignment, b);
    if (!patch) continue;
    const beads = alignment.beads.slice();
    beads[b] = { ...bead, ...patch };
    alignments = { ...alignments, [target]: { ...alignment, beads } };
  }
  return alignments === project.alignments ? project : { ...project, alignments };
}

/**
 * The translator typed: new text for one sentence. Status becomes `edited` (`empty` when blank), and a
 * confirmed bead holding the sentence is no longer confirmed — its text is not what was confirmed.
 * Returns the same project when nothing changed.
 */
export function setSentenceText(project: Project, lang: Lang, sentenceId: string, text: string): Project {
  const doc = docOf(project, lang);
  if (!doc) throw new EditError(`the project has no ${lang} text`);
  const old = requireSentence(doc, sentenceId);
  if (old.text === text) return project;
  const next = withDoc(project, lang, updateSentence(doc, sentenceId, (s) => ({ ...s, text, status: statusAfterTyping(text) })));
  return mapAlignmentsHolding(next, lang, sentenceId, (_ids, _i, alignment, b) =>
    alignment.beads[b]!.confirmed ? { confirmed: false } : undefined,
  );
}

/**
 * Split one sentence in two at a character offset (the cursor). The second half gets a fresh id and
 * follows the first in the same paragraph and in every bead that held the sentence, so alignments stay
 * valid; splitting the bead itself is a separate step (see splitAtCursor). Whitespace at the cut goes.
 */
export function splitSentence(project: Project, lang: Lang, sentenceId: string, offset: number): { project: Project; newId: string } {
  const doc = docOf(project, lang);
  if (!doc) throw new EditError(`the project has no ${lang} text`);
  const old = requireSentence(doc, sentenceId);
  const first = old.text.slice(0, offset).trimEnd();
  const second = old.text.slice(offset).trimStart();
  if (first === '' || second === '') throw new EditError(`cannot split ${lang} sentence "${sentenceId}" at ${offset}: one half would be empty`);
  const newId = freshSentenceId(doc);
  const secondSentence: Sentence = { id: newId, text: second, status: old.status };
  const firstSentence: Sentence = { id: old.id, text: first, status: old.status };
  if (old.span) {
    // Keep offsets into the imported text meaningful: the halves cover the original range.
    firstSentence.span = { start: old.span.start, end: Math.min(old.span.end, old.span.start + offset) };
    secondSentence.span = { start: Math.min(old.span.end, old.span.start + offset), end: old.span.end };
  }
  let nextDoc = updateSentence(doc, sentenceId, () => firstSentence);
  nextDoc = insertSentenceNextTo(nextDoc, sentenceId, secondSentence, 'after');
  const next = mapAlignmentsHolding(withDoc(project, lang, nextDoc), lang, sentenceId, (ids, i, alignment) => {
    const side = sideFor(alignment, lang)!;
    const updated = ids.slice();
    updated.splice(i + 1, 0, newId);
    return { [side]: updated };
  });
  return { project: next, newId };
}
