/**
 * A synthetic parallel document for the scale benchmark: Chinese sentences of dictionary words and
 * numbers, each rendered as English words taken from the same lexicon entries, with about three in
 * ten source sentences split into two target sentences (20,000 source → ~26,000 target).
 */
import type { Lexicon } from '../core/align';
import { rng } from '../tests/helpers/rng';

/** The documents and their true alignment, as vecalign-style bead lines. */
export function syntheticParallel(lexicon: Lexicon, sourceCount: number, seed = 1): { src: string[]; tgt: string[]; gold: string[] } {
  const random = rng(seed);
  const words = [...lexicon.entries].filter(([w, e]) => e.stems.length > 0 && [...w].length >= 2).slice(0, 20000);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const src: string[] = [];
  const tgt: string[] = [];
  const gold: string[] = [];
  const splitShare = 0.3;
  for (let i = 0; i < sourceCount; i++) {
    const count = 4 + Math.floor(random() * 10);
    const zh: string[] = [];
    const en: string[] = [];
    for (let k = 0; k < count; k++) {
      const [w, e] = pick(words);
      zh.push(w);
      en.push(pick(e.stems), 'the');
    }
    const year = 1950 + Math.floor(random() * 70);
    zh.push(`${year}年`);
    en.push(`in ${year}`);
    src.push(`${zh.join('')}。`);
    if (random() < splitShare) {
      const cut = Math.max(2, Math.floor(en.length / 2));
      gold.push(`[${i}]:[${tgt.length}, ${tgt.length + 1}]`);
      tgt.push(`${en.slice(0, cut).join(' ')}.`, `${en.slice(cut).join(' ')}.`);
    } else {
      gold.push(`[${i}]:[${tgt.length}]`);
      tgt.push(`${en.join(' ')}.`);
    }
  }
  return { src, tgt, gold };
}

/**
 * A source of random CJK sentences against target sentences of random Latin tokens: no shared
 * evidence at all (a language pair or domain the lexicon does not cover), as in
 * ../shared/bench/align/speed.sh. The first 30 % of the source is translated with three in ten
 * sentences split in two, the rest 1:1, so the length ratio changes midway through the document.
 */
export function noOverlapPair(count: number, seed = 7): { src: string[]; tgt: string[]; gold: string[] } {
  const random = rng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const src: string[] = [];
  const tgt: string[] = [];
  const gold: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = int(8, 60);
    let zh = '';
    for (let k = 0; k < n; k++) zh += String.fromCharCode(0x4e00 + int(0, 2999));
    src.push(`${zh}。`);
    const split = random() < 0.3 ? 2 : 1;
    const parts = i < count * 0.3 ? split : 1;
    gold.push(`[${i}]:[${Array.from({ length: parts }, (_, k) => tgt.length + k).join(', ')}]`);
    for (let s = 0; s < parts; s++) {
      const words: string[] = [];
      for (let k = 0; k < Math.max(3, Math.floor(n / split / 2)); k++) words.push(`w${int(0, 5000)}`);
      tgt.push(`${words.join(' ')}.`);
    }
  }
  return { src, tgt, gold };
}
