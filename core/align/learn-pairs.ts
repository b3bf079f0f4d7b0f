import type { TargetLang } from '../model/types';
import { ZH_STOPWORDS } from './data/zh-stopwords';
import type { Lexicon } from './lexicon';
import { targetTokens } from './target-tokens';

/** A translation pair the document itself attests: a Chinese character n-gram and a target key. */
export interface LearnedPair {
  zh: string;
  key: string;
}

/**
 * Learned pairs looked up by the first UTF-16 unit of their Chinese side: a sentence is scanned
 * once, not once per pair (a number key, since norm[k] would make a string per character).
 */
export type LearnedIndex = ReadonlyMap<number, readonly LearnedPair[]>;

export function learnedIndex(learned: readonly LearnedPair[]): LearnedIndex {
  const byFirst = new Map<number, LearnedPair[]>();
  for (const p of learned) {
    const first = p.zh.charCodeAt(0);
    const list = byFirst.get(first);
    if (list) list.push(p);
    else byFirst.set(first, [p]);
  }
  return byFirst;
}

/** Where a learned pair's Chinese side occurs in an NFKC-normalised sentence (each place once). */
export function learnedOccurrences(norm: string, index: LearnedIndex): Array<{ pair: LearnedPair; start: number; end: number }> {
  const out: Array<{ pair: LearnedPair; start: number; end: number }> = [];
  if (index.size === 0) return out;
  for (let k = 0; k < norm.length; k++) {
    for (const pair of index.get(norm.charCodeAt(k)) ?? []) if (norm.startsWith(pair.zh, k)) out.push({ pair, start: k, end: k + pair.zh.length });
  }
  return out;
}

/** Family-wise error rate for the whole set of pairs tested (Bonferroni). */
const FAMILY_ALPHA = 0.01;
/** A pair must co-occur at least this often to be learned at all. */
const MIN_COOCCURRENCE = 3;
const MAX_PAIRS = 500;
const MAX_BEADS = 3000;
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/u;
const STOP_CHARS = new Set(ZH_STOPWORDS.filter((w) => w.length === 1));

/**
 * Learns the document's own vocabulary from a first alignment, as hunalign bootstraps its
 * dictionary: Chinese 2–3 character n-grams and target words that keep turning up in the same
 * beads (Dunning's G², Bonferroni-corrected, competitive linking so each side is used once). Names and terms a
 * general dictionary lacks — 韦小宝 ↔ Trinket — become evidence for the next pass.
 */
export function learnPairs(
  src: readonly string[],
  tgt: readonly string[],
  beads: ReadonlyArray<{ i: number; a: number; j: number; b: number }>,
  lang: TargetLang,
  lexicon?: Lexicon,
): LearnedPair[] {
  const aligned = beads.filter((b) => b.a > 0 && b.b > 0);
  const step = Math.max(1, Math.ceil(aligned.length / MAX_BEADS));
  const sample = aligned.filter((_, k) => k % step === 0);
  const N = sample.length;
  if (N < 10) return [];
  const srcSets = sample.map((b) => sourceGrams(src.slice(b.i, b.i + b.a).join('')));
  const tgtSets = sample.map((b) => targetKeys(tgt, b.j, b.j + b.b, lang));
  const cx = count(srcSets);
  const cy = count(tgtSets);
  const xNames = [...cx.keys()];
  const yNames = [...cy.keys()];
  const { co, distinct } = cooccurrences(srcSets, tgtSets, cx, cy, xNames, yNames);
  // Thousands of pairs are tested: each must pass p < α / tests, i.e. G² > −2 ln(α / tests)
  // (the χ²(1) tail bound P(G² > x) ≤ e^(−x/2)), or chance co-occurrences flood in.
  const critical = -2 * Math.log(FAMILY_ALPHA / Math.max(1, distinct));
  const scored: Array<{ x: string; y: string; g2: number; first: number }> = [];
  for (let c = 0; c < co.x.length; c++) {
    const cxy = co.count[c]!;
    const x = xNames[co.x[c]!]!;
    const y = yNames[co.y[c]!]!;
    const nx = cx.get(x)!;
    const ny = cy.get(y)!;
    if (cxy * N <= nx * ny) continue; // not positively associated
    const g2 = gSquared(cxy, nx - cxy, ny - cxy, N - nx - ny + cxy);
    if (g2 > critical && !lexiconExplains(x, y, lexicon)) scored.push({ x, y, g2, first: co.first[c]! });
  }
  // Ties in G² go to the pair seen first in the sample (bead, then position in the bead).
  scored.sort((p, q) => q.g2 - p.g2 || p.first - q.first);
  const usedX = new Set<string>();
  const usedY = new Set<string>();
  const out: LearnedPair[] = [];
  for (const { x, y } of scored) {
    if (usedY.has(y) || [...usedX].some((u) => u.includes(x) || x.includes(u))) continue;
    usedX.add(x);
    usedY.add(y);
    out.push({ zh: x, key: y });
    if (out.length >= MAX_PAIRS) break;
  }
  return out;
}

/** Chinese character bigrams and trigrams without function-word characters. */
function sourceGrams(text: string): Set<string> {
  const chars = [...text.normalize('NFKC')];
  // Each character tested once (not once per gram it is in), and no array per gram.
  const usable = chars.map((c) => HAN.test(c) && !STOP_CHARS.has(c));
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) {
    if (!usable[i] || !usable[i + 1]) continue;
    const bigram = chars[i]! + chars[i + 1]!;
    out.add(bigram);
    if (i + 2 < chars.length && usable[i + 2]) out.add(bigram + chars[i + 2]!);
  }
  return out;
}

/** Word keys of target sentences from … to − 1, in text order (each sentence's tokens are memoised). */
function targetKeys(tgt: readonly string[], from: number, to: number, lang: TargetLang): Set<string> {
  const keys = new Set<string>();
  for (let j = from; j < to; j++) for (const t of targetTokens(tgt[j]!, lang)) if (t.kind === 'word') keys.add(t.key);
  return keys;
}

/** The pairs that co-occur at least MIN_COOCCURRENCE times (x, y name indices and count). */
interface Cooccurring {
  x: number[];
  y: number[];
  count: number[];
  /** Where the pair first occurs: its bead, then x's and y's places in that bead, as one number. */
  first: number[];
}

/**
 * Counts, for every Chinese n-gram and target key seen at least MIN_COOCCURRENCE times, the sampled
 * beads that hold both. Counted per n-gram over the beads that hold it, into a dense counter per
 * key (issue 13): a Map keyed by pair took hundreds of thousands of lookups on a novel chapter.
 * `distinct` counts every pair that co-occurs at all (the number of tests for Bonferroni).
 */
function cooccurrences(
  srcSets: ReadonlyArray<Set<string>>,
  tgtSets: ReadonlyArray<Set<string>>,
  cx: ReadonlyMap<string, number>,
  cy: ReadonlyMap<string, number>,
  xNames: readonly string[],
  yNames: readonly string[],
): { co: Cooccurring; distinct: number } {
  const N = srcSets.length;
  const xIndex = new Map(xNames.map((x, k) => [x, k]));
  const yIndex = new Map(yNames.map((y, k) => [y, k]));
  // Per bead, the frequent keys (in set order); per n-gram, the beads that hold it with its place there.
  const beadYs: Int32Array[] = [];
  const postings: number[][] = xNames.map(() => []);
  let widest = 1;
  for (let k = 0; k < N; k++) {
    const ys: number[] = [];
    for (const y of tgtSets[k]!) if (cy.get(y)! >= MIN_COOCCURRENCE) ys.push(yIndex.get(y)!);
    beadYs.push(Int32Array.from(ys));
    let place = 0;
    for (const x of srcSets[k]!) {
      if (cx.get(x)! < MIN_COOCCURRENCE) continue;
      postings[xIndex.get(x)!]!.push(k, place++);
    }
    widest = Math.max(widest, place, ys.length);
  }
  const co: Cooccurring = { x: [], y: [], count: [], first: [] };
  const counter = new Int32Array(yNames.length);
  const firstSeen = new Float64Array(yNames.length);
  const touched: number[] = [];
  let distinct = 0;
  for (let x = 0; x < xNames.length; x++) {
    const list = postings[x]!;
    for (let p = 0; p < list.length; p += 2) {
      const k = list[p]!;
      const ys = beadYs[k]!;
      for (let q = 0; q < ys.length; q++) {
        const y = ys[q]!;
        if (counter[y] === 0) {
          touched.push(y);
          firstSeen[y] = (k * widest + list[p + 1]!) * widest + q;
        }
        counter[y]!++;
      }
    }
    distinct += touched.length;
    for (const y of touched) {
      if (counter[y]! >= MIN_COOCCURRENCE) {
        co.x.push(x);
        co.y.push(y);
        co.count.push(counter[y]!);
        co.first.push(firstSeen[y]!);
      }
      counter[y] = 0;
    }
    touched.length = 0;
  }
  return { co, distinct };
}

function count(sets: ReadonlyArray<Set<string>>): Map<string, number> {
  const c = new Map<string, number>();
  for (const s of sets) for (const x of s) c.set(x, (c.get(x) ?? 0) + 1);
  return c;
}

/** Dunning's log-likelihood ratio statistic of a 2 × 2 contingency table. */
function gSquared(k11: number, k12: number, k21: number, k22: number): number {
  const n = k11 + k12 + k21 + k22;
  const term = (k: number, row: number, col: number): number => (k > 0 ? k * Math.log((k * n) / (row * col)) : 0);
  return 2 * (term(k11, k11 + k12, k11 + k21) + term(k12, k11 + k12, k12 + k22) + term(k21, k21 + k22, k11 + k21) + term(k22, k21 + k22, k12 + k22));
}

/** True when a dictionary word inside the n-gram already translates to the key. */
function lexiconExplains(zh: string, key: string, lexicon: Lexicon | undefined): boolean {
  if (!lexicon) return false;
  const chars = [...zh];
  for (let i = 0; i < chars.length; i++) {
    for (let j = i + 1; j <= chars.length; j++) if (lexicon.entries.get(chars.slice(i, j).join(''))?.stems.includes(key)) return true;
  }
  return false;
}
