import type { BeadVerdict, TargetLang } from '../model/types';
import type { Lexicon } from './lexicon';

/**
 * One alignment unit over sentence positions: 0-based indices into the source and target sentence
 * arrays, each side ascending; either side may be empty (1:0 omission, 0:1 addition).
 */
export interface RawBead {
  src: number[];
  tgt: number[];
  /** Confidence in [0, 1] that this bead is right. */
  score: number;
  /** Per-sentence completeness verdict, for beads with both sides non-empty. */
  verdict?: Omit<BeadVerdict, 'of'>;
}

/** A glossary pair: a Chinese term and its accepted renderings in the target language. */
export interface TermPair {
  zh: string;
  target: string[];
}

export interface AlignOptions {
  srcLang?: 'zh';
  tgtLang: TargetLang;
  /** Machine translation of each source sentence (same length as the source array). */
  mt?: string[];
  /** zh→en word lexicon (e.g. from CC-CEDICT); without it only the other signals are used. */
  lexicon?: Lexicon;
  termPairs?: TermPair[];
  /** Indices of the first sentence of every paragraph after the first, on each side. */
  paragraphBreaks?: { src: number[]; tgt: number[] };
  /**
   * false: leave out the per-bead completeness verdicts (beads and confidences are the same). For a
   * caller that never reads them — `duizhao align` prints beads only, and on mag they are about a
   * third of its work. Default true.
   */
  verdicts?: boolean;
  /**
   * false, with `verdicts: false`: leave out the beads' confidences too — every score is NaN — and
   * with them the last posterior pass (≈ 60 ms of mag's ~850). For a caller that prints the beads
   * alone (`duizhao align --format beads`); the beads are the same. Ignored when the verdicts are
   * computed, since they read that pass's gap probabilities. Default true.
   */
  confidences?: boolean;
}
