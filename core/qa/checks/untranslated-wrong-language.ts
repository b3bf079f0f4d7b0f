import { EN_STOPWORDS } from '../../align/data/en-stopwords';
import { RU_STOPWORDS } from '../../align/data/ru-stopwords';
import type { TargetLang } from '../../model/types';
import { OTHER_CHAR, wordCharClass } from '../../text/word-chars';
import { beadFinding, quote } from '../finding';
import { sideText } from '../side-text';
import type { BeadCheck, BeadView, Finding, LocatedSentence } from '../types';

/**
 * The other target language's function words, lower case. The aligner's stop lists, less the one-letter
 * pieces and dictionary-gloss words its English list carries for CC-CEDICT ("sb", "lit", "e"): a run of
 * Latin words in a Russian sentence is English, not a name or a title, when it carries these.
 */
const GLOSS_NOISE = new Set(['sb', 'sth', 'etc', 'particle', 'indicate', 'indicating', 'expressing', 'marker', 'lit',
  'fig', 'abbr', 'esp', 'cl', 'tw', 'pr', 'ie', 'i.e', 'don', 'll', 've', 're', 'oh', 'ah', 'old']);
const FUNCTION_WORDS: Record<TargetLang, ReadonlySet<string>> = {
  // A Russian translation's stray words are English (Latin script), an English one's Russian.
  ru: new Set(EN_STOPWORDS.filter((w) => (w.length > 1 || w === 'a' || w === 'i') && !GLOSS_NOISE.has(w))),
  en: new Set(RU_STOPWORDS),
};
const LANGUAGE_NAME: Record<TargetLang, string> = { en: 'English', ru: 'Russian' };
const OTHER: Record<TargetLang, TargetLang> = { en: 'ru', ru: 'en' };

/**
 * How much of the other language a run needs before it is text, not a name: several words and its
 * function words. Latin names and titles are common in Russian text, so a Latin run needs two function
 * words; Cyrillic in an English translation of Chinese has hardly any excuse, so one is enough. A
 * whole sentence with no word of its own language needs less: three words, one function word.
 */
const MIN_WORDS = 4;
const MIN_FUNCTION_WORDS: Record<TargetLang, number> = { ru: 2, en: 1 };
const MIN_SENTENCE_WORDS = 3;

const ID = 'untranslated.wrong-language';
const LATIN = 1;
const CYRILLIC = 2;
/** A token of the sentence's own script, or any other letters (Han…): it ends a run. */
const HOME = 3;
/** Digits (COVID-19, H2O, 12.00), a piece of an address or code (my.norton.com, info@…): it neither counts nor ends a run. */
const NEUTRAL = 4;

function scriptOf(unit: number): number {
  if ((unit >= 0x41 && unit <= 0x5a) || (unit >= 0x61 && unit <= 0x7a)) return LATIN;
  if (unit >= 0xc0 && unit <= 0x24f && unit !== 0xd7 && unit !== 0xf7) return LATIN;
  if (unit >= 0x400 && unit <= 0x4ff) return CYRILLIC;
  return 0;
}

function isLower(unit: number): boolean {
  return (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x430 && unit <= 0x45f) || (unit >= 0xdf && unit <= 0xff && unit !== 0xf7);
}

function isDigit(unit: number): boolean {
  return unit >= 0x30 && unit <= 0x39;
}

/** A letter, digit or combining mark of the BMP (an astral character, emoji or rare Han, is left between tokens). */
function isWordUnit(unit: number): boolean {
  return scriptOf(unit) !== 0 || isDigit(unit) || (unit > 0x7f && unit < 0xd800 && wordCharClass(unit) !== OTHER_CHAR);
}

/** Characters that glue a token into an address, a path or code when they touch it. */
function isCodeGlue(unit: number): boolean {
  return unit === 0x40 /* @ */ || unit === 0x2f /* / */ || unit === 0x5c /* \ */ || unit === 0x5f /* _ */ || unit === 0x3d /* = */;
}

const OPENERS = '«“„"\'‘‹([';
const CLOSERS = '»”“"\'’›)]';

/** Whether s[start, end) is the whole of a quotation or a bracket: a quoted title, a term given in the original. */
function enclosed(s: string, start: number, end: number): boolean {
  let a = start - 1;
  while (a >= 0 && s[a] === ' ') a--;
  let b = end;
  while (b < s.length && (s[b] === ' ' || s[b] === '.' || s[b] === ',' || s[b] === '!' || s[b] === '?')) b++;
  return a >= 0 && b < s.length && OPENERS.includes(s[a]!) && CLOSERS.includes(s[b]!);
}

/** Whether the source gives most of the run's words itself (a Chinese text quoting English); "a", "of" prove nothing. */
function sourceHasIt(source: string, words: readonly string[]): boolean {
  let found = 0;
  let asked = 0;
  for (const w of words) {
    if (w.length < 3) continue;
    asked++;
    if (source.includes(w)) found++;
  }
  return asked > 0 && found * 2 >= asked;
}

interface Run {
  start: number;
  end: number;
  words: string[];
  functionWords: number;
  lowerContent: number;
}

/**
 * The runs of the other language's words in one sentence that could be text (three words, a function
 * word, a lower-case word), and how many words of its own language the sentence has. One pass over
 * the text: tokens are letters, digits, marks and inner apostrophes or hyphens.
 */
function otherLanguageRuns(s: string, lang: TargetLang): { runs: Run[]; homeWords: number } {
  const other = lang === 'ru' ? LATIN : CYRILLIC;
  const functionWords = FUNCTION_WORDS[lang];
  const runs: Run[] = [];
  let homeWords = 0;
  let run: Run | null = null;
  const close = (): void => {
    if (run && run.words.length >= MIN_SENTENCE_WORDS && run.functionWords > 0 && run.lowerContent > 0) runs.push(run);
    run = null;
  };
  let i = 0;
  const n = s.length;
  while (i < n) {
    const first = s.charCodeAt(i);
    if (!isWordUnit(first)) {
      i++;
      continue;
    }
    const start = i;
    let script = 0;
    let mixed = false;
    let digits = false;
    let lower = 0;
    let letters = 0;
    while (i < n) {
      const u = s.charCodeAt(i);
      if (isWordUnit(u)) {
        const sc = scriptOf(u);
        if (isDigit(u)) digits = true;
        else if (sc !== 0) {
          letters++;
          if (isLower(u)) lower++;
          if (script === 0) script = sc;
          else if (script !== sc) mixed = true;
        } else if (u < 0x300 || u > 0x36f) mixed = true; // Han or another script's letter
        i++;
      } else if ((u === 0x27 || u === 0x2019 || u === 0x2d) && i + 1 < n && scriptOf(s.charCodeAt(i + 1)) !== 0) {
        i++; // don't, well-known, по-английски
      } else break;
    }
    const before = start > 0 ? s.charCodeAt(start - 1) : 0;
    const after = i < n ? s.charCodeAt(i) : 0;
    const code =
      isCodeGlue(before) || isCodeGlue(after) || before === 0x2e /* .com */ ||
      (after === 0x2e && i + 1 < n && isLower(s.charCodeAt(i + 1))) || (after === 0x3a && s.charCodeAt(i + 1) === 0x2f);
    const kind = digits || code ? NEUTRAL : mixed || script !== other ? HOME : other;
    if (kind === HOME) {
      if (script !== 0) homeWords++;
      close();
    } else if (kind === other) {
      const upperOnly = lower === 0;
      if (upperOnly && letters > 1) {
        if (run) run.end = i; // an abbreviation inside the run (GMT, NATO)
      } else {
        const word = s.slice(start, i).toLowerCase();
        if (!run) run = { start, end: i, words: [], functionWords: 0, lowerContent: 0 };
        run.end = i;
        run.words.push(word);
        // Only a word wholly in lower case: "The" opens a sentence or a title, "iPhone" is a name.
        if (lower === letters) {
          if (functionWords.has(word)) run.functionWords++;
          else run.lowerContent++;
        }
      }
    }
  }
  close();
  return { runs, homeWords };
}

/** A letter of the other language's script: most sentences have none, and one native search skips them. */
const OTHER_SCRIPT: Record<TargetLang, RegExp> = { ru: /[A-Za-z]/, en: /[\u0400-\u04ff]/ };

function sentenceFindings(bead: BeadView, located: LocatedSentence, source: () => string): Finding[] {
  const s = located.sentence.text;
  if (!OTHER_SCRIPT[bead.lang].test(s)) return [];
  const { runs, homeWords } = otherLanguageRuns(s, bead.lang);
  if (runs.length === 0) return [];
  const findings: Finding[] = [];
  const own = LANGUAGE_NAME[bead.lang];
  const other = LANGUAGE_NAME[OTHER[bead.lang]];
  for (const run of runs) {
    const wholeSentence = homeWords === 0;
    if (!wholeSentence && (run.words.length < MIN_WORDS || run.functionWords < MIN_FUNCTION_WORDS[bead.lang])) continue;
    if (sourceHasIt(source(), run.words)) continue;
    const range = { sentence: located.sentence.id, start: run.start, end: run.end };
    const text = s.slice(run.start, run.end);
    if (wholeSentence) {
      // The whole sentence is the other draft's: quotation marks around it excuse nothing.
      findings.push(beadFinding({ id: ID, severity: 'error' }, bead, `This sentence of the ${own} translation is in ${other}: ${quote(text)}.`, { target: range }));
    } else if (!enclosed(s, run.start, run.end)) {
      // A run inside a sentence of the right language may be a phrase a reviewer keeps: a warning.
      findings.push(beadFinding({ id: ID, severity: 'warning' }, bead, `${other} words left in the ${own} translation: ${quote(text)}.`, { target: range }));
    }
  }
  return findings;
}

/**
 * Text in the other target language: the English draft's sentence, or a clause of it, left in the
 * Russian translation, or Russian in the English one (a trilingual workflow's paste). A run of the
 * other script counts when it is several words long, carries that language's function words ("the",
 * "of", "that"; «и», «что», «на») and a lower-case word (a title in title case, "Bank of America", is a
 * name), is no address or code, and is not the source's own text. A whole sentence is an error; a
 * run inside a sentence of the right language is a warning, and not reported when a quotation or a
 * bracket holds exactly it (a quoted title, a term given in the original).
 */
export const untranslatedWrongLanguage: BeadCheck = {
  id: ID,
  severity: 'error',
  scope: 'bead',
  description: 'A sentence or a run of words in the other target language (English left in a Russian translation, or Russian in an English one).',
  run(bead) {
    const findings: Finding[] = [];
    let sourceLower: string | undefined;
    const source = (): string => (sourceLower ??= sideText(bead.source).text.toLowerCase());
    for (const located of bead.target) {
      for (const f of sentenceFindings(bead, located, source)) findings.push(f);
    }
    return findings;
  },
};
