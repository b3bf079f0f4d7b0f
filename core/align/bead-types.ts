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
