import type { TargetLang } from '../model/types';
import { HYPHENATED_ABBREVIATIONS, STOP_ABBREVIATIONS } from './data/abbreviations';

/** What may stand between a sentence's end and its next word: spaces, opening quotes and brackets, dashes. */
const SENTENCE_GAP = /[\s«„“"'‘([—–-]/u;
/** A colon or semicolon counts too: what follows may be capitalised as a new sentence (a list item, a quotation). */
const SENTENCE_END = /[.!?…:;]/u;

/**
 * Whether the word at `start` opens a sentence: nothing but spaces, opening quotes or brackets
 * before it, back to the text's start or a sentence-ending mark.
 */
export function opensSentence(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && SENTENCE_GAP.test(text[i]!)) i--;
  return i < 0 || SENTENCE_END.test(text[i]!);
}

/** "Сент" → "сент", "Г-жа" → "г-жа": the form a capitalised sentence-opening word is listed in. */
function uncapitalised(word: string): string {
  return word.charAt(0).toLowerCase() + word.slice(1);
}

function listed(set: ReadonlySet<string>, word: string, atSentenceStart: boolean): boolean {
  return set.has(word) || (atSentenceStart && word.charAt(0) !== word.charAt(0).toLowerCase() && set.has(uncapitalised(word)));
}

/**
 * "et" of "et al.", the one Latin phrase whose first word has no stop of its own: accepted where
 * " al." follows it in the text.
 */
export function isPhraseStart(word: string, lang: TargetLang, rest: string): boolean {
  return lang === 'en' && word === 'et' && /^\s+al\./u.test(rest);
}

/**
 * Whether a word the dictionary does not know is a standard abbreviation (data/abbreviations.ts):
 * one of the stop abbreviations when `nextChar` is the full stop after it («25 сент. 2015 г.»,
 * "para. 5"), or a hyphenated title (г-н, г-жа) anywhere. The listed case is accepted, and the
 * capitalised form when the word opens a sentence («См. пункт 5»).
 */
export function isAbbreviation(word: string, lang: TargetLang, nextChar: string | undefined, atSentenceStart = false): boolean {
  if (word.includes('-')) return listed(HYPHENATED_ABBREVIATIONS[lang], word, atSentenceStart);
  return nextChar === '.' && listed(STOP_ABBREVIATIONS[lang], word, atSentenceStart);
}

/** The stop abbreviations of a language in lower case, for a look-up in any case ("Etc.", "NO."). */
const lowerCased = new Map<TargetLang, ReadonlySet<string>>();
function stopAbbreviationsAnyCase(lang: TargetLang): ReadonlySet<string> {
  let set = lowerCased.get(lang);
  if (!set) {
    set = new Set([...STOP_ABBREVIATIONS[lang]].map((w) => w.toLowerCase()));
    lowerCased.set(lang, set);
  }
  return set;
}

const LETTER = /\p{L}/u;
/** What may stand before an abbreviation: the text's start, a space or an opening bracket. */
const WORD_BOUNDARY = /[\s(]/u;

function lettersBefore(text: string, end: number): number {
  let start = end;
  while (start > 0 && LETTER.test(text[start - 1]!)) start--;
  return start;
}

/**
 * Whether the full stop at `stop` closes a stop abbreviation of the list (data/abbreviations.ts) in
 * any case: "etc.", "(see p.", «т. д.», «2015 г.», "e.g.". The word before the stop is taken with the
 * dotted parts before it, each part's stop followed by at most one space («т. д»), and the abbreviation
 * may start at any part that opens a word.
 */
export function endsWithAbbreviation(text: string, stop: number, lang: TargetLang): boolean {
  const parts: { start: number; text: string }[] = [];
  let end = stop;
  for (;;) {
    const start = lettersBefore(text, end);
    if (start === end) break;
    parts.unshift({ start, text: text.slice(start, end) });
    const dot = text[start - 1] === ' ' ? start - 2 : start - 1;
    if (dot < 1 || text[dot] !== '.' || !LETTER.test(text[dot - 1]!)) break;
    end = dot;
  }
  const listed = stopAbbreviationsAnyCase(lang);
  for (let k = parts.length - 1; k >= 0; k--) {
    const start = parts[k]!.start;
    if (start > 0 && !WORD_BOUNDARY.test(text[start - 1]!)) continue;
    if (listed.has(parts.slice(k).map((p) => p.text).join('.').toLowerCase())) return true;
  }
  return false;
}
