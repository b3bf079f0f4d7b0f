/** Spelling: tokenising, skip rules and accepted words over injected Hunspell dictionaries (no I/O). */
export { createSpeller, eitherChecker } from './speller';
export type { Speller } from './speller';
export { spellTokens } from './tokenize';
export type { SpellToken } from './tokenize';
export { parseWordList, serializeWordList, isListableWord, insertWord } from './word-list';
export type { WordListProblem } from './word-list';
export { glossaryTargetWords } from './glossary-words';
export { SPELL_LOCALES } from './types';
export type { SpellChecker, SpellLocale, EnglishSpelling, Misspelling, SpellerOptions } from './types';
export { replaceWord, withIgnoredWord, misspellingMessage, probableNameMessage, probableNameHover, MAX_QUICK_FIXES } from './fixes';
export { isProbableName, isInnerCapitalised } from './probable-name';
