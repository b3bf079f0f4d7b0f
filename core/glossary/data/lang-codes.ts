import type { Lang } from '../../model/types';

/**
 * Primary language subtags Duizhao works in. Region and script subtags (zh-CN, zh-Hans, en-GB,
 * ru-RU) fold onto these; a traditional-script tag (zh-Hant, zh-TW, zh-HK) is still Chinese, but the
 * matcher compares characters exactly, so such a term only matches traditional-script text.
 */
export const PRIMARY_LANGS: Readonly<Record<string, Lang>> = {
  zh: 'zh',
  cmn: 'zh',
  chi: 'zh',
  zho: 'zh',
  en: 'en',
  eng: 'en',
  ru: 'ru',
  rus: 'ru',
};

/** A BCP 47 tag, loosely: letters and digits in dash- or underscore-separated subtags. */
export const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/;
