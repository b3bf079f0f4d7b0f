/**
 * The bead shapes the search considers (source count, target count). 1:0 and 0:1 are omissions and
 * additions; up to 1:4 / 4:1 because literary translators split long Chinese sentences freely.
 */
export const BEAD_TYPES: ReadonlyArray<readonly [number, number]> = [
  [1, 1], [1, 0], [0, 1], [1, 2], [2, 1], [1, 3], [3, 1], [2, 2], [1, 4], [4, 1], [2, 3], [3, 2],
];

/** Largest number of sentences on one side of a bead. */
export const MAX_BEAD_SIDE = 4;

/**
 * Prior probability of each shape before the document says otherwise (Dirichlet pseudo-counts for
 * the per-document estimate). Shapes follow the published distributions of zh–en parallel text.
 */
export const PRIOR_TYPE_WEIGHTS: readonly number[] = [0.7, 0.006, 0.006, 0.12, 0.06, 0.03, 0.015, 0.02, 0.01, 0.005, 0.005, 0.005];

/**
 * Prior transitions between bead classes (aligned, omission 1:0, addition 0:1), rows = from.
 * Omissions and additions are rare, but once a draft skips a sentence it often skips the next
 * too (an untranslated section, an inserted paragraph): the run structure of real gaps.
 */
export const PRIOR_CLASS_TRANSITIONS: ReadonlyArray<readonly number[]> = [
  [0.988, 0.006, 0.006],
  [0.6, 0.35, 0.05],
  [0.6, 0.05, 0.35],
];
