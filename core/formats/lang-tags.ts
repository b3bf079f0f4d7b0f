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
