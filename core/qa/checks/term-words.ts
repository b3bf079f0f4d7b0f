import { negatedByNon, wordTokens } from '../../glossary/term-tokens';
import type { TargetLang } from '../../model/types';
import { FUNCTION_WORDS } from '../data/function-words';

/** A stem this long inside a longer word is the same word with a prefix (расчёт → взаиморасчёт). */
const MIN_PREFIXED_STEM = 5;

/**
 * Prefixes that make a word its opposite (неядерный is not ядерный, disarmament not armament):
 * a word under one of them is never the rendering's word.
 */
const NEGATING_PREFIXES: Record<TargetLang, readonly string[]> = {
  en: ['non', 'un', 'in', 'im', 'il', 'ir', 'dis', 'anti', 'counter'],
  ru: ['не', 'без', 'бес', 'анти', 'контр', 'противо'],
};

/** Whether the text's word (key `t`) is the rendering's word (key `w`), maybe with a prefix that keeps its sense. */
function sameWord(t: string, w: string, lang: TargetLang): boolean {
  if (t === w) return true;
  if (w.length < MIN_PREFIXED_STEM || !t.endsWith(w)) return false;
  return !NEGATING_PREFIXES[lang].includes(t.slice(0, t.length - w.length));
}

/** Whether the text's word (key `t`) is the rendering's word `w` negated (неядерн, nonnuclear). */
function negatedWord(t: string, w: string, lang: TargetLang): boolean {
  return t.length > w.length && t.endsWith(w) && NEGATING_PREFIXES[lang].includes(t.slice(0, t.length - w.length));
}

/**
 * The target's content stems with the words of a negated rendering blanked where they cannot be
 * shared. "non-nuclear-weapon states" is the negated rendering; its "states" also completes a
 * "nuclear-weapon" just before it, by ellipsis ("nuclear-weapon and non-nuclear-weapon states",
 * «ядерные и неядерные государства»), but not one that has a head noun of its own ("nuclear-weapon
 * nations and non-nuclear-weapon states": the rendering there is "nations").
 */
function withoutNegatedHeads(targetStems: readonly string[], wanted: readonly string[], lang: TargetLang): readonly string[] {
  let out: string[] | undefined;
  for (let p = 1; p < targetStems.length; p++) {
    if (!wanted.some((w) => negatedWord(targetStems[p]!, w, lang))) continue;
    const elided = wanted.some((w) => sameWord(targetStems[p - 1]!, w, lang));
    if (elided) continue;
    for (let q = p + 1; q < targetStems.length && wanted.some((w) => sameWord(targetStems[q]!, w, lang)); q++) (out ??= [...targetStems])[q] = '';
  }
  return out ?? targetStems;
}

/** An inflectional ending at the end of what a stem leaves of an English word (plural, past, -ing, a final e or y). */
const EN_INFLECTION_END = /(?:ies|ied|ing|es|ed|s|d|e|y)$/u;
/** A possessive after it: UN's, states', UN's’. */
const EN_POSSESSIVE_END = /(?:['’]s?)+$/u;

/**
 * An English word's key for the rearranged reading: its stem, kept apart from a derived word the
 * stemmer folds into it. Snowball gives "weapon" for weapons and for weaponization, "protect" for
 * protection; a rendering's word moved about in the sentence must be the same word, only inflected
 * (weapons, abandoned, studies, running), so what the stem drops beyond an inflectional ending
 * (-ization, -ion, -ment) stays in the key: weapon~ization, weapon~iz (weaponize, weaponized).
 */
function englishKey(word: string, stem: string): string {
  let common = 0;
  while (common < stem.length && common < word.length && word[common] === stem[common]) common++;
  let tail = word.slice(common).replace(EN_POSSESSIVE_END, '').replace(EN_INFLECTION_END, '');
  // A consonant doubled before the ending: running, stopped.
  if (tail.length === 1 && tail === word[common - 1]) tail = '';
  return tail === '' ? stem : `${stem}~${tail}`;
}

/** The stems of a text's content words, for the word-by-word presence test below. */
export function contentStems(text: string, lang: TargetLang): string[] {
  const skip = FUNCTION_WORDS[lang];
  const tokens = wordTokens(text, lang);
  const stems: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    // "non-nuclear" is one word here, "nonnuclear", so it never passes for "nuclear" (sameWord).
    if (t.word === 'non' && next !== undefined && negatedByNon(text, next.start)) {
      stems.push(`non${next.key}`);
      i++;
    } else if (!skip.has(t.word)) stems.push(lang === 'en' ? englishKey(t.word, t.key) : t.key);
  }
  return stems;
}

/**
 * An English rendering whose content words are all capitalised is a name (Chemical Weapons
 * Convention, Great Patriotic War): its words do not move, and a name with one of them changed is
 * another name ("Chemical Arms Convention"), whatever other words of the sentence stand near. Only
 * the matcher's reading, in order and inflected, finds it.
 */
function isEnglishName(rendering: string, lang: TargetLang): boolean {
  if (lang !== 'en') return false;
  const skip = FUNCTION_WORDS.en;
  const content = wordTokens(rendering, 'en').filter((t) => !skip.has(t.word));
  return content.length >= 2 && content.every((t) => CAPITALISED.test(rendering.slice(t.start, t.end)));
}
const CAPITALISED = /^\p{Lu}/u;

/**
 * How many other content words may stand among a rendering's own when it is rearranged: enough for
 * a relative clause ("chemical weapons that Japan abandoned in China") or Russian word order, not
 * for words of the rendering scattered over a long sentence.
 */
const REARRANGED_SLACK = 3;

/**
 * Whether every content word of a rendering occurs in the translation, inflected, in any order and
 * close together: the rendering is there, only rearranged ("chemical weapons it abandoned in China"
 * for "chemical weapons abandoned in China", "ядерные и неядерные государства" for "ядерное
 * государство"). Close: within a stretch of the target's content words (`targetStems`, in text
 * order) at most REARRANGED_SLACK longer than the rendering, so "подлинной коллективности … связанных
 * с ней многосторонних механизмов" does not pass for «подлинная многосторонность»; and not borrowing the
 * head of a negated rendering (withoutNegatedHeads).
 */
export function wordsPresent(rendering: string, targetStems: readonly string[], lang: TargetLang): boolean {
  if (isEnglishName(rendering, lang)) return false;
  const wanted = [...new Set(contentStems(rendering, lang))];
  if (wanted.length === 0) return false;
  // Every place a wanted word occurs, in text order: [position, which wanted word].
  const places: Array<[number, number]> = [];
  withoutNegatedHeads(targetStems, wanted, lang).forEach((t, pos) => {
    wanted.forEach((w, k) => {
      if (sameWord(t, w, lang)) places.push([pos, k]);
    });
  });
  // The shortest stretch holding every wanted word (a sliding window over the places).
  const count = new Array<number>(wanted.length).fill(0);
  let have = 0;
  let from = 0;
  let shortest = Infinity;
  for (const [pos, k] of places) {
    if (count[k]!++ === 0) have++;
    while (have === wanted.length) {
      const [startPos, startK] = places[from]!;
      shortest = Math.min(shortest, pos - startPos + 1);
      if (--count[startK]! === 0) have--;
      from++;
    }
  }
  return shortest <= wanted.length + REARRANGED_SLACK;
}
