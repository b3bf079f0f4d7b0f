import { nextSentenceId } from '../model/ids';
import type { Bead, Para, Project, Sentence, TargetLang } from '../model/types';
import { ensureDraftTarget, paraIdCounter } from './ensure-draft-target';
import { isFillable } from './plan-draft';

/** DeepL's text for one draft item, keyed like the item (its bead's source ids). */
export interface DraftResult {
  srcIds: string[];
  text: string;
  fillId?: string;
}

/** A result that was not applied, and why (the project changed while the request was out). */
export interface DraftSkip {
  srcIds: string[];
  reason: string;
}

export interface AppliedDrafts {
  project: Project;
  /** Target sentences that received machine text. */
  applied: string[];
  skipped: DraftSkip[];
}

/**
 * Put DeepL's drafts into the project, status `mt`, without ever touching human text. The bead is
 * found again by its source ids, so results can be applied to a project the translator kept
 * editing meanwhile: a bead that gained text is skipped, not overwritten.
 *
 * A 1:0 bead becomes 1:1 with a new target sentence (fresh id), origin `manual` and score 1: the
 * pairing is true by construction (the sentence is the translation of that source), and `manual`
 * is what keeps a later re-alignment from moving it. The new sentence goes into the target
 * paragraph of its source neighbours (after the previous translated sentence, or before the next
 * one when they share its source paragraph); when neither does, a new target paragraph is made, so
 * the draft mirrors the source's paragraphs.
 */
export function applyDrafts(project: Project, target: TargetLang, results: readonly DraftResult[]): AppliedDrafts {
  const base = ensureDraftTarget(project, target);
  const oldDoc = base.targets[target]!;
  // Copy on write: only the paragraphs and beads that change are copied (a run applies one batch at
  // a time to documents of thousands of sentences).
  const paragraphs: Para[] = [...oldDoc.paragraphs];
  const beads: Bead[] = [...base.alignments[target]!.beads];
  const paraById = new Map(paragraphs.map((p) => [p.id, p]));
  const copied = new Set<string>();

  const srcParaOf = new Map<string, string>();
  for (const p of base.source.paragraphs) for (const s of p.sentences) srcParaOf.set(s.id, p.id);
  const tgtParaOf = new Map<string, string>();
  for (const p of paragraphs) for (const s of p.sentences) tgtParaOf.set(s.id, p.id);
  // A source sentence is in exactly one bead: its first source id finds it.
  const beadByFirstSrc = new Map<string, number>();
  beads.forEach((b, i) => b.src[0] !== undefined && beadByFirstSrc.set(b.src[0], i));
  const beadOf = (srcIds: readonly string[]) => {
    const at = srcIds[0] === undefined ? undefined : beadByFirstSrc.get(srcIds[0]);
    const src = at === undefined ? [] : beads[at]!.src;
    return src.length === srcIds.length && src.every((id, k) => id === srcIds[k]) ? at : undefined;
  };
  const newSentenceId = sentenceIdCounter(target, tgtParaOf.keys());
  const newParaId = paraIdCounter(target, paraById.keys());

  /** The paragraph, copied once before its first change. */
  function writable(paraId: string): Para {
    const current = paraById.get(paraId)!;
    if (copied.has(paraId)) return current;
    const copy = { ...current, sentences: [...current.sentences] };
    paragraphs[paragraphs.indexOf(current)] = copy;
    paraById.set(paraId, copy);
    copied.add(paraId);
    return copy;
  }

  // Applied in reading order, so the nearest translated bead after each one is still the one found
  // before any insert: one backward pass gives them all (scanning per draft was quadratic).
  const ordered = results.map((result) => ({ result, at: beadOf(result.srcIds) })).sort((a, b) => (a.at ?? -1) - (b.at ?? -1));
  const nextFilled = new Int32Array(beads.length + 1).fill(-1);
  for (let i = beads.length - 1; i >= 0; i--) nextFilled[i] = beads[i]!.tgt.length > 0 ? i : nextFilled[i + 1]!;

  const applied: string[] = [];
  const skipped: DraftSkip[] = [];
  for (const { result, at } of ordered) {
    const text = result.text.trim();
    const skip = (reason: string) => skipped.push({ srcIds: result.srcIds, reason });
    if (text === '') {
      skip('DeepL returned an empty translation');
      continue;
    }
    if (at === undefined) {
      skip('the source sentence was re-aligned or edited while the draft was being made');
      continue;
    }
    const bead = beads[at]!;
    if (bead.tgt.length > 0) {
      const slot = bead.tgt.map((id) => findSentence(paraById.get(tgtParaOf.get(id) ?? ''), id));
      if (!slot.every((s) => s !== undefined && isFillable(s.sentence))) {
        skip('the sentence was translated by hand meanwhile');
        continue;
      }
      const first = slot[0]!;
      writable(first.para.id).sentences[first.index] = { ...first.sentence, text, status: 'mt' };
      applied.push(first.sentence.id);
      continue;
    }
    const sentence: Sentence = { id: newSentenceId(), text, status: 'mt' };
    tgtParaOf.set(sentence.id, placeSentence(sentence, at));
    beads[at] = { ...bead, tgt: [sentence.id], origin: 'manual', score: 1 };
    applied.push(sentence.id);
  }

  /** Insert `sentence` for bead `at` in reading order; returns the id of the paragraph it went into. */
  function placeSentence(sentence: Sentence, at: number): string {
    const bead = beads[at]!;
    const prev = previousFilled(at);
    const next = at + 1 < beads.length && nextFilled[at + 1]! >= 0 ? beads[nextFilled[at + 1]!] : undefined;
    const prevId = prev?.tgt.at(-1);
    const nextId = next?.tgt[0];
    const prevPara = prevId ? tgtParaOf.get(prevId) : undefined;
    const nextPara = nextId ? tgtParaOf.get(nextId) : undefined;
    const sameSource = (a: string | undefined, b: string | undefined) => a !== undefined && srcParaOf.get(a) === srcParaOf.get(b ?? '');
    // An addition (0:1) before us has no source paragraph to compare: stay in its paragraph.
    const joinPrev = prevPara && (prev!.src.length === 0 || sameSource(prev!.src.at(-1), bead.src[0]));
    // Neighbours that share one target paragraph leave no paragraph boundary to put a new one at.
    if (prevPara && (joinPrev || prevPara === nextPara)) {
      const para = writable(prevPara);
      para.sentences.splice(para.sentences.findIndex((s) => s.id === prevId) + 1, 0, sentence);
      return prevPara;
    }
    if (nextPara && sameSource(next!.src[0], bead.src.at(-1))) {
      const para = writable(nextPara);
      para.sentences.splice(para.sentences.findIndex((s) => s.id === nextId), 0, sentence);
      return nextPara;
    }
    const para: Para = { id: newParaId(), sentences: [sentence] };
    const index = prevPara ? paragraphs.indexOf(paraById.get(prevPara)!) + 1 : nextPara ? paragraphs.indexOf(paraById.get(nextPara)!) : paragraphs.length;
    paragraphs.splice(index, 0, para);
    paraById.set(para.id, para);
    copied.add(para.id);
    return para.id;
  }

  function previousFilled(from: number): Bead | undefined {
    for (let i = from - 1; i >= 0; i--) if (beads[i]!.tgt.length > 0) return beads[i];
    return undefined;
  }

  const doc = { ...oldDoc, paragraphs };
  return {
    project: { ...base, targets: { ...base.targets, [target]: doc }, alignments: { ...base.alignments, [target]: { ...base.alignments[target]!, beads } } },
    applied,
    skipped,
  };
}

function findSentence(para: Para | undefined, id: string): { para: Para; index: number; sentence: Sentence } | undefined {
  if (!para) return undefined;
  const index = para.sentences.findIndex((s) => s.id === id);
  return index < 0 ? undefined : { para, index, sentence: para.sentences[index]! };
}

/** Fresh sentence ids in the `${lang}-s${n}` scheme, continuing after the highest in use. */
function sentenceIdCounter(lang: string, used: Iterable<string>): () => string {
  let next = Number(nextSentenceId(lang, used).slice(`${lang}-s`.length));
  return () => `${lang}-s${next++}`;
}
