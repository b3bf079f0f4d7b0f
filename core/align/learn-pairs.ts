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
/** Function-word characters (one UTF-16 unit each), left out of the n-grams. */
const STOP_CHARS = new Set(ZH_STOPWORDS.filter((w) => w.length === 1).map((w) => w.charCodeAt(0)));

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
  const xs = sourceGramsOf(sample.map((b) => src.slice(b.i, b.i + b.a).join('')));
  const ys = targetKeysOf(sample.map((b) => [b.j, b.j + b.b] as const), tgt, lang);
  const { co, distinct } = cooccurrences(xs, ys);
  // Thousands of pairs are tested: each must pass p < α / tests, i.e. G² > −2 ln(α / tests)
  // (the χ²(1) tail bound P(G² > x) ≤ e^(−x/2)), or chance co-occurrences flood in.
  const critical = -2 * Math.log(FAMILY_ALPHA / Math.max(1, distinct));
  const scored: Array<{ x: string; y: string; g2: number; first: number }> = [];
  for (let c = 0; c < co.x.length; c++) {
    const cxy = co.count[c]!;
    const nx = xs.count[co.x[c]!]!;
    const ny = ys.count[co.y[c]!]!;
    if (cxy * N <= nx * ny) continue; // not positively associated
    const g2 = gSquared(cxy, nx - cxy, ny - cxy, N - nx - ny + cxy);
    if (!(g2 > critical)) continue;
    const x = gramText(xs.keys[co.x[c]!]!);
    const y = ys.keys[co.y[c]!]!;
    if (!lexiconExplains(x, y, lexicon)) scored.push({ x, y, g2, first: co.first[c]! });
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

/**
 * What each sampled bead holds on one side, as integer ids (issue 13: the n-grams as strings in a
 * Set per bead and Maps keyed by them were most of the cost — 26,000 n-grams on a magazine issue):
 * bead k's ids are ids[start[k]] … ids[start[k + 1] − 1], each once, in order of first occurrence;
 * ids are numbered in order of first occurrence over the sample, keys[id] is the item the id stands
 * for and count[id] the number of beads that hold it.
 */
interface BeadItems<K> {
  start: Int32Array;
  ids: Int32Array;
  count: Int32Array;
  keys: K[];
}

/** Numbers the items `visit` adds for each of `beads` beads (in bead order) as BeadItems. */
function beadItems<K>(beads: number, visit: (k: number, add: (key: K) => void) => void): BeadItems<K> {
  const idOf = new Map<K, number>();
  const keys: K[] = [];
  const ids: number[] = [];
  const start = new Int32Array(beads + 1);
  /** stamp[id] = k + 1 once bead k holds id. */
  let stamp = new Int32Array(1024);
  let k = 0;
  const add = (key: K): void => {
    let id = idOf.get(key);
    if (id === undefined) {
      idOf.set(key, (id = keys.length));
      keys.push(key);
      if (id >= stamp.length) {
        const grown = new Int32Array(stamp.length * 2);
        grown.set(stamp);
        stamp = grown;
      }
    }
    if (stamp[id] === k + 1) return; // already in this bead
    stamp[id] = k + 1;
    ids.push(id);
  };
  for (; k < beads; k++) {
    start[k] = ids.length;
    visit(k, add);
  }
  start[beads] = ids.length;
  return { start, ids: Int32Array.from(ids), count: beadCounts(ids, keys.length), keys };
}

/** True for a UTF-16 unit that can be part of an n-gram: a CJK ideograph that is not a function-word character. */
function isGramChar(u: number): boolean {
  return ((u >= 0x3400 && u <= 0x9fff) || (u >= 0xf900 && u <= 0xfaff)) && !STOP_CHARS.has(u);
}

/**
 * Chinese character bigrams and trigrams without function-word characters, per bead. Every usable
 * character is one UTF-16 unit (the Han ranges are in the BMP), so an n-gram is its units as a
 * number — a bigram u·2¹⁶ + v, a trigram (u·2¹⁶ + v)·2¹⁶ + w, below 2⁵³ and never equal to a bigram
 * — and a character outside them, a surrogate half included, breaks the n-grams around it as before.
 */
function sourceGramsOf(texts: readonly string[]): BeadItems<number> {
  return beadItems<number>(texts.length, (k, add) => {
    const text = texts[k]!.normalize('NFKC');
    for (let i = 0; i + 1 < text.length; i++) {
      const u = text.charCodeAt(i);
      const v = text.charCodeAt(i + 1);
      if (!isGramChar(u) || !isGramChar(v)) continue;
      const bigram = u * 0x10000 + v;
      add(bigram);
      if (i + 2 < text.length && isGramChar(text.charCodeAt(i + 2))) add(bigram * 0x10000 + text.charCodeAt(i + 2));
    }
  });
}

/** The text of an n-gram code of sourceGramsOf. */
function gramText(code: number): string {
  if (code < 0x100000000) return String.fromCharCode(Math.floor(code / 0x10000), code % 0x10000);
  const bigram = Math.floor(code / 0x10000);
  return String.fromCharCode(Math.floor(bigram / 0x10000), bigram % 0x10000, code % 0x10000);
}

/** Word keys of each bead's target sentences [from, to), in text order (each sentence's tokens are memoised). */
function targetKeysOf(spans: ReadonlyArray<readonly [number, number]>, tgt: readonly string[], lang: TargetLang): BeadItems<string> {
  return beadItems<string>(spans.length, (k, add) => {
    const [from, to] = spans[k]!;
    for (let j = from; j < to; j++) for (const t of targetTokens(tgt[j]!, lang)) if (t.kind === 'word') add(t.key);
  });
}

/** How many beads hold each id (each bead lists an id at most once). */
function beadCounts(ids: readonly number[], size: number): Int32Array {
  const count = new Int32Array(size);
  for (let k = 0; k < ids.length; k++) count[ids[k]!]!++;
  return count;
}

/** The pairs that co-occur at least MIN_COOCCURRENCE times (x, y ids and count). */
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
 * `distinct` counts every pair of such an n-gram and such a key that co-occurs at all (the number of
 * tests for Bonferroni). A place in a bead counts only the frequent n-grams and keys before it.
 */
function cooccurrences(xs: BeadItems<unknown>, ys: BeadItems<unknown>): { co: Cooccurring; distinct: number } {
  const N = xs.start.length - 1;
  // Per bead, its frequent keys (in order); per frequent n-gram, the beads that hold it with its place there.
  const yStart = new Int32Array(N + 1);
  const beadYs: number[] = [];
  const postStart = new Int32Array(xs.count.length + 1);
  for (let x = 0; x < xs.count.length; x++) postStart[x + 1] = postStart[x]! + (xs.count[x]! >= MIN_COOCCURRENCE ? 2 * xs.count[x]! : 0);
  const postings = new Int32Array(postStart[xs.count.length]!);
  const postEnd = postStart.slice(0, xs.count.length);
  let widest = 1;
  for (let k = 0; k < N; k++) {
    yStart[k] = beadYs.length;
    for (let e = ys.start[k]!; e < ys.start[k + 1]!; e++) if (ys.count[ys.ids[e]!]! >= MIN_COOCCURRENCE) beadYs.push(ys.ids[e]!);
    let place = 0;
    for (let e = xs.start[k]!; e < xs.start[k + 1]!; e++) {
      const x = xs.ids[e]!;
      if (xs.count[x]! < MIN_COOCCURRENCE) continue;
      postings[postEnd[x]!++] = k;
      postings[postEnd[x]!++] = place++;
    }
    widest = Math.max(widest, place, beadYs.length - yStart[k]!);
  }
  yStart[N] = beadYs.length;
  const co: Cooccurring = { x: [], y: [], count: [], first: [] };
  const counter = new Int32Array(ys.count.length);
  const firstSeen = new Float64Array(ys.count.length);
  const touched: number[] = [];
  let distinct = 0;
  for (let x = 0; x < xs.count.length; x++) {
    for (let p = postStart[x]!; p < postStart[x + 1]!; p += 2) {
      const k = postings[p]!;
      for (let q = yStart[k]!; q < yStart[k + 1]!; q++) {
        const y = beadYs[q]!;
        if (counter[y] === 0) {
          touched.push(y);
          firstSeen[y] = (k * widest + postings[p + 1]!) * widest + (q - yStart[k]!);
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
