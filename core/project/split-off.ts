import type { Bead, BeadVerdict, Project, TargetLang } from '../model/types';
import { verdictFingerprint } from '../model/verdict';
import { docOf, EditError, requireSentence } from './edit-doc';
import type { BeadSide } from './edit-align';
import { beadIndexOf, proportionalCut } from './edit-align';

/**
 * "Split off as untranslated" (issue 17): take one sentence out of its n:1 / 1:n bead into a bead of
 * its own with nothing on the other side — a 1:0 bead for a source sentence (an omission the
 * translator then fills with Alt+N or a DeepL draft), a 0:1 bead for a target sentence (an addition).
 * Reading order holds on both sides: a first member goes before the rest of the bead, a last one
 * after it; a middle member cuts the other side where the remaining members' share of the text says.
 * One pure edit, so it is one undo step.
 */
export function splitOffSentence(project: Project, target: TargetLang, side: BeadSide, sentenceId: string): Project {
  const alignment = project.alignments[target];
  if (!alignment) throw new EditError(`the project has no zh→${target} alignment`);
  const index = beadIndexOf(alignment, side, sentenceId);
  if (index < 0) throw new EditError(`${side === 'src' ? 'zh' : target} sentence "${sentenceId}" is not in the zh→${target} alignment`);
  const bead = alignment.beads[index]!;
  const other: BeadSide = side === 'src' ? 'tgt' : 'src';
  const own = bead[side];
  if (own.length === 1 && bead[other].length === 0) throw new EditError(`that sentence is already on its own (a ${side === 'src' ? '1:0' : '0:1'} bead)`);
  const at = own.indexOf(sentenceId);
  const before = own.slice(0, at);
  const after = own.slice(at + 1);
  const alone = lonely(side, sentenceId);
  let replacement: Bead[];
  if (before.length === 0) replacement = [alone, rest(project, target, bead, side, after, at)];
  else if (after.length === 0) replacement = [rest(project, target, bead, side, before, at), alone];
  else {
    // A middle member: the other side is shared between the members before and after it.
    const cut = otherSideCut(project, target, side, before, after, bead[other]);
    if (cut === 0 || cut === bead[other].length) {
      throw new EditError(`that sentence sits between two others whose ${other === 'tgt' ? 'translation' : 'source'} cannot be divided: split the bead first (Ctrl+Shift+Enter), then split it off`);
    }
    replacement = [manualBead(side, before, bead[other].slice(0, cut)), alone, manualBead(side, after, bead[other].slice(cut))];
  }
  const beads = alignment.beads.slice();
  beads.splice(index, 1, ...replacement);
  return { ...project, alignments: { ...project.alignments, [target]: { ...alignment, beads } } };
}

function lonely(side: BeadSide, id: string): Bead {
  return side === 'src' ? { src: [id], tgt: [], score: 1, origin: 'manual' } : { src: [], tgt: [id], score: 1, origin: 'manual' };
}

function manualBead(side: BeadSide, own: string[], other: string[]): Bead {
  return side === 'src' ? { src: own, tgt: other, score: 1, origin: 'manual' } : { src: other, tgt: own, score: 1, origin: 'manual' };
}

/**
 * What is left of the bead after its first or last member left. When a source sentence left, the
 * remaining members' verdict still holds (it was judged against the same translation): it is kept,
 * refingerprinted, so QA goes on using its evidence instead of falling back to length alone.
 */
function rest(project: Project, target: TargetLang, bead: Bead, side: BeadSide, own: string[], removed: number): Bead {
  const other = side === 'src' ? bead.tgt : bead.src;
  const b = manualBead(side, own, other);
  const v = bead.verdict;
  if (side === 'src' && v && v.src.length === bead.src.length && v.of === fingerprint(project, target, bead)) {
    b.verdict = { ...slicedVerdict(v, removed), of: fingerprint(project, target, b) };
  }
  return b;
}

function fingerprint(project: Project, target: TargetLang, bead: Bead): string {
  const src = docOf(project, 'zh')!;
  const tgt = docOf(project, target)!;
  return verdictFingerprint(bead.src.map((id) => requireSentence(src, id)), bead.tgt.map((id) => requireSentence(tgt, id)));
}

/** The verdict without source member k (its fingerprint is set by the caller). */
function slicedVerdict(v: BeadVerdict, k: number): Omit<BeadVerdict, 'of'> {
  const drop = <T>(list: readonly T[] | undefined): T[] | undefined => list && list.filter((_, i) => i !== k);
  const out: Omit<BeadVerdict, 'of'> = { src: drop(v.src)!, tgt: v.tgt.slice() };
  const words = drop(v.words);
  const uncovered = drop(v.uncovered);
  if (words) out.words = words;
  if (uncovered) out.uncovered = uncovered;
  // `fits` described the n:m bead's length with its old members: it no longer applies.
  return out;
}

/** Where to cut the other side so the members before the split-off sentence keep their share of the text. */
function otherSideCut(project: Project, target: TargetLang, side: BeadSide, before: string[], after: string[], other: string[]): number {
  const ownDoc = docOf(project, side === 'src' ? 'zh' : target)!;
  const otherDoc = docOf(project, side === 'src' ? target : 'zh')!;
  const length = (ids: string[], doc: typeof ownDoc) => ids.reduce((sum, id) => sum + requireSentence(doc, id).text.length, 0);
  const share = length(before, ownDoc) / (length(before, ownDoc) + length(after, ownDoc) || 1);
  return proportionalCut(other.map((id) => requireSentence(otherDoc, id).text.length), share);
}
