import type { Alignment, Doc } from '../model/types';
import { alignableWithBreaks, targetLangOf, toBead, type DocAlignOptions } from './align-docs';
import { alignSentences } from './align-sentences';
import type { AlignOptions, RawBead } from './types';

/**
 * Re-aligns beads from..to (inclusive) of an index alignment, keeping every bead outside the range
 * as it is: the sentences those beads cover are aligned afresh and spliced back in.
 */
export function realignRawRange(src: string[], tgt: string[], beads: readonly RawBead[], from: number, to: number, options: AlignOptions): RawBead[] {
  if (from < 0 || to >= beads.length || from > to) throw new Error(`bead range ${from}–${to} is outside the alignment (${beads.length} beads)`);
  const inside = beads.slice(from, to + 1);
  const srcIdx = inside.flatMap((b) => b.src);
  const tgtIdx = inside.flatMap((b) => b.tgt);
  const mt = options.mt ? srcIdx.map((i) => options.mt![i] ?? '') : undefined;
  // Index beads carry no verdicts out of here, so none are computed.
  const sub = alignSentences(srcIdx.map((i) => src[i]!), tgtIdx.map((j) => tgt[j]!), { ...options, mt, paragraphBreaks: undefined, verdicts: false });
  const mapped = sub.map((b) => ({ src: b.src.map((k) => srcIdx[k]!), tgt: b.tgt.map((k) => tgtIdx[k]!), score: b.score }));
  return [...beads.slice(0, from), ...mapped, ...beads.slice(to + 1)];
}

/**
 * The UI's "re-align selection": beads from..to (inclusive) of an Alignment are replaced by a fresh
 * automatic alignment of the sentences they cover; the fixed beads on either side (manual ones
 * included) stay untouched. `options.mt` is indexed like the source's alignable sentences.
 */
export function realignRange(source: Doc, target: Doc, alignment: Alignment, range: { from: number; to: number }, options: DocAlignOptions = {}): Alignment {
  const tgtLang = targetLangOf(target);
  const { from, to } = range;
  if (from < 0 || to >= alignment.beads.length || from > to) throw new Error(`bead range ${from}–${to} is outside the alignment (${alignment.beads.length} beads)`);
  const s = alignableWithBreaks(source).sentences;
  const t = alignableWithBreaks(target).sentences;
  const srcPos = new Map(s.map((x, i) => [x.id, i]));
  const tgtPos = new Map(t.map((x, j) => [x.id, j]));
  const inside = alignment.beads.slice(from, to + 1);
  const srcIds = inside.flatMap((b) => b.src);
  const tgtIds = inside.flatMap((b) => b.tgt);
  for (const id of srcIds) if (!srcPos.has(id)) throw new Error(`bead range refers to unknown source sentence ${id}`);
  for (const id of tgtIds) if (!tgtPos.has(id)) throw new Error(`bead range refers to unknown target sentence ${id}`);
  const srcSents = srcIds.map((id) => s[srcPos.get(id)!]!);
  const tgtSents = tgtIds.map((id) => t[tgtPos.get(id)!]!);
  const mt = options.mt ? srcIds.map((id) => options.mt![srcPos.get(id)!] ?? '') : undefined;
  const raw = alignSentences(srcSents.map((x) => x.text), tgtSents.map((x) => x.text), { ...options, mt, tgtLang });
  const fresh = raw.map((b) => toBead(b, srcSents, tgtSents));
  return { ...alignment, beads: [...alignment.beads.slice(0, from), ...fresh, ...alignment.beads.slice(to + 1)] };
}
