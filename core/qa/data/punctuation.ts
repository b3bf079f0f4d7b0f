import type { TargetLang } from '../../model/types';

/** Bracket and quote pairs that must balance in a translation, per language ("„…“" nests inside «…» in Russian). */
export const PAIRS: Readonly<Record<TargetLang, ReadonlyArray<readonly [string, string]>>> = {
  en: [['(', ')'], ['[', ']'], ['{', '}'], ['“', '”']],
  ru: [['(', ')'], ['[', ']'], ['{', '}'], ['«', '»'], ['„', '“']],
};

/** Quotes that must come in even numbers, having no distinct opening form. */
export const SYMMETRIC_QUOTES = ['"'];

/**
 * Chinese full-width punctuation that has no place in an English or Russian translation, with the
 * character to use instead.
 */
export const FULLWIDTH_PUNCTUATION: Readonly<Record<string, string>> = {
  '，': ',', '。': '.', '、': ',', '；': ';', '：': ':', '？': '?', '！': '!', '（': '(', '）': ')',
  '【': '[', '】': ']', '《': '“', '》': '”', '〈': '“', '〉': '”', '「': '“', '」': '”', '『': '“', '』': '”',
  '〔': '[', '〕': ']', '～': '~', '　': ' ',
};

/** Where the replacement differs by language: Russian quotes titles and quotations with «ёлочки». */
export const FULLWIDTH_OVERRIDES: Readonly<Record<TargetLang, Readonly<Record<string, string>>>> = {
  en: {},
  ru: { '《': '«', '》': '»', '〈': '«', '〉': '»', '「': '«', '」': '»', '『': '„', '』': '“' },
};

/** Quote marks that are the wrong style for a language, with what to use instead. */
export const WRONG_QUOTES: Readonly<Record<TargetLang, Readonly<Record<string, string>>>> = {
  // English official texts use “ ” (or ' '), never guillemets.
  en: { '«': '“', '»': '”', '„': '“' },
  // Russian uses «ёлочки», with „лапки“ only inside them; a straight or English “ opening is wrong.
  ru: { '"': '«', '”': '»' },
};
