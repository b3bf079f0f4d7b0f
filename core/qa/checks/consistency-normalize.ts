import type { LocatedSentence } from '../types';

/** Keys by side (the array a BeadView holds), so the two consistency checks normalise each text once. */
const sourceKeys = new WeakMap<readonly LocatedSentence[], string>();
const targetKeys = new WeakMap<readonly LocatedSentence[], string>();

/** Source text as a consistency key: whitespace ignored (Chinese has none that matters). */
export function sourceKey(sentences: readonly LocatedSentence[]): string {
  let key = sourceKeys.get(sentences);
  if (key === undefined) {
    key = sentences.map((s) => s.sentence.text).join('').replace(/\s+/gu, '');
    sourceKeys.set(sentences, key);
  }
  return key;
}

/** Whitespace that collapsing to single spaces changes: a run of two, or any but the plain space. */
const UNEVEN_SPACE = /\s\s|[^\S ]/u;

/** Target text as a consistency key: spacing and letter case do not make a translation different. */
export function targetKey(sentences: readonly LocatedSentence[]): string {
  let key = targetKeys.get(sentences);
  if (key === undefined) {
    const joined = sentences.map((s) => s.sentence.text).join(' ');
    // Collapsing spaces rebuilt every sentence; only one with a run or a space other than ' ' changes.
    key = (UNEVEN_SPACE.test(joined) ? joined.replace(/\s+/gu, ' ') : joined).trim().toLowerCase();
    targetKeys.set(sentences, key);
  }
  return key;
}

/** Short units (headings, "一", "I.") repeat with different meanings; only real sentences count. */
export function longEnough(key: string, min: number): boolean {
  let n = 0;
  // Stops after `min` word characters: the common long sentence costs a few steps, not a scan.
  for (let i = 0; i < key.length && n < min; i++) if (WORD_CHAR.test(key[i] ?? '')) n++;
  return n >= min;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
