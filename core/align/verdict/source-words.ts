import type { TargetLang } from '../../model/types';
import { palladiusOfReading } from '../../text/palladius';
import { ZH_STOPWORDS } from '../data/zh-stopwords';
import type { Lexicon, LexiconEntry } from '../lexicon';
import { numberKey, parseArabic, parseZhNumeral, romanNumeral, ZH_NUMERAL_CHARS } from '../numbers';
import { longestHeadwordAt, palladiusReadingsOf, pinyinReadingsOf, structureLabelAt } from '../source-units';
import { isStopword, stemWord, targetTokens } from '../target-tokens';
import type { KeyLookup } from './key-set';

/** One evidence word of a Chinese sentence, where it is, and the target keys that render it. */
export interface SourceWord {
  text: string;
  /** UTF-16 offsets into the NFKC-normalised sentence. */
  start: number;
  end: number;
  keys: readonly string[];
  /** A transliterated name (克里斯蒂娜): any name-like word of the translation may render it. */
  name?: boolean;
  /** An Arabic number or a Latin token: carried over by nearly every translation (member-gap.ts weighs it apart). */
  strong?: boolean;
}

/**
 * Characters Chinese uses to transliterate foreign names (Xinhua's tables, the most frequent). A run
 * of two or more is one name, not five dictionary words ("克, 斯, 蒂, 娜" have no counterpart).
 */
const TRANSLIT = new Set(
  '阿埃艾爱安昂奥巴拜班邦贝本比彼宾波伯博布查达戴丹德登迪蒂丁杜顿多厄恩尔法菲费芬弗福夫盖甘冈戈格根古瓜哈海汉豪赫亨胡霍基吉加贾杰金卡凯坎康柯科克肯库夸奎拉莱赖兰朗劳勒雷里利莉丽林琳卢鲁伦罗洛玛迈曼梅蒙米莫姆穆纳奈南内尼妮努诺帕派潘佩彭皮普奇齐乔切钦琴萨塞桑瑟森莎什施斯苏索塔泰坦汤特滕提图托瓦威韦维温沃乌伍西希锡辛雅亚扬耶伊因尤约扎泽詹兹卓佐娜娅黛薇蕾琪芙嘉茨沙夏斐赛蓓琼·',
);
/** The key a name matches: the translation has a capitalised word that does not open the sentence. */
export const NAME_KEY = '@name';
/** Stems agreeing on this many leading letters are one word (выбор/выборах, argentina/argentine). */
const PREFIX = 5;

/**
 * The looser key of a stem: its first PREFIX letters, ё written е (dictionaries and translators
 * differ on both). Undefined for a stem too short to shorten safely.
 */
export function prefixKey(stem: string): string | undefined {
  return stem.length >= PREFIX ? `~${stem.slice(0, PREFIX).replace(/ё/g, 'е')}` : undefined;
}

/** Adds a stem and its looser key to a key set. */
export function addKey(keys: Set<string>, stem: string): void {
  keys.add(stem);
  const loose = prefixKey(stem);
  if (loose) keys.add(loose);
  else if (stem.includes('ё')) keys.add(stem.replace(/ё/g, 'е'));
}

/** True when the stem, or its looser key, is in the set. */
export function hasKey(keys: KeyLookup, stem: string): boolean {
  if (keys.has(stem)) return true;
  const loose = prefixKey(stem);
  return loose ? keys.has(loose) : stem.includes('ё') && keys.has(stem.replace(/ё/g, 'е'));
}
/** A capitalised word (not "I") that does not open a sentence: a name in English and Russian. */
const INNER_CAPITAL = /[^\s.!?…]\s+[«“"'(]?\p{Lu}\p{L}/u;

const ZH_STOP = new Set(ZH_STOPWORDS);
const HAN = /[\u3400-\u9fff\uf900-\ufaff\u3007]/u;
const DIGIT = /[\p{Nd}]/u;
const LATIN = /[A-Za-z]/;
/** An English ordinal ending right after digits (1st, 2nd, 3rd, 4th), not the start of a word (1stop). */
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)(?![A-Za-z])/i;
/** Dictionary headwords worth looking up are short; longer entries are idioms the search would not gain from. */
const MAX_WORD = 8;

/**
 * The words of a Chinese sentence that carry evidence a translation must show: dictionary words
 * (forward maximum matching, stopwords left out), numbers, Latin tokens, with their positions, so
 * a finding can name them ("白烟, 工厂 have no counterpart") and tell where in the sentence they sit.
 */
export function sourceWords(text: string, lang: TargetLang, lexicon: Lexicon | undefined): SourceWord[] {
  const norm = text.normalize('NFKC');
  const words: SourceWord[] = [];
  // Where single characters were read (a Chinese name the dictionary lacks shows there).
  const singles: number[] = [];
  let i = 0;
  while (i < norm.length) {
    const c = norm[i]!;
    if (HAN.test(c)) {
      // 第四条 is "Article 4": the label's number is the word (source-units.ts reads it the same way).
      const label = c === '第' ? structureLabelAt(norm, i, lexicon) : undefined;
      if (label) {
        words.push({ text: norm.slice(i, label.end), start: i, end: label.end, keys: label.keys });
        i = label.end;
        continue;
      }
      let n = i;
      while (n < norm.length && ZH_NUMERAL_CHARS.has(norm[n]!)) n++;
      let best = 0;
      let stems: readonly string[] = [];
      let entry: LexiconEntry | undefined;
      const longest = lexicon ? Math.min(MAX_WORD, lexicon.maxWordLength, norm.length - i, longestHeadwordAt(lexicon, norm, i)) : 0;
      for (let len = longest; len >= 1 && lexicon; len--) {
        const e = lexicon.entries.get(norm.slice(i, i + len));
        if (e) {
          best = len;
          stems = e.stems;
          entry = e;
          break;
        }
      }
      const name = nameRun(norm, i);
      if (name - i >= 2 && name - i >= best) {
        // A name the dictionary knows (巴西 → Brazil) is a word like any other; an unknown one is
        // rendered by some name of the translation.
        if (name - i === best) words.push({ text: norm.slice(i, name), start: i, end: name, keys: stems });
        else words.push({ text: norm.slice(i, name), start: i, end: name, keys: [NAME_KEY], name: true });
        i = name;
        continue;
      }
      if (n > i && n - i >= best) {
        const value = parseZhNumeral(norm.slice(i, n));
        if (value !== undefined && value >= 2) words.push({ text: norm.slice(i, n), start: i, end: n, keys: numberKeys(value, norm[n]) });
        i = n + dateUnit(value, norm[n]);
        continue;
      }
      const word = norm.slice(i, i + Math.max(1, best));
      if (best > 0 && stems.length > 0 && !ZH_STOP.has(word)) {
        // A proper name the dictionary knows (习近平, 上海) is also found by its Palladius spelling.
        const names = best > 1 && lang === 'ru' && entry ? properNameKeys(entry.pinyin) : NO_KEYS;
        words.push({ text: word, start: i, end: i + best, keys: names.length ? [...stems, ...names] : stems });
      }
      if (best <= 1) singles.push(i);
      i += Math.max(1, best);
      continue;
    }
    if (DIGIT.test(c) || LATIN.test(c)) {
      const read = DIGIT.test(c) ? arabicNumberAt(norm, i) : latinTokenAt(norm, i, lang);
      if (read.word) words.push(read.word);
      i = read.next;
      continue;
    }
    i++;
  }
  if (lexicon && singles.length) addSingleNameKeys(norm, words, singles, lexicon, lang === 'ru' ? palladiusReadingsOf : pinyinReadingsOf);
  return words;
}

const NO_KEYS: readonly string[] = [];

/** A word read at an offset of the sentence (none when what is there is no evidence), and where reading goes on. */
type ReadWord = { word?: SourceWord; next: number };

/** The Arabic number at i (with a century or an English ordinal suffix), and the date unit after it skipped. */
function arabicNumberAt(norm: string, i: number): ReadWord {
  let j = i;
  while (j < norm.length && /[\p{Nd}.,]/u.test(norm[j]!)) j++;
  const raw = norm.slice(i, j).replace(/[.,]$/, '');
  const value = parseArabic(raw);
  const century = value !== undefined ? centuryAt(norm, i + raw.length, value) : undefined;
  if (century) return { word: { text: norm.slice(i, century.end), start: i, end: century.end, keys: century.keys, strong: true }, next: century.end };
  // "1st", "22nd": the English ordinal's letters belong to the number (not a Latin word "st" no translation shows).
  const suffix = value !== undefined ? (ORDINAL_SUFFIX.exec(norm.slice(i + raw.length, i + raw.length + 3))?.[0].length ?? 0) : 0;
  const next = i + raw.length + suffix + dateUnit(value, norm[i + raw.length]);
  if (value === undefined) return { next };
  return { word: { text: norm.slice(i, i + raw.length + suffix), start: i, end: i + raw.length + suffix, keys: numberKeys(value, norm[i + raw.length]), strong: true }, next };
}

/** The Latin token at i (a word, a name, an acronym); none for a stopword or a single letter. */
function latinTokenAt(norm: string, i: number, lang: TargetLang): ReadWord {
  let j = i;
  while (j < norm.length && /[A-Za-z0-9'-]/.test(norm[j]!)) j++;
  const word = norm.slice(i, j).toLowerCase();
  if (word.length < 2 || isStopword(word, lang)) return { next: j };
  // Into Russian a Latin name is transliterated (Kanjar → Канджар): its consonants match.
  const keys = [word, stemWord(word, lang)];
  const sound = lang === 'ru' ? consonantKey(word) : undefined;
  if (sound) keys.push(sound);
  // An acronym (NHC, GMT) is spelled out in Russian, not carried over: a plain word there.
  const acronym = lang === 'ru' && norm.slice(i, j) === norm.slice(i, j).toUpperCase();
  return { word: { text: norm.slice(i, j), start: i, end: j, keys, strong: !acronym }, next: j };
}

/** The name keys of a dictionary word's proper-name readings (xi_jin-ping → @си, @цзиньпин, @сицзиньпин). */
function properNameKeys(readings: readonly string[]): readonly string[] {
  if (readings.length === 0) return NO_KEYS;
  const out: string[] = [];
  for (const r of readings) for (const spelling of palladiusOfReading(r)) out.push(`@${spelling}`);
  return out;
}

/** Spellings per window considered, as the aligner's name keys (source-units.ts). */
const MAX_SPELLINGS = 8;

/**
 * A Chinese name the dictionary lacks (陈清扬, 王琦瑶) is read one character at a time: each such
 * word also takes the spellings of the windows of one to three adjacent single characters it sits
 * in, as the translation writes the name — Palladius into Russian (чэнь, цинян, чэньцинян), pinyin
 * into English (wang, qiyao, wangqiyao): the keys the aligner's name channel reads (source-units.ts).
 * Without them every sentence naming a character of a novel counts its name as two or three
 * dictionary words ("king", "jade"…) no translation shows.
 */
function addSingleNameKeys(norm: string, words: SourceWord[], singles: readonly number[], lexicon: Lexicon, readingsOf: (lexicon: Lexicon, char: string) => readonly string[]): void {
  const spellingsAt = new Map<number, readonly string[]>();
  for (const at of singles) spellingsAt.set(at, readingsOf(lexicon, norm[at]!));
  const keysAt = new Map<number, Set<string>>();
  for (const start of singles) {
    let acc = [''];
    // A window runs over adjacent single characters only.
    for (let len = 1, at = start; len <= 3 && spellingsAt.has(at); len++, at++) {
      const r = spellingsAt.get(at)!;
      const next: string[] = [];
      for (const a of acc) for (const b of r) if (next.length < MAX_SPELLINGS) next.push(a + b);
      if (next.length === 0) break;
      acc = next;
      for (let k = start; k <= at; k++) {
        let set = keysAt.get(k);
        if (!set) keysAt.set(k, (set = new Set()));
        for (const spelling of acc) set.add(`@${spelling}`);
      }
    }
  }
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    const keys = word.end - word.start === 1 ? keysAt.get(word.start) : undefined;
    if (keys?.size) words[w] = { ...word, keys: [...word.keys, ...keys] };
  }
}

/** Latin letters (and digraphs) as the Russian consonant a transliteration writes for them. */
const LATIN_SOUNDS: ReadonlyArray<readonly [string, string]> = [
  ['sch', 'ш'], ['sh', 'ш'], ['ch', 'ч'], ['zh', 'ж'], ['kh', 'х'], ['th', 'т'], ['ph', 'ф'], ['ts', 'ц'], ['ck', 'к'],
  ['b', 'б'], ['c', 'к'], ['d', 'д'], ['f', 'ф'], ['g', 'г'], ['h', 'х'], ['j', 'д'], ['k', 'к'], ['l', 'л'], ['m', 'м'],
  ['n', 'н'], ['p', 'п'], ['q', 'к'], ['r', 'р'], ['s', 'с'], ['t', 'т'], ['v', 'в'], ['w', 'в'], ['x', 'к'], ['z', 'з'],
];
const CYRILLIC_CONSONANT = /[бвгджзйклмнпрстфхцчшщ]/;

/**
 * The first three consonants (two at least) of a name, Latin or Cyrillic, written the Russian way: Kanjar and
 * Канджар both give "%кнд", Dunlap and Данлэп "%днл". Undefined for a word with fewer.
 */
export function consonantKey(word: string): string | undefined {
  const w = word.toLowerCase();
  let out = '';
  for (let i = 0; i < w.length && out.length < 3; ) {
    const c = w[i]!;
    if (CYRILLIC_CONSONANT.test(c)) {
      // х and the ж of дж are written or not as the transliterator hears an h (John/Джон, Uthappa/Утхаппа).
      const silent = c === 'й' || c === 'х' || (c === 'ж' && w[i - 1] === 'д');
      if (!silent && !out.endsWith(c)) out += c;
      i++;
      continue;
    }
    const hit = LATIN_SOUNDS.find(([l]) => w.startsWith(l, i));
    if (hit) {
      if (hit[1] !== 'х' && !out.endsWith(hit[1])) out += hit[1];
      i += hit[0].length;
    } else i++;
  }
  return out.length >= 2 ? `%${out}` : undefined;
}

const MONTHS: Record<TargetLang, readonly string[]> = {
  en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  ru: ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь', 'января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
};

/** A number's keys: its value, and for "5月" the month's name too (May, мая). */
function numberKeys(value: number, next: string | undefined): string[] {
  const keys = [numberKey(value)];
  if (next === '月' && Number.isInteger(value) && value >= 1 && value <= 12) keys.push(`month:${value}`);
  return keys;
}

/** The month keys a translation's month names give ("May" is an English stop word). */
function addMonthKeys(keys: Set<string>, text: string, lang: TargetLang): void {
  const names = MONTHS[lang];
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    const k = names.indexOf(word);
    if (k >= 0) keys.add(`month:${(k % 12) + 1}`);
  }
}

/**
 * 1 when the number is followed by a date unit (年, 月, 日, 号) that the number itself carries:
 * "2025年5月8日" ↔ "May 8, 2025" shows no word for year, month or day.
 */
function dateUnit(value: number | undefined, next: string | undefined): number {
  return value !== undefined && next !== undefined && '年月日号'.includes(next) ? 1 : 0;
}

const CENTURY = /^\s*世纪(?:\s*(\d{1,2})\s*年代)?/u;

/**
 * "20 世纪 60 年代" is the 1960s (1960-х), "16 世纪" the 16th century (XVI век): one word whose
 * keys are the forms a translation writes, not two numbers the translation never shows.
 */
function centuryAt(norm: string, at: number, value: number): { end: number; keys: string[] } | undefined {
  const m = CENTURY.exec(norm.slice(at, at + 12));
  if (!m || !Number.isInteger(value) || value < 1 || value > 30) return undefined;
  const end = at + m[0].length;
  if (m[1] !== undefined) {
    const year = (value - 1) * 100 + Number(m[1]);
    return { end, keys: [numberKey(year), `${year}s`] };
  }
  const roman = romanNumeral(value);
  const tens = value % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][value % 10] ?? 'th');
  return { end, keys: [numberKey(value), roman, `${value}${suffix}`] };
}

/** Whether a character is one Chinese uses to transliterate foreign names (迪, 拜, 娜; not ·). */
export function isTransliterationCharacter(c: string): boolean {
  return c !== '·' && TRANSLIT.has(c);
}

/**
 * Whether a Chinese text holds a run of two or more transliteration characters: a foreign name
 * (特朗普, 拜登), which a translation renders by a name no dictionary lists. Without the lexicon, so a
 * dictionary word made of such characters (基本) also counts: callers use it only to soften a claim.
 */
export function hasTransliteratedName(text: string): boolean {
  let run = 0;
  for (const c of text) {
    run = TRANSLIT.has(c) && c !== '·' ? run + 1 : 0;
    if (run >= 2) return true;
  }
  return false;
}

/** End of the run of transliteration characters starting at i (i itself when there is none). */
function nameRun(norm: string, i: number): number {
  let j = i;
  while (j < norm.length && TRANSLIT.has(norm[j]!)) j++;
  return j;
}

/**
 * The keys a translation offers, to test source words against: word stems and numbers, their
 * leading letters (the dictionary's stem and the translation's inflected form often differ in the
 * ending, above all in Russian), and NAME_KEY when a word inside a sentence is capitalised.
 */
export function targetKeys(texts: readonly string[], lang: TargetLang): Set<string> {
  const keys = new Set<string>();
  for (const t of texts) {
    for (const tok of targetTokens(t, lang)) {
      if (tok.kind === 'word') {
        addKey(keys, tok.key);
        addDimensionKeys(keys, tok.key);
      }
      else if (tok.kind === 'number') keys.add(tok.key);
      // A capitalised English word, exactly (@qiyao): the pinyin keys of a name read one character
      // at a time match it (addSingleNameKeys). "@name" is the key of every name: not a word's.
      else if (tok.kind === 'name' && lang === 'en' && tok.key !== NAME_KEY) keys.add(tok.key);
      else if (tok.kind === 'name' && lang === 'ru') {
        const sound = consonantKey(tok.key.slice(1));
        if (sound) keys.add(sound);
        // The Palladius forms (Шанхае → @шанхай) a Chinese name's keys match, exactly (no looser key).
        keys.add(tok.key);
      }
    }
    if (INNER_CAPITAL.test(t.normalize('NFKC'))) keys.add(NAME_KEY);
    addMonthKeys(keys, t, lang);
    addNumericDateKeys(keys, t);
  }
  return keys;
}

/** A size written as one token, "6x4", "10х15" (Cyrillic х), "1920×1080", with an optional unit after it. */
const DIMENSION = /^(\d+)[xх×](\d+)([a-zа-я]*)$/u;

/**
 * The keys the source's words take for a size written as one token: the source reads "6x4" as
 * the number 6 and the Latin word x4, "1920×1080" as two numbers; a Russian translation writes
 * the x as Cyrillic х. Without these a sound "6x4" counts as two words the translation lacks.
 */
function addDimensionKeys(keys: Set<string>, token: string): void {
  const m = DIMENSION.exec(token);
  if (!m) return;
  keys.add(numberKey(Number(m[1])));
  keys.add(numberKey(Number(m[2])));
  keys.add(`x${m[2]}`);
  if (/^[a-z]*$/.test(m[3]!)) keys.add(`x${m[2]}${m[3]}`);
}

/** "18.12" or "12/18" — a day and a month written as digits: one number token, two source words. */
const NUMERIC_DATE = /(?<![\d.,/])(\d{1,2})([./])(\d{1,2})(?:\2\d{2,4})?(?![\d,]|[./]\d)/g;

/**
 * The day and month of a date written as digits ("18.12", "12/18/2021"), as the keys of 18 日 and
 * 12 月 (a number and a month). Both parts up to 31 and one up to 12, so "3.50" stays a decimal.
 */
function addNumericDateKeys(keys: Set<string>, text: string): void {
  for (const m of text.normalize('NFKC').matchAll(NUMERIC_DATE)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    if (a < 1 || b < 1 || a > 31 || b > 31 || (a > 12 && b > 12)) continue;
    for (const part of [a, b]) {
      keys.add(numberKey(part));
      if (part <= 12) keys.add(`month:${part}`);
    }
  }
}

/**
 * The evidence words of a target sentence: content-word stems and numbers, each marked when it is
 * capitalised inside the sentence (a name, which a transliterated Chinese name may render), and
 * numbers (and Latin words inside Russian) as strong: what a source it came from would show.
 */
export function targetWords(text: string, lang: TargetLang): Array<{ key: string; name: boolean; strong: boolean }> {
  const out: Array<{ key: string; name: boolean; strong: boolean }> = [];
  const toks = targetTokens(text, lang);
  toks.forEach((tok, k) => {
    if (tok.kind === 'word' || tok.kind === 'number') {
      const strong = tok.kind === 'number' || (lang === 'ru' && LATIN.test(tok.key[0] ?? ''));
      out.push({ key: tok.key, name: k > 0 && toks[k + 1]?.kind === 'name', strong });
    }
  });
  return out;
}

/** True when some rendering of the word occurs in the translation. */
export function isCovered(word: SourceWord, keys: KeyLookup): boolean {
  for (const k of word.keys) if (hasKey(keys, k)) return true;
  return false;
}
