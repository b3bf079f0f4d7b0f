import type { LocatedSentence } from '../types';

/** Source text as a consistency key: whitespace ignored (Chinese has none that matters). */
export function sourceKey(sentences: readonly LocatedSentence[]): string {
  return sentences.map((s) => s.sentence.text).join('').replace(/\s+/gu, '');
}

/** Target text as a consistency key: spacing and letter case do not make a translation different. */
export function targetKey(sentences: readonly LocatedSentence[]): string {
  return sentences.map((s) => s.sentence.text).join(' ').replace(/\s+/gu, ' ').trim().toLowerCase();
}

/** Short units (headings, "一", "I.") repeat with different meanings; only real sentences count. */
export function longEnough(key: string, min: number): boolean {
  let n = 0;
  for (const ch of key) if (/[\p{L}\p{N}]/u.test(ch) && ++n >= min) return true;
  return false;
}
