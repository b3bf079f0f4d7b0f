import type { TargetLang } from '../model/types';

/** The DeepL target codes we draft into. DeepL rejects a bare "EN": the variant must be chosen. */
export const DRAFT_TARGET_CODES = ['en-US', 'en-GB', 'ru'] as const;
export type DraftTargetCode = (typeof DRAFT_TARGET_CODES)[number];

/** DeepL's code for Chinese sources (the API's "ZH" covers simplified text). */
export const DEEPL_SOURCE_CODE = 'zh';

/** True for a string that is one of our DeepL target codes. */
export function isDraftTargetCode(code: string): code is DraftTargetCode {
  return (DRAFT_TARGET_CODES as readonly string[]).includes(code);
}

/** Which project target a DeepL code fills: en-US and en-GB both go into the English Doc. */
export function targetLangOfCode(code: DraftTargetCode): TargetLang {
  return code === 'ru' ? 'ru' : 'en';
}

/** The DeepL code for a project target; English takes the project's variant (settings.englishVariant). */
export function draftCodeFor(target: TargetLang, englishVariant: 'en-US' | 'en-GB'): DraftTargetCode {
  return target === 'ru' ? 'ru' : englishVariant;
}
