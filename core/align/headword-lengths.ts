import { codePointLength } from './lexicon';

/**
 * How long a headword can be, given how it starts: for each first character the longest headword
 * (in characters, capped at 255) and, per pair of first two characters, the longest (in UTF-16
 * units, never fewer than characters, so it bounds both kinds of length). The segmenters use them to
 * bound the longest-first look-ahead (source-units.ts).
 *
 * Flat typed arrays, so the compiled lexicon stores them as built and a run reads them without
 * walking 114,000 headwords (lexicon-binary.ts, issue 13): the first-character bounds as two
 * parallel lists, the pair bounds as an open-addressing table (linear probing; a slot is empty when
 * its length is 0, and every stored pair's length is at least 2).
 */
export interface HeadwordLengths {
  firsts: Int32Array;
  firstLengths: Uint8Array;
  pairFirst: Int32Array;
  pairSecond: Int32Array;
  pairLength: Int32Array;
}

function pairSlot(first: number, second: number, mask: number): number {
  let h = Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca6b);
  h ^= h >>> 15;
  return h & mask;
}

/** The bound on headwords starting with `first` then `second` (UTF-16 units), 0 when none does. */
export function pairLengthBound(t: HeadwordLengths, first: number, second: number): number {
  const mask = t.pairLength.length - 1;
  for (let slot = pairSlot(first, second, mask); ; slot = (slot + 1) & mask) {
    const len = t.pairLength[slot]!;
    if (len === 0) return 0;
    if (t.pairFirst[slot] === first && t.pairSecond[slot] === second) return len;
  }
}

/** The first-character bounds spread over every code point (0: no headword starts with it). */
export function firstLengthTable(t: HeadwordLengths): Uint8Array {
  const byFirst = new Uint8Array(0x110000);
  for (let k = 0; k < t.firsts.length; k++) byFirst[t.firsts[k]!] = t.firstLengths[k]!;
  return byFirst;
}

/** The bounds of headwords held as one string, `start` the UTF-16 offset of each (count + 1 offsets). */
export function headwordLengths(text: string, start: Int32Array): HeadwordLengths {
  const byFirst = new Map<number, number>();
  const byPair = new Map<number, number>();
  for (let w = 0; w + 1 < start.length; w++) {
    const from = start[w]!;
    const to = start[w + 1]!;
    const first = text.codePointAt(from)!;
    const len = codePointLength(text, from, to);
    // Headwords are far shorter than 255 characters; the cap keeps the count in a byte.
    byFirst.set(first, Math.max(byFirst.get(first) ?? 0, Math.min(255, len)));
    if (len >= 2) {
      const second = text.codePointAt(from + (first > 0xffff ? 2 : 1))!;
      // Code points are below 2^21, so the pair is one exact number key.
      const key = first * 0x200000 + second;
      if (to - from > (byPair.get(key) ?? 0)) byPair.set(key, to - from);
    }
  }
  const firsts = Int32Array.from(byFirst.keys());
  const firstLengths = Uint8Array.from(byFirst.values());
  let size = 2;
  while (size * 3 < byPair.size * 4) size *= 2;
  const t: HeadwordLengths = { firsts, firstLengths, pairFirst: new Int32Array(size), pairSecond: new Int32Array(size), pairLength: new Int32Array(size) };
  const mask = size - 1;
  for (const [key, len] of byPair) {
    const first = Math.floor(key / 0x200000);
    const second = key - first * 0x200000;
    let slot = pairSlot(first, second, mask);
    while (t.pairLength[slot] !== 0) slot = (slot + 1) & mask;
    t.pairFirst[slot] = first;
    t.pairSecond[slot] = second;
    t.pairLength[slot] = len;
  }
  return t;
}
