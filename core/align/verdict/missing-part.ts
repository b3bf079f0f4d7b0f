import type { ModelParams } from '../scorer';
import { coverageLlr, type Counts, type SideRates } from './member-gap';
import { mtPartLlr, type MtPartEvidence } from './mt-evidence';
import { NAME_KEY, prefixKey, type SourceWord } from './source-words';

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
  /**
   * The translation's own words in reading order (1:1 beads): whether each has a counterpart in
   * the source, and the document's target-side rates. A dictionary blind to a clause leaves that
   * clause's renderings unmatched in the translation too; a translation that lost the clause has
   * no such words.
   */
  target?: { covered: readonly boolean[]; rates: SideRates };
  /** The sentence's machine translation, word by word against the translation (mt-evidence.ts). */
  mt?: MtPartEvidence;
  /**
   * How many words of the bead's translation a rendering key (as sharedRenderings groups keys)
   * stands for: renderingCounts, with 1 for a key the translation offers otherwise (a month, a
   * date's parts). Where it is 0 the shared key is not how either word was found; where the
   * translation repeats it as often as the sentence's covered words share it, each has its own.
   */
  renderings?: (key: string) => number;
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
  // With an MT the sentence's own words may be few: the MT's words stand in for them.
  if (words.length < 2 && !input.mt) return undefined;
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
  const chars = Math.max(1, charsBefore[norm.length]!);
  const partners = sharedRenderings(words, input.covered, input.renderings);
  const whole = galeChurch(input.params, input.beadSource, input.beadTarget);
  let best: { from: number; to: number; score: number } | undefined;
  const kinds = new Map<PartKind, { tried: number; scores: number[] }>();
  for (const [from, to, kind] of candidateParts(norm, words)) {
    const part = { words: before[to]! - before[from]!, uncovered: missedBefore[to]! - missedBefore[from]! };
    if (input.mt ? from === 0 && to === norm.length : part.words === 0 || part.words === total.words) continue;
    const group = kinds.get(kind) ?? { tried: 0, scores: [] };
    kinds.set(kind, group);
    group.tried++;
    // A covered word of the part that shares its rendering with a covered word of the rest proves
    // nothing about the part: the one target word may be the rest's.
    let shared = 0;
    for (let k = before[from]!; k < before[to]!; k++) if (partners[k]!.some((o) => o < before[from]! || o >= before[to]!)) shared++;
    const own = { words: part.words - shared, uncovered: part.uncovered };
    const content = coverageLlr(input.rates, own, input.targets);
    const length = charsBefore[to]! - charsBefore[from]!;
    const fit = galeChurch(input.params, input.beadSource - length, input.beadTarget) - whole;
    // A half translation is short: if the translation's length fits the whole sentence better,
    // the part's unmatched words are the dictionary's gap, not the translator's.
    // Both witnesses must point the same way: the part's own words unmatched more than a
    // translation's would be, too (a short date line's length alone says little). The rest's
    // words are not asked to show: under both hypotheses the rest is translated, and where the
    // dictionary is thin (zh→ru finds about 40 % of a sentence's words) a translated first clause
    // often shows none of its three or four words.
    // The MT's matching stretch is a third witness, and where the dictionary is blind to the
    // part it may stand in for the part's own words.
    const mt = input.mt ? mtPartLlr(input.mt, charsBefore[from]! / chars, charsBefore[to]! / chars, input.targets) : 0;
    if (fit <= 0 || content + mt <= 0) continue;
    const score = content + mt + fit + (input.target ? blindDictionaryLlr(input.target, part, length / chars, kind !== 'clauses') : 0);
    if (!best || score > best.score) best = { from, to, score };
    group.scores.push(score);
  }
  if (!best) return undefined;
  // "Some part is missing": within a kind each candidate is equally likely a priori, so the
  // likelihood ratio is the prior-weighted mean of the candidates' (those failing a witness count
  // with ratio 0).
  let sum = 0;
  for (const [kind, group] of kinds) {
    let inKind = 0;
    for (const x of group.scores) inKind += Math.exp(x - best.score);
    sum += (PART_PRIOR[kind] * inKind) / group.tried;
  }
  const x = PRIOR_LOG_ODDS + best.score + Math.log(sum);
  return { from: best.from, to: best.to, p: 1 / (1 + Math.exp(-x)) };
}

/**
 * The translation's side of the story, as a log-likelihood ratio "part lost" against "part
 * translated but its words unknown to the dictionary". If the part was translated, a share of the
 * translation (about the part's share of the sentence) renders it, and those words go unmatched as
 * often as the part's own words did; if it was lost, the translation's words go unmatched at the
 * document's usual target rate. For the end of the sentence that share is the translation's own
 * end (its last words: a translation that stopped early ends with renderings of the rest, which the
 * dictionary finds as usual); for an inner part, anywhere in the translation. Binomial terms,
 * divided by the target side's over-dispersion.
 */
export function blindDictionaryLlr(target: NonNullable<PartInput['target']>, part: Counts, share: number, atEnd: boolean): number {
  const { covered, rates } = target;
  if (covered.length === 0 || part.words === 0) return 0;
  const lost = rates.miss;
  // The part's own miss rate, shrunk towards the document's by one pseudo-word (one unmatched word
  // of one is no certainty), and never above what chance leaves unmatched.
  const partMiss = Math.min(1 - rates.chance, (part.uncovered + rates.miss) / (part.words + 1));
  const from = atEnd ? covered.length - Math.max(1, Math.round(share * covered.length)) : 0;
  const blind = atEnd ? partMiss : (1 - share) * rates.miss + share * partMiss;
  if (blind <= lost) return 0;
  let uncovered = 0;
  for (let k = from; k < covered.length; k++) if (!covered[k]) uncovered++;
  const found = covered.length - from - uncovered;
  const llr = uncovered * Math.log(lost / blind) + found * Math.log((1 - lost) / (1 - blind));
  return llr / rates.dispersion;
}

type PartKind = 'clause-end' | 'word-end' | 'clauses';

/**
 * Where a draft's translation loses part of a sentence, a stated expectation (not fitted): most
 * often it stops after a clause (half the mass), else mid-clause or it skips an inner clause. A
 * kind the sentence does not offer gives its mass to no one, which only makes the test stricter.
 */
const PART_PRIOR: Record<PartKind, number> = { 'clause-end': 0.5, 'word-end': 0.25, clauses: 0.25 };

/**
 * The parts a sentence may have lost, [from, to, kind], in three kinds (PART_PRIOR): its end from a
 * clause start, its end from any other word (a Chinese sentence often has no comma where the
 * translation stopped), and any other run of whole clauses.
 */
function candidateParts(norm: string, words: readonly SourceWord[]): Array<[number, number, PartKind]> {
  const clauses = clauseStarts(norm);
  const isClauseStart = new Set(clauses);
  const spans: Array<[number, number, PartKind]> = [];
  for (let a = 0; a + 1 < clauses.length; a++) {
    for (let b = a + 1; b < clauses.length; b++) spans.push([clauses[a]!, clauses[b]!, b + 1 === clauses.length ? 'clause-end' : 'clauses']);
  }
  for (let k = 1; k < words.length; k++) {
    if (!isClauseStart.has(words[k]!.start)) spans.push([words[k]!.start, norm.length, 'word-end']);
  }
  return spans;
}

/** Offsets where the clauses of a sentence start, and its end; trailing marks belong to the last. */
function clauseStarts(norm: string): number[] {
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

/**
 * Per word, the other COVERED words of the sentence that share a rendering with it (a key, or both
 * names): when a covered word of a candidate part shares its rendering with a covered word outside
 * it, the one target word may be the outside word's counterpart, so it proves nothing about the part
 * (他们 in "他们的帮助…，但他们不应该…" is found once, in the translated first clause). Only a rendering
 * the translation shows fewer times than the sentence's covered words share it (`renderings`):
 * a shared key the translation lacks is not how either word was found (壮举, 英烈 and 敬意 all list
 * высокий, and each is found through another key), and a rendering it repeats often enough gives
 * each word a counterpart of its own. Empty lists for uncovered words.
 */
export function sharedRenderings(words: readonly SourceWord[], covered: (w: SourceWord) => boolean, renderings?: (key: string) => number): number[][] {
  const byKey = new Map<string, number[]>();
  words.forEach((w, k) => {
    if (!covered(w)) return;
    const keys = new Set<string>();
    for (const key of w.keys) keys.add(prefixKey(key) ?? key);
    if (w.name) keys.add(NAME_KEY);
    for (const key of keys) {
      const list = byKey.get(key);
      if (list) list.push(k);
      else byKey.set(key, [k]);
    }
  });
  const out: number[][] = words.map(() => []);
  for (const [key, list] of byKey) {
    const shown = renderings?.(key);
    if (list.length < 2 || (shown !== undefined && (shown === 0 || shown >= list.length))) continue;
    for (const k of list) for (const o of list) if (o !== k && !out[k]!.includes(o)) out[k]!.push(o);
  }
  return out;
}

/**
 * For sharedRenderings: how many words of a translation each rendering key stands for, counted
 * under the keys sharedRenderings groups by — a stem's looser key (its leading letters) or the
 * stem itself when too short, NAME_KEY for a capitalised word inside the sentence.
 */
export function renderingCounts(words: ReadonlyArray<{ key: string; name: boolean }>): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (key: string): void => {
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  for (const w of words) {
    const loose = prefixKey(w.key);
    add(loose ?? w.key);
    if (w.name) add(NAME_KEY);
  }
  return counts;
}

/** Log density of a target length given a source length (Gale–Church, normaliser included). */
function galeChurch(p: PartInput['params'], ls: number, lt: number): number {
  const mean = Math.max(1, (ls + lt / p.lengthRatio) / 2);
  const variance = p.lengthVariance * mean;
  const delta = lt - p.lengthRatio * ls;
  return (-0.5 * delta * delta) / variance - 0.5 * Math.log(variance);
}

/** Fewer clauses than this, and their dispersion is noise (as sideRates asks 8 sentences: member-gap.ts). */
const MIN_CLAUSES = 8;

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
  return n >= MIN_CLAUSES ? Math.max(1, chi2 / (n - 1)) : 1;
}
