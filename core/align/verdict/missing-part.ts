import type { ModelParams } from '../scorer';
import { coverageLlr, type SideRates } from './member-gap';
import type { SourceWord } from './source-words';

/** A stretch of a source sentence that probably has no counterpart in the translation. */
export interface MissingPart {
  /** UTF-16 offsets into the NFKC-normalised sentence. */
  from: number;
  to: number;
  /** Probability that this part is not translated while the rest is. */
  p: number;
}

/** Where a Chinese sentence divides into clauses: after these marks. */
const CLAUSE_END = /[，,；;：:。！？!?…]/u;
/** Characters the aligner's lengths leave out (source-units.ts). */
const NOT_COUNTED_CHAR = /[\s\p{P}\p{S}]/u;
/**
 * Prior odds that a translated sentence lost a part: 1 in 100. A stated expectation for drafts
 * (it is not fitted to a test set); the evidence must overcome it, and the more ways the sentence
 * can be cut, the more (each cut is one more chance of a coincidence).
 */
const PRIOR_LOG_ODDS = Math.log(1 / 99);

export interface PartInput {
  text: string;
  words: readonly SourceWord[];
  covered: (w: SourceWord) => boolean;
  rates: SideRates;
  /** The bead's lengths (aligner units) and how many target sentences it has (chance scale). */
  beadSource: number;
  beadTarget: number;
  targets: number;
  params: Pick<ModelParams, 'lengthRatio' | 'lengthVariance'>;
}

/**
 * The likeliest untranslated part of a sentence: a run of its clauses whose evidence words the
 * translation does not show, while the other clauses' words it does, and without which the
 * translation's length fits better. Two witnesses, weighed as likelihood ratios against the
 * hypothesis that the whole sentence is translated: the part's coverage at the document's recall
 * and chance rates (member-gap.ts), and the Gale–Church length term with and without the part.
 * Undefined for a sentence of one clause.
 */
export function missingPart(input: PartInput): MissingPart | undefined {
  const norm = input.text.normalize('NFKC');
  const words = input.words;
  if (words.length < 2) return undefined;
  // Prefix sums by character offset: words starting before it, unmatched ones, counted characters.
  const before = new Int32Array(norm.length + 1);
  const missedBefore = new Int32Array(norm.length + 1);
  const charsBefore = new Int32Array(norm.length + 1);
  let w = 0;
  let missed = 0;
  for (let c = 0; c <= norm.length; c++) {
    while (w < words.length && words[w]!.start < c) {
      if (!input.covered(words[w]!)) missed++;
      w++;
    }
    before[c] = w;
    missedBefore[c] = missed;
    if (c > 0) charsBefore[c] = charsBefore[c - 1]! + (NOT_COUNTED_CHAR.test(norm[c - 1]!) ? 0 : 1);
  }
  const total = { words: before[norm.length]!, uncovered: missedBefore[norm.length]! };
  const whole = galeChurch(input.params, input.beadSource, input.beadTarget);
  // Candidate parts: any run of whole clauses, and any beginning or end cut at a word boundary
  // (a Chinese sentence often has no comma where the translation stopped).
  const clauses = clauseStarts(norm);
  const spans: Array<[number, number]> = [];
  for (let a = 0; a + 1 < clauses.length; a++) for (let b = a + 1; b < clauses.length; b++) spans.push([clauses[a]!, clauses[b]!]);
  for (let k = 1; k < words.length; k++) {
    spans.push([words[k]!.start, norm.length]);
  }
  let best: { from: number; to: number; score: number } | undefined;
  let tried = 0;
  const scores: number[] = [];
  for (const [from, to] of spans) {
    const part = { words: before[to]! - before[from]!, uncovered: missedBefore[to]! - missedBefore[from]! };
    if (part.words === 0 || part.words === total.words) continue;
    tried++;
    const rest = { words: total.words - part.words, uncovered: total.uncovered - part.uncovered };
    // The rest must look translated: a sentence none of whose words show is an omission (or a
    // free rendering the dictionary cannot see), not a half translation.
    if (coverageLlr(input.rates, rest, input.targets) > 0) continue;
    const content = coverageLlr(input.rates, part, input.targets);
    const length = charsBefore[to]! - charsBefore[from]!;
    const fit = galeChurch(input.params, input.beadSource - length, input.beadTarget) - whole;
    // A half translation is short: if the translation's length fits the whole sentence better,
    // the part's unmatched words are the dictionary's gap, not the translator's.
    // Both witnesses must point the same way: the part's own words unmatched more than a
    // translation's would be, too (a short date line's length alone says little).
    if (fit <= 0 || content <= 0) continue;
    const score = content + fit;
    if (!best || score > best.score) best = { from, to, score };
    scores.push(score);
  }
  if (!best) return undefined;
  // "Some part is missing", each candidate part equally likely a priori: the likelihood ratio is
  // the mean of the candidates' (parts that need a rest looking translated count with ratio 0).
  let sum = 0;
  for (const x of scores) sum += Math.exp(x - best.score);
  const x = PRIOR_LOG_ODDS + best.score + Math.log(sum / tried);
  return { from: best.from, to: best.to, p: 1 / (1 + Math.exp(-x)) };
}

/** Offsets where the clauses of a sentence start, and its end; trailing marks belong to the last. */
export function clauseStarts(norm: string): number[] {
  const starts = [0];
  for (let i = 0; i < norm.length; i++) {
    if (!CLAUSE_END.test(norm[i]!)) continue;
    let j = i + 1;
    while (j < norm.length && NOT_COUNTED_CHAR.test(norm[j]!)) j++;
    if (j < norm.length) starts.push(j);
    i = j - 1;
  }
  starts.push(norm.length);
  return starts;
}


/** Log density of a target length given a source length (Gale–Church, normaliser included). */
function galeChurch(p: PartInput['params'], ls: number, lt: number): number {
  const mean = Math.max(1, (ls + lt / p.lengthRatio) / 2);
  const variance = p.lengthVariance * mean;
  const delta = lt - p.lengthRatio * ls;
  return (-0.5 * delta * delta) / variance - 0.5 * Math.log(variance);
}

/**
 * Over-dispersion of unmatched words between the clauses of translated sentences: a dictionary's
 * gaps cluster (a technical phrase it lacks leaves a whole clause unmatched), so a clause's words
 * are not independent witnesses. Measured like sideRates' dispersion, clause by clause, on the
 * document's 1:1 beads; a part's coverage is weighed with the larger of the two.
 */
export function clauseDispersion(sentences: ReadonlyArray<{ text: string; words: readonly SourceWord[]; covered: (w: SourceWord) => boolean }>, miss: number): number {
  let chi2 = 0;
  let n = 0;
  for (const s of sentences) {
    const starts = clauseStarts(s.text.normalize('NFKC'));
    if (starts.length < 3) continue;
    let c = 0;
    let words = 0;
    let missed = 0;
    const flush = (): void => {
      if (words === 0) return;
      const expected = words * miss;
      chi2 += (missed - expected) ** 2 / (expected * (1 - miss));
      n++;
    };
    for (const w of s.words) {
      while (c + 2 < starts.length && w.start >= starts[c + 1]!) {
        flush();
        c++;
        words = 0;
        missed = 0;
      }
      words++;
      if (!s.covered(w)) missed++;
    }
    flush();
  }
  return n >= 8 ? Math.max(1, chi2 / (n - 1)) : 1;
}
