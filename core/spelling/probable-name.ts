/**
 * Whether an unknown word is probably a name: one rule for the `spelling.misspelling` check (info,
 * no suggestions) and the editor's live spelling (a grey dotted marker, no corrections offered), so
 * the Problems list and the squiggles never disagree. The speller computes it for each misspelling
 * (probableNameTest: the source is read once per sentence).
 */
import { hasTransliteratedName } from '../align/verdict/source-words';
import { opensSentence } from './abbreviations';
import { withoutRegionNames } from './region-names';

// Module constants: a literal in the function is a `new RegExp` per call in the bundle.
const CAPITAL_FIRST = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;

/** A word written with a capital and some lower case, not the first word of its sentence. */
export function isInnerCapitalised(text: string, start: number, word: string): boolean {
  return CAPITAL_FIRST.test(word) && HAS_LOWER.test(word) && !opensSentence(text, start);
}

/**
 * A capitalised unknown word inside a sentence whose source names someone in transliteration
 * (特朗普 → Трамп, 拜登 → Biden) is almost always that name, which no dictionary lists. At a
 * sentence's start the capital says nothing, and without such a name in the source a capitalised
 * typo («Совет Безопастности» for 安理会) stays a typo. Country and region names (俄罗斯 of
 * 俄罗斯联邦, 乌克兰, 意大利) are left out first: they are transliterations too, UN texts and joint
 * statements name one in nearly every sentence, and the dictionaries know their translations.
 */
export function isProbableName(text: string, misspelling: { word: string; start: number }, sourceText: string): boolean {
  return probableNameTest(sourceText)(text, misspelling) !== undefined;
}

/** Why an unknown word is probably a name: the source names someone in transliteration, or the word labels who speaks. */
export type NameEvidence = 'transliterated' | 'speaker';

/**
 * isProbableName for the unknown words of one sentence translating `sourceText`: the source is
 * searched for a transliterated name once, at the first capitalised unknown word, not for each.
 * A capitalised word of the label that opens a press conference's or an interview's turn
 * ("Bloomberg:", «Агентство Франс Пресс:») names the speaker too, first word or not.
 */
export function probableNameTest(sourceText: string): (text: string, misspelling: { word: string; start: number }) => NameEvidence | undefined {
  let namesSomeone: boolean | undefined;
  return (text, misspelling) => {
    if (inSpeakerLabel(text, misspelling.start, misspelling.word)) return 'speaker';
    return isInnerCapitalised(text, misspelling.start, misspelling.word) && (namesSomeone ??= hasTransliteratedName(withoutRegionNames(sourceText))) ? 'transliterated' : undefined;
  };
}

/** A turn's label at the start of a sentence: one to four words, the first capitalised, then a colon. */
const SPEAKER_LABEL = /^\s*\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,3}\s?[:：](?=\s|$)/u;

/** Whether the capitalised `word` at `start` lies inside the speaker label that opens `text`. */
function inSpeakerLabel(text: string, start: number, word: string): boolean {
  if (!CAPITAL_FIRST.test(word) || !HAS_LOWER.test(word)) return false;
  const label = SPEAKER_LABEL.exec(text);
  return label !== null && start + word.length < label[0].length;
}
