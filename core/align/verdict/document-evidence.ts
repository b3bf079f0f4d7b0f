import type { TargetLang } from '../../model/types';
import type { Lexicon } from '../lexicon';
import { evidenceWords, type LearnedEvidence } from '../learned-evidence';
import type { ModelParams } from '../scorer';
import { countWords, type Counts } from './member-gap';
import { KeyInterner, type KeyLookup } from './key-set';
import { addKey, hasKey, isCovered, NAME_KEY, targetKeys, targetWords, type SourceWord } from './source-words';

export interface VerdictInput {
  src: readonly string[];
  tgt: readonly string[];
  tgtLang: TargetLang;
  lexicon?: Lexicon;
  /** Machine translation of each source sentence (the aligner's `mt`): word evidence of its own (mt-evidence.ts). */
  mt?: readonly string[];
  /** Pairs learned from this document's own beads (learn-pairs.ts), per source sentence: evidence words (learned-evidence.ts). */
  learned?: LearnedEvidence;
  /** The aligner's sentence lengths and its length model for this document. */
  srcLength: ArrayLike<number>;
  tgtLength: ArrayLike<number>;
  params: Pick<ModelParams, 'lengthRatio' | 'lengthVariance' | 'randomSpread'>;
}

/** A bead as the verdicts read it: the indices of its source and target sentences. */
export interface BeadShape {
  src: readonly number[];
  tgt: readonly number[];
}

/** A word of a translation, as the verdicts match it against a source's keys. */
export type TargetWord = ReturnType<typeof targetWords>[number];

/** Where each bead starts on either side (the neighbours of a lone sentence), and which bead holds each sentence. */
export interface BeadLayout {
  srcAt: number[];
  tgtAt: number[];
  beadOfSrc: number[];
  beadOfTgt: number[];
  /** The sentences the beads hold on each side. */
  srcCount: number;
  tgtCount: number;
}

/** The layout of a document's beads, in one pass over them. */
export function beadLayout(beads: readonly BeadShape[]): BeadLayout {
  const layout: BeadLayout = { srcAt: [], tgtAt: [], beadOfSrc: [], beadOfTgt: [], srcCount: 0, tgtCount: 0 };
  beads.forEach((b, k) => {
    layout.srcAt.push(layout.srcCount);
    layout.tgtAt.push(layout.tgtCount);
    layout.srcCount += b.src.length;
    layout.tgtCount += b.tgt.length;
    for (const i of b.src) layout.beadOfSrc[i] = k;
    for (const j of b.tgt) layout.beadOfTgt[j] = k;
  });
  return layout;
}

/**
 * One document's words and key sets, each made on first use and kept: the rates, the members'
 * gaps, the shifted pairs and the splits ask for the same sentence's words and the same bead's keys
 * many times. Key sets are kept as interned ids (key-set.ts).
 */
export class DocumentEvidence {
  private readonly srcWords: SourceWord[][] = [];
  private readonly tgtWords: TargetWord[][] = [];
  private readonly srcDistinct: SourceWord[][] = [];
  private readonly tgtDistinct: TargetWord[][] = [];
  private readonly interner = new KeyInterner();
  private readonly beadTargetKeys = new Map<number, KeyLookup>();
  private readonly beadSourceKeys = new Map<number, KeyLookup>();
  private readonly srcOwnKeys: KeyLookup[] = [];
  private readonly tgtOwnKeys: KeyLookup[] = [];
  private readonly unshown: SourceWord[][] = [];

  constructor(
    private readonly input: VerdictInput,
    private readonly beads: readonly BeadShape[],
    private readonly layout: BeadLayout,
  ) {}

  /** Source sentence i's evidence words (the dictionary's and the pairs learned from this document). */
  readonly wordsOf = (i: number): SourceWord[] => (this.srcWords[i] ??= evidenceWords(this.input.src[i]!, this.input.tgtLang, this.input.lexicon, this.input.learned?.forSentence(i)));

  readonly tgtWordsOf = (j: number): TargetWord[] => (this.tgtWords[j] ??= targetWords(this.input.tgt[j]!, this.input.tgtLang));

  // Each sentence's words once each (distinct): the counts, the shifted pair and the split all read them.
  readonly distinctWordsOf = (i: number): SourceWord[] => (this.srcDistinct[i] ??= distinct(this.wordsOf(i), (w) => w.text));

  readonly distinctTgtWordsOf = (j: number): TargetWord[] => (this.tgtDistinct[j] ??= distinct(this.tgtWordsOf(j), (w) => w.key));

  /** Source sentence i's distinct words, found or not in `keys`. */
  readonly srcCounts = (i: number, keys: KeyLookup): Counts => countWords(this.distinctWordsOf(i), (x) => isCovered(x, keys));

  /** Target sentence j's distinct words, found or not in `keys`. */
  readonly tgtCounts = (j: number, keys: KeyLookup): Counts => countWords(this.distinctTgtWordsOf(j), (x) => targetWordCovered(x, keys));

  /** The keys of bead k's translation. */
  readonly tKeys = (k: number): KeyLookup => {
    let v = this.beadTargetKeys.get(k);
    if (!v) this.beadTargetKeys.set(k, (v = this.interner.compact(targetKeys(this.beads[k]!.tgt.map((j) => this.input.tgt[j]!), this.input.tgtLang))));
    return v;
  };

  /** The keys bead k's source offers its translation. */
  readonly sKeys = (k: number): KeyLookup => {
    let v = this.beadSourceKeys.get(k);
    if (!v) this.beadSourceKeys.set(k, (v = this.interner.compact(sourceKeys(this.beads[k]!.src.map(this.wordsOf)))));
    return v;
  };

  /**
   * One source sentence's keys, built once: a sentence alone on its side of its bead has its
   * bead's keys (sKeys); another's are interned on first use.
   */
  readonly oneSource = (i: number): KeyLookup => {
    const k = this.layout.beadOfSrc[i];
    return (this.srcOwnKeys[i] ??= k !== undefined && this.beads[k]!.src.length === 1 ? this.sKeys(k) : this.interner.compact(sourceKeys([this.wordsOf(i)])));
  };

  /** One target sentence's keys, as oneSource's. */
  readonly oneTarget = (j: number): KeyLookup => {
    const k = this.layout.beadOfTgt[j];
    return (this.tgtOwnKeys[j] ??= k !== undefined && this.beads[k]!.tgt.length === 1 ? this.tKeys(k) : this.interner.compact(targetKeys([this.input.tgt[j]!], this.input.tgtLang)));
  };

  /**
   * Source sentence m's words, each once, that its own bead's translation does not show (all of
   * them for a lone sentence): asked by the 1:1 beads on both sides of m's bead, so kept.
   */
  readonly unshownInOwnBead = (m: number): SourceWord[] => {
    const n = this.layout.beadOfSrc[m]!;
    return (this.unshown[m] ??= this.beads[n]!.tgt.length === 0 ? this.distinctWordsOf(m) : this.distinctWordsOf(m).filter((w) => !isCovered(w, this.tKeys(n))));
  };
}

/** The keys a bead's source offers a target word: its words' renderings, their leading letters, names. */
export function sourceKeys(sentences: ReadonlyArray<readonly SourceWord[]>): Set<string> {
  const keys = new Set<string>();
  for (const words of sentences) {
    for (const w of words) {
      for (const k of w.keys) addKey(keys, k);
      if (w.name) keys.add(NAME_KEY);
    }
  }
  return keys;
}

export function targetWordCovered(w: { key: string; name: boolean }, keys: KeyLookup): boolean {
  return hasKey(keys, w.key) || (w.name && keys.has(NAME_KEY));
}

/**
 * Each word once: 疫苗 three times in one sentence is matched three times by one "vaccines" and
 * would weigh as three witnesses.
 */
export function distinct<W>(words: readonly W[], key: (w: W) => string): W[] {
  const seen = new Set<string>();
  return words.filter((w) => !seen.has(key(w)) && seen.add(key(w)) !== undefined);
}
