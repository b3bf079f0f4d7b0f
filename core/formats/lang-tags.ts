import type { Lang, ProjectSettings } from '../model/types';

/** BCP 47 tags written into TMX/XLIFF: regional variants the CAT tools expect. */
export function langTag(lang: Lang, settings?: Pick<ProjectSettings, 'englishVariant'>): string {
  if (lang === 'zh') return 'zh-CN';
  if (lang === 'ru') return 'ru-RU';
  return settings?.englishVariant ?? 'en-GB';
}

/** The project language a tag names ("zh-Hans-CN" → zh, "EN_us" → en), or undefined. */
export function langFromTag(tag: string | undefined): Lang | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'zh' || primary === 'en' || primary === 'ru' ? primary : undefined;
}

/**
 * The English variant a tag names ("en-US", "EN_us", "en-Latn-GB" → en-GB), or undefined for plain
 * "en", another region or another language: what a file says its English is, so that a client's
 * en-US file is written back as en-US and never relabelled with the default.
 */
export function englishVariantFromTag(tag: string | undefined): ProjectSettings['englishVariant'] | undefined {
  const subtags = tag?.trim().toLowerCase().split(/[-_]/) ?? [];
  if (subtags[0] !== 'en') return undefined;
  if (subtags.includes('us')) return 'en-US';
  if (subtags.includes('gb')) return 'en-GB';
  return undefined;
}
