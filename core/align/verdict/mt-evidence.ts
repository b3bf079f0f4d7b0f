import type { TargetLang } from '../../model/types';
import type { KeyLookup } from './key-set';
import { countWords, coverageLlr, sideRates, type Counts, type SideRates } from './member-gap';
import { addKey, hasKey, targetWords } from './source-words';

/**
 * The machine translation of each source sentence as word evidence for the completeness verdicts
 * (issue 17). The MT is in the target language, so its words are compared with the translation's
 * stem for stem (the same tokeniser and stemmer: target-tokens.ts): where the dictionary is thin
 * (zh→ru finds about 40 % of a sentence's words), the MT still renders every clause.
 *
 * Two witnesses, each judged at rates this document measures on its own 1:1 beads (member-gap.ts),
 * never at a fitted constant:
 *   source side — how many of a source sentence's MT words the translation shows (a dropped
 *                 sentence's MT words are found only at the chance rate);
 *   target side — how many of a target sentence's words the MT of its source shows (an added
 *                 sentence's words are found in no MT).
 * A part of a sentence: the stretch of its MT that matches the part's place in the sentence (the
 * MT's tail for the sentence's tail) — its words missing from the translation are the untranslated
 * part, in words a reviewer can read.
 */

/**
 * Rates under which a side's dictionary words say nothing (found as often by chance as when
 * translated: coverageLlr is 0): the dictionary's part where only the MT could measure its rates.
 */
export const UNINFORMATIVE: SideRates = { miss: 0.5, chance: 0.5, dispersion: 1 };

/** One evidence word of a machine translation (or of a translation, against the MT): a stem or a number key. */
interface MtWord {
  key: string;
  strong: boolean;
}

/** A 1:1 bead of the document and the 1:1 bead half a document away: where the MT's rates are measured. */
export interface RatePair {
  /** Source and target sentence of the bead, and the bead's target keys (source-words.ts targetKeys). */
  i: number;
  j: number;
  keys: KeyLookup;
  /** The same of the unrelated bead. */
  otherI: number;
  otherKeys: KeyLookup;
}

/** The MT channel of one document: its words per source sentence and the rates measured on the document. */
export class MtChannel {
  private readonly words: MtWord[][] = [];
  private readonly keySets: Set<string>[] = [];
  /** Source side: share of a translated sentence's MT words its translation does not show, and by chance. */
  srcRates: SideRates | undefined;
  /** Target side: share of a translation's words the MT of its source does not show, and by chance. */
  tgtRates: SideRates | undefined;

  constructor(
    private readonly mt: readonly string[],
    private readonly lang: TargetLang,
    private readonly tgtWordsOf: (j: number) => ReadonlyArray<{ key: string; strong: boolean }>,
    pairs: readonly RatePair[],
  ) {
    this.srcRates = sideRates(pairs.map((p) => ({ own: this.srcCounts(p.i, p.keys), other: this.srcCounts(p.i, p.otherKeys) })));
    this.tgtRates = sideRates(pairs.map((p) => ({ own: this.tgtCounts(p.j, [p.i]), other: this.tgtCounts(p.j, [p.otherI]) })));
  }

  /** The MT's evidence words of source sentence i, each once, in reading order (none without MT). */
  wordsOf(i: number): readonly MtWord[] {
    let w = this.words[i];
    if (!w) {
      const seen = new Set<string>();
      w = [];
      for (const t of targetWords(this.mt[i] ?? '', this.lang)) if (!seen.has(t.key) && seen.add(t.key)) w.push({ key: t.key, strong: t.strong });
      this.words[i] = w;
    }
    return w;
  }

  /** The keys MT sentence i offers a translation's word: its stems and their leading letters. */
  keysOf(i: number): ReadonlySet<string> {
    let k = this.keySets[i];
    if (!k) {
      k = new Set();
      // Numbers exactly (as targetKeys keeps them): #20115 is not #20110.
      for (const w of this.wordsOf(i)) {
        if (w.key.startsWith('#')) k.add(w.key);
        else addKey(k, w.key);
      }
      this.keySets[i] = k;
    }
    return k;
  }

  /**
   * Source sentence i's MT words against a translation's keys. `mates`: the bead's other source
   * sentences — MT words they share prove nothing about which one is translated (ownCounts' reason).
   */
  srcCounts(i: number, keys: KeyLookup, mates: readonly number[] = []): Counts {
    const shared = new Set<string>();
    for (const o of mates) if (o !== i) for (const w of this.wordsOf(o)) shared.add(w.key);
    return countWords(
      this.wordsOf(i).filter((w) => !shared.has(w.key)),
      (w) => hasKey(keys, w.key),
    );
  }

  /**
   * Target sentence j's words against the MT of the source sentences `srcs`; `mates`: the bead's
   * other target sentences, whose shared words are left out.
   */
  tgtCounts(j: number, srcs: readonly number[], mates: readonly number[] = []): Counts {
    const shared = new Set<string>();
    for (const o of mates) if (o !== j) for (const w of this.tgtWordsOf(o)) shared.add(w.key);
    const seen = new Set<string>();
    const own = this.tgtWordsOf(j).filter((w) => !shared.has(w.key) && !seen.has(w.key) && seen.add(w.key) !== undefined);
    return countWords(own, (w) => srcs.some((i) => hasKey(this.keysOf(i), w.key)));
  }

  /**
   * Log-likelihood ratio, no counterpart against translated, of source member i of a bead whose
   * target keys are `keys` (`scale`: how many sentences the target side holds). 0 without rates or MT.
   */
  srcLlr(i: number, keys: KeyLookup, scale = 1, mates: readonly number[] = []): number {
    return this.srcRates ? coverageLlr(this.srcRates, this.srcCounts(i, keys, mates), scale) : 0;
  }

  /** The same for target member j of a bead whose source sentences are `srcs`. */
  tgtLlr(j: number, srcs: readonly number[], mates: readonly number[] = []): number {
    return this.tgtRates ? coverageLlr(this.tgtRates, this.tgtCounts(j, srcs, mates), srcs.length) : 0;
  }

  /**
   * Source sentence i's MT words in reading order, each marked when the translation shows it: what
   * missing-part.ts reads to tell which stretch of the MT has no counterpart. Undefined without rates.
   */
  partEvidence(i: number, keys: KeyLookup): MtPartEvidence | undefined {
    if (!this.srcRates) return undefined;
    const words = this.wordsOf(i);
    return { covered: words.map((w) => hasKey(keys, w.key)), strong: words.map((w) => w.strong), rates: this.srcRates };
  }
}

/** A source sentence's MT words in order, whether the translation shows each, and the MT's rates. */
export interface MtPartEvidence {
  covered: readonly boolean[];
  strong: readonly boolean[];
  rates: SideRates;
}

/**
 * Log-likelihood ratio, "this part lost" against "translated", of the MT's stretch that matches the
 * part: the MT words from `fromShare` to `toShare` of the MT (the part's share of the sentence's
 * characters, start and end). The rest of the MT is translated under both hypotheses and cancels.
 * A reordering MT moves some of the part's words elsewhere: the ratio then only weakens.
 */
export function mtPartLlr(mt: MtPartEvidence, fromShare: number, toShare: number, scale: number): number {
  const n = mt.covered.length;
  const from = Math.max(0, Math.min(n, Math.round(fromShare * n)));
  const to = Math.max(from, Math.min(n, Math.round(toShare * n)));
  const part: Array<{ strong: boolean; covered: boolean }> = [];
  for (let k = from; k < to; k++) part.push({ strong: mt.strong[k]!, covered: mt.covered[k]! });
  return coverageLlr(mt.rates, countWords(part, (w) => w.covered), scale);
}

/** Characters a share of a sentence is counted in (missing-part.ts counts the same). */
const NOT_COUNTED_CHAR = /[\s\p{P}\p{S}]/u;

/**
 * The MT's words at the place of a source part (UTF-16 offsets into the NFKC sentence), by the
 * part's share of the sentence's counted characters: what the reviewer reads as the untranslated
 * part's machine rendering.
 */
export function mtQuote(mt: string, sentence: string, from: number, to: number): string {
  const norm = sentence.normalize('NFKC');
  let before = 0;
  let inside = 0;
  let total = 0;
  for (let c = 0; c < norm.length; c++) {
    if (NOT_COUNTED_CHAR.test(norm[c]!)) continue;
    total++;
    if (c < from) before++;
    else if (c < to) inside++;
  }
  const words = mt.split(/\s+/).filter((w) => w !== '');
  if (total === 0 || words.length === 0) return '';
  const a = Math.round((before / total) * words.length);
  const b = Math.round(((before + inside) / total) * words.length);
  return words.slice(a, Math.max(a, b)).join(' ');
}
