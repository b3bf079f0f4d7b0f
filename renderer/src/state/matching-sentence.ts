import type { SideLocation } from '../../../core/qa/types';

/**
 * The target sentence of an n:m bead that most likely holds the rendering of a spot in the source:
 * the one at the same relative position, by characters. A missing glossary term in a 1:2 bead was
 * marked on the first target sentence even when the term sits at the end of the source, i.e. in
 * the second one. `textOf` gives a sentence's text by id.
 */
export function matchingTargetSentence(source: SideLocation, targetSentences: readonly string[], textOf: (id: string) => string | undefined): string | undefined {
  const range = source.range;
  if (!range || targetSentences.length === 0) return targetSentences[0];
  if (targetSentences.length === 1) return targetSentences[0];
  let before = 0;
  let total = 0;
  for (const id of source.sentences) {
    const length = (textOf(id) ?? '').length;
    if (id === range.sentence) before = total;
    total += length;
  }
  if (total === 0) return targetSentences[0];
  const position = Math.min(1, (before + (range.start + range.end) / 2) / total);
  const lengths = targetSentences.map((id) => Math.max(1, (textOf(id) ?? '').length));
  const targetTotal = lengths.reduce((a, b) => a + b, 0);
  let covered = 0;
  for (const [i, length] of lengths.entries()) {
    covered += length;
    if (position <= covered / targetTotal) return targetSentences[i];
  }
  return targetSentences[targetSentences.length - 1];
}
