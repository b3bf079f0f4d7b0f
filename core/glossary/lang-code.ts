import type { Lang } from '../model/types';
import { LANGUAGE_TAG, PRIMARY_LANGS } from './data/lang-codes';

/** How a language tag from a term base file reads. */
export type LangCodeResult =
  | { kind: 'lang'; lang: Lang }
  /** A well-formed tag for a language Duizhao does not use (fr, de…): skipped with a warning. */
  | { kind: 'other'; tag: string }
  /** Not a language tag at all. */
  | { kind: 'invalid'; tag: string };

/** Reads "zh-CN", "zh-Hans", "en_GB", "ru-RU", "EN"… onto zh / en / ru. */
export function readLangCode(tag: string): LangCodeResult {
  const trimmed = tag.trim();
  if (!LANGUAGE_TAG.test(trimmed)) return { kind: 'invalid', tag: trimmed };
  const primary = trimmed.split(/[-_]/)[0]!.toLowerCase();
  const lang = PRIMARY_LANGS[primary];
  return lang ? { kind: 'lang', lang } : { kind: 'other', tag: trimmed };
}
