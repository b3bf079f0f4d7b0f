import type { Alignment, Bead, Lang, Project, Sentence, TargetLang } from '../model/types';
import { appendSentence, docOf, EditError, freshSentenceId, insertSentenceNextTo, requireSentence, updateSentence, withDoc } from './edit-doc';
import { splitSentence } from './edit-text';

/**
 * Alignment editing. Every operation keeps the two invariants of an Alignment — beads in reading order
 * on both sides, every aligned sentence in exactly one bead — because each only moves a boundary
 * between neighbouring beads. A bead a human touched becomes `manual` with full confidence.
 */

export type BeadSide = 'src' | 'tgt';

function requireAlignment(project: Project, target: TargetLang): Alignment {
  const alignment = project.alignments[target];
  if (!alignment) throw new EditError(`the project has no zh→${target} alignment`);
  return alignment;
}

function requireBead(alignment: Alignment, index: number): Bead {
  const bead = alignment.beads[index];
  if (!bead) throw new EditError(`zh→${alignment.target} has no bead ${index} (it has ${alignment.beads.length})`);
  return bead;
}

function manual(src: string[], tgt: string[]): Bead {
  return { src, tgt, score: 1, origin: 'manual' };
}

function withBeads(project: Project, target: TargetLang, beads: Bead[]): Project {
  const alignment = requireAlignment(project, target);
  return { ...project, alignments: { ...project.alignments, [target]: { ...alignment, beads } } };
}

/** Merge bead `index` with the one after it. */
export function mergeWithNext(project: Project, target: TargetLang, index: number): Project {
  const alignment = requireAlignment(project, target);
  const a = requireBead(alignment, index);
  const b = requireBead(alignment, index + 1);
  const beads = alignment.beads.slice();
  beads.splice(index, 2, manual([...a.src, ...b.src], [...a.tgt, ...b.tgt]));
  return withBeads(project, target, beads);
}

/**
 * Split bead `index` in two: the first keeps `srcCut` source and `tgtCut` target sentences, the second
 * the rest. Neither half may be empty on both sides.
 */
export function splitBead(project: Project, target: TargetLang, index: number, srcCut: number, tgtCut: number): Project {
  const alignment = requireAlignment(project, target);
  const bead = requireBead(alignment, index);
  const first = manual(bead.src.slice(0, srcCut), bead.tgt.slice(0, tgtCut));
  const second = manual(bead.src.slice(srcCut), bead.tgt.slice(tgtCut));
  const outOfRange = srcCut < 0 || tgtCut < 0 || srcCut > bead.src.length || tgtCut > bead.tgt.length;
  if (outOfRange || first.src.length + first.tgt.length === 0 || second.src.length + second.tgt.length === 0) {
    throw new EditError(`cannot split zh→${target} bead ${index} at ${srcCut}:${tgtCut}: a half would be empty`);
  }
  const beads = alignment.beads.slice();
  beads.splice(index, 1, first, second);
  return withBeads(project, target, beads);
}

/** Where the other side should be cut so both halves keep about the same share of the text (also split-off.ts). */
export function proportionalCut(lengths: number[], share: number): number {
  const total = lengths.reduce((a, b) => a + b, 0) || 1;
  let best = 0;
  let bestDistance = Infinity;
  let sum = 0;
  for (let cut = 0; cut <= lengths.length; cut++) {
    const distance = Math.abs(sum / total - share);
    if (distance < bestDistance) [best, bestDistance] = [cut, distance];
    sum += lengths[cut] ?? 0;
  }
  return best;
}

/** The index of the bead whose `side` holds the sentence, or -1. */
export function beadIndexOf(alignment: Alignment, side: BeadSide, sentenceId: string): number {
  return alignment.beads.findIndex((bead) => bead[side].includes(sentenceId));
}

/**
 * Split at the cursor, the way a translator means it: inside a sentence, the sentence is cut in two
 * and the bead is split after the first half; at a sentence's start or end, the bead is split between
 * sentences. The other side is cut where its share of characters best matches. `lang` is 'zh' or the
 * target of the alignment being edited.
 */
export function splitAtCursor(project: Project, target: TargetLang, lang: Lang, sentenceId: string, offset: number): Project {
  if (lang !== 'zh' && lang !== target) throw new EditError(`a ${lang} sentence is not part of the zh→${target} alignment`);
  const side: BeadSide = lang === 'zh' ? 'src' : 'tgt';
  const doc = docOf(project, lang);
  if (!doc) throw new EditError(`the project has no ${lang} text`);
  const text = requireSentence(doc, sentenceId).text;
  let next = project;
  const cutAfter = sentenceId; // the last sentence of the first half
  let cutBefore: string | undefined;
  if (text.slice(0, offset).trim() === '') cutBefore = sentenceId;
  else if (text.slice(offset).trim() !== '') ({ project: next } = splitSentence(project, lang, sentenceId, offset));
  const alignment = requireAlignment(next, target);
  const index = beadIndexOf(alignment, side, sentenceId);
  if (index < 0) throw new EditError(`${lang} sentence "${sentenceId}" is not in the zh→${target} alignment`);
  const bead = alignment.beads[index]!;
  const ids = bead[side];
  const cut = cutBefore ? ids.indexOf(cutBefore) : ids.indexOf(cutAfter) + 1;
  const lengthsOf = (l: Lang, list: string[]): number[] => {
    const d = docOf(next, l)!;
    return list.map((id) => requireSentence(d, id).text.length);
  };
  const sideLengths = lengthsOf(lang, ids);
  const share = sideLengths.slice(0, cut).reduce((a, b) => a + b, 0) / (sideLengths.reduce((a, b) => a + b, 0) || 1);
  const otherLang: Lang = side === 'src' ? target : 'zh';
  const other = side === 'src' ? bead.tgt : bead.src;
  const otherCut = proportionalCut(lengthsOf(otherLang, other), share);
  return side === 'src' ? splitBead(next, target, index, cut, otherCut) : splitBead(next, target, index, otherCut, cut);
}

/**
 * Move a boundary sentence to the neighbouring bead: direction 'prev' moves the FIRST sentence of the
 * side into the previous bead, 'next' moves the LAST one into the next bead (anything else would break
 * reading order). A bead left empty on both sides disappears. Returns the same project at an edge.
 */
export function moveSentence(project: Project, target: TargetLang, index: number, side: BeadSide, direction: 'prev' | 'next'): Project {
  const alignment = requireAlignment(project, target);
  const bead = requireBead(alignment, index);
  const otherIndex = direction === 'prev' ? index - 1 : index + 1;
  const neighbour = alignment.beads[otherIndex];
  if (!neighbour || bead[side].length === 0) return project;
  const moved = direction === 'prev' ? bead[side][0]! : bead[side][bead[side].length - 1]!;
  const rest = direction === 'prev' ? bead[side].slice(1) : bead[side].slice(0, -1);
  const grown = direction === 'prev' ? [...neighbour[side], moved] : [moved, ...neighbour[side]];
  const newBead = { ...manual(bead.src, bead.tgt), [side]: rest };
  const newNeighbour = { ...manual(neighbour.src, neighbour.tgt), [side]: grown };
  const beads = alignment.beads.slice();
  beads[index] = newBead;
  beads[otherIndex] = newNeighbour;
  if (newBead.src.length + newBead.tgt.length === 0) beads.splice(index, 1);
  return withBeads(project, target, beads);
}

/**
 * Add an empty target sentence at the end of a bead, for the translator to type a missing translation
 * into (typically on a 1:0 omission). It is placed in the target Doc right after the nearest earlier
 * target sentence, so reading order on the target side matches the bead order.
 */
export function insertEmptyPartner(project: Project, target: TargetLang, index: number): { project: Project; sentenceId: string } {
  const alignment = requireAlignment(project, target);
  const bead = requireBead(alignment, index);
  const doc = docOf(project, target) ?? { lang: target, paragraphs: [], flags: [] };
  const sentenceId = freshSentenceId(doc);
  const sentence: Sentence = { id: sentenceId, text: '', status: 'empty' };
  let anchor: { id: string; where: 'after' | 'before' } | undefined;
  for (let b = index; b >= 0 && !anchor; b--) {
    const tgt = alignment.beads[b]!.tgt;
    if (tgt.length > 0) anchor = { id: tgt[tgt.length - 1]!, where: 'after' };
  }
  for (let b = index + 1; b < alignment.beads.length && !anchor; b++) {
    const tgt = alignment.beads[b]!.tgt;
    if (tgt.length > 0) anchor = { id: tgt[0]!, where: 'before' };
  }
  const nextDoc = anchor ? insertSentenceNextTo(doc, anchor.id, sentence, anchor.where) : appendSentence(doc, sentence);
  const beads = alignment.beads.slice();
  beads[index] = { ...manual(bead.src, [...bead.tgt, sentenceId]), confirmed: false };
  return { project: withBeads(withDoc(project, target, nextDoc), target, beads), sentenceId };
}

/**
 * Mark a bead confirmed (or take the mark back). Confirming sets its non-empty target sentences to
 * `confirmed`; un-confirming returns them to `edited`, since a human has now vouched for the text.
 */
export function setBeadConfirmed(project: Project, target: TargetLang, index: number, confirmed: boolean): Project {
  const alignment = requireAlignment(project, target);
  const bead = requireBead(alignment, index);
  let doc = docOf(project, target);
  if (doc) {
    for (const id of bead.tgt) {
      doc = updateSentence(doc, id, (s) => {
        if (s.text.trim() === '') return s;
        const status = confirmed ? 'confirmed' : s.status === 'confirmed' ? 'edited' : s.status;
        return status === s.status ? s : { ...s, status };
      });
    }
  }
  const beads = alignment.beads.slice();
  beads[index] = { ...bead, confirmed };
  const next = doc ? withDoc(project, target, doc) : project;
  return withBeads(next, target, beads);
}

/**
 * Replace beads [start, end) with new ones (a re-alignment of a selection). The caller's beads must
 * cover exactly the sentences of the beads they replace; this is checked, and a mismatch throws.
 */
export function replaceBeads(project: Project, target: TargetLang, start: number, end: number, replacement: Bead[]): Project {
  const alignment = requireAlignment(project, target);
  if (start < 0 || end > alignment.beads.length || start > end) throw new EditError(`zh→${target}: bead range ${start}..${end} is out of range`);
  const old = alignment.beads.slice(start, end);
  for (const side of ['src', 'tgt'] as const) {
    const before = old.flatMap((b) => b[side]).join('\n');
    const after = replacement.flatMap((b) => b[side]).join('\n');
    if (before !== after) throw new EditError(`zh→${target}: the new beads do not cover the same ${side} sentences in the same order`);
  }
  const beads = alignment.beads.slice();
  beads.splice(start, end - start, ...replacement);
  return withBeads(project, target, beads);
}
