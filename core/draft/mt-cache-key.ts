import type { DraftTargetCode } from './deepl-langs';

/**
 * What identifies one machine translation: the exact source text, both languages and the glossary
 * version it was made with (a changed term base must not reuse old translations). The Node side
 * hashes this string for the cache file; it never holds the key or anything account-specific.
 */
export function mtCacheKeyMaterial(text: string, target: DraftTargetCode, glossaryVersion: string | null): string {
  return JSON.stringify(['zh', target, glossaryVersion ?? '', text]);
}
