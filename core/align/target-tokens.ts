import type { TargetLang } from '../model/types';
import { BoundedMemo } from '../text/bounded-memo';
import { palladiusForms } from '../text/palladius';
import { snowballStem } from '../text/stem';
import { EN_STOPWORDS } from './data/en-stopwords';
import { RU_STOPWORDS } from './data/ru-stopwords';
import { TARGET_PUNCT_KEYS } from './data/punctuation';
import { englishNumberRuns, numberKey, numberScale, parseArabic, russianNumberWord } from './numbers';

/** A piece of evidence found in an English or Russian sentence. */
export interface TargetToken {
  key: string;
  kind: 'word' | 'number' | 'name' | 'punct';
}

interface LangTools {
  lang: TargetLang;
  stop: ReadonlySet<string>;
}

const tools = new Map<TargetLang, LangTools>();

function langTools(lang: TargetLang): LangTools {
  let t = tools.get(lang);
  if (!t) {
    t = { lang, stop: new Set(lang === 'en' ? EN_STOPWORDS : RU_STOPWORDS) };
    tools.set(lang, t);
  }
  return t;
}

/** Snowball stem of a lower-cased word (core/text/stem.ts), the form lexicon entries are stored in. */
export function stemWord(word: string, lang: TargetLang): string {
  return snowballStem(word, lang);
}

/** True for words that carry no alignment evidence (articles, pronouns, auxiliaries…). */
export function isStopword(word: string, lang: TargetLang): boolean {
  return langTools(lang).stop.has(word);
}

/** Any character with a punctuation key: the regex skips the rest of the sentence in one step. */
const TARGET_PUNCT = new RegExp(`[${Object.keys(TARGET_PUNCT_KEYS).map((c) => `\\u{${c.codePointAt(0)!.toString(16)}}`).join('')}]`, 'gu');
const OPENING_SINGLE_QUOTE = /(?:^|\s)'(?=\p{L})/u;
const WORD = /[\p{L}\p{N}]+(?:[.,][\p{N}]+)*/gu;

/** Sentences already tokenised, per language (see targetTokens). */
const MEMO_LIMIT = 100_000;
const memo: Record<TargetLang, BoundedMemo<string, readonly TargetToken[]>> = {
  en: new BoundedMemo(MEMO_LIMIT, (text) => tokenise(text, 'en')),
  ru: new BoundedMemo(MEMO_LIMIT, (text) => tokenise(text, 'ru')),
};

/**
 * Evidence tokens of a target sentence (or of a machine translation): content-word stems, numbers
 * (digits and spelled-out), capitalised words as name candidates, and structural punctuation.
 * Memoised per text: one alignment tokenises each sentence for the evidence, the learned pairs,
 * the verdicts and the wrong-document check, and re-aligning a selection in the app tokenises the
 * same sentences again. The arrays are shared, so callers must not modify them.
 */
export function targetTokens(text: string, lang: TargetLang): readonly TargetToken[] {
  return memo[lang].get(text);
}

const NO_TOKENS: readonly TargetToken[] = [];

/**
 * The name keys a capitalised Russian word adds when it may be a Chinese name in Palladius
 * (core/text/palladius.ts): its forms without a case ending (Шанхае → @шанхай, Цзиньпином →
 * @цзиньпин), and, after another capitalised word, the two joined (Си Цзиньпином → @сицзиньпин,
 * Ван И → @вани): the forms the source's name keys take (source-units.ts).
 */
function palladiusNames(word: string, previous: string | undefined): readonly TargetToken[] {
  const out: TargetToken[] = [];
  for (const form of palladiusForms(word)) if (form !== word) out.push({ key: `@${form}`, kind: 'name' });
  if (previous !== undefined) for (const form of palladiusForms(previous + word)) out.push({ key: `@${form}`, kind: 'name' });
  return out.length ? out : NO_TOKENS;
}

function tokenise(text: string, lang: TargetLang): TargetToken[] {
  const tools = langTools(lang);
  const { stop } = tools;
  const norm = text.normalize('NFKC').replace(/\.\.\./g, '…');
  const out: TargetToken[] = [];
  const lower: string[] = [];
  let pendingNumber: number | undefined;
  // Into Russian: the previous word when it was capitalised, to read "Си Цзиньпин", "Ван И" as one name too.
  let previousCapital: string | undefined;
  // match() with /g returns just the strings, not a match object per word.
  for (const raw of norm.match(WORD) ?? []) {
    // ё is written е in most Russian text and in the lexicon (scripts/build-lexicon-ru.mjs): one key for both.
    const word = lang === 'ru' ? raw.toLowerCase().replace(/ё/g, 'е') : raw.toLowerCase();
    lower.push(word);
    let names: readonly TargetToken[] = NO_TOKENS;
    if (lang === 'ru') {
      const capital = raw[0] !== raw[0]!.toLowerCase() ? word : undefined;
      if (capital !== undefined) names = palladiusNames(capital, previousCapital);
      previousCapital = capital;
    }
    // Only a token that starts with a digit can be an Arabic number (parseArabic is a regex).
    const lead = raw.charCodeAt(0);
    const arabic = lead >= 0x30 && lead <= 0x39 ? parseArabic(raw) : undefined;
    if (arabic !== undefined) {
      out.push({ key: numberKey(arabic), kind: 'number' });
      pendingNumber = arabic;
      continue;
    }
    // "2 million", "250 млн": digits scaled by the next word.
    const scale = pendingNumber === undefined ? undefined : numberScale(word, lang);
    if (scale !== undefined) out.push({ key: numberKey(pendingNumber! * scale), kind: 'number' });
    pendingNumber = undefined;
    if (lang === 'ru') {
      const n = russianNumberWord(word);
      if (n !== undefined) {
        out.push({ key: numberKey(n), kind: 'number' });
        continue;
      }
    }
    if (stop.has(word) || word.length < 2) {
      for (const t of names) out.push(t);
      continue;
    }
    out.push({ key: snowballStem(word, tools.lang), kind: 'word' });
    const first = raw[0]!;
    if (first !== first.toLowerCase()) out.push({ key: `@${word}`, kind: 'name' });
    // After the word's own tokens: a word token is followed by its own name token (targetWords reads that).
    for (const t of names) out.push(t);
  }
  if (lang === 'en') for (const run of englishNumberRuns(lower)) out.push({ key: numberKey(run.value), kind: 'number' });
  for (const ch of norm.match(TARGET_PUNCT) ?? []) out.push({ key: TARGET_PUNCT_KEYS[ch]!, kind: 'punct' });
  // British-style dialogue opens with a straight single quote; an apostrophe never follows a space.
  if (OPENING_SINGLE_QUOTE.test(norm)) out.push({ key: '%q', kind: 'punct' });
  return out;
}
