import type { TargetLang } from '../model/types';
import { regionDisplayNames } from '../spelling/region-names';
import { BoundedMemo } from '../text/bounded-memo';
import { COUNTRY_EXTRAS } from './data/countries';
import type { CountryExtras } from './data/countries';

/**
 * Countries named in a text: the translation's names (English, Russian, with Russian case forms),
 * the source's (Chinese full names, abbreviations in compounds: 中方, 中美, 俄军). A country is known
 * by its English name as `Intl.DisplayNames` gives it ("China", "United States"); a name that may
 * stand for two ("Korea", 刚果) gives both. Built once, lazily, from `Intl.DisplayNames` and
 * data/countries.ts.
 */

/** Two-letter codes that name no country: unions, the UN, Antarctica, pseudo-regions, a person's name (Diego Garcia). */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ', 'AQ', 'UM', 'DG', 'BV', 'HM', 'TF', 'CP', 'IO', 'GS']);

/**
 * English words that are country names but more often something else in running text: a person
 * (Jordan, Chad), a US state (Georgia), a pole, a garment. They still count as naming the country
 * where that is generous (a source country found in the translation), never as one the
 * translation adds.
 */
const EN_NOT_ADDED = new Set(['georgia', 'georgian', 'georgians', 'jordan', 'chad', 'jersey', 'guernsey', 'man', 'pole', 'poles', 'finn', 'finns', 'scot', 'lao', 'turk', 'dane']);
/** Russian names that are also common words at a sentence's start (Того «of that», Мали). */
const RU_NOT_ADDED = new Set(['того', 'мали', 'чад', 'гана']);

/** Names of places that hold a country's name but are not that country (the South China Sea, New Mexico). */
const EN_PLACES: readonly [string, string[]][] = [
  ['Latin America', []],
  ['South America', []],
  ['North America', []],
  ['Central America', []],
  ['Americas', []],
  ['South China Sea', []],
  ['East China Sea', []],
  ['New Mexico', ['United States']],
  ['New Jersey', ['United States']],
  ['New England', ['United States']],
  ['Washington State', ['United States']],
  ['New South Wales', ['Australia']],
  ['Inner Mongolia', ['China']],
  ['Korea', ['South Korea', 'North Korea']],
  ['Korean', ['South Korea', 'North Korea']],
  ['Koreans', ['South Korea', 'North Korea']],
  ['Korean Peninsula', ['South Korea', 'North Korea']],
  ['Congo', ['Congo - Kinshasa', 'Congo - Brazzaville']],
];
const RU_PLACES: readonly [string, string[]][] = [
  ['Латинская Америка', []],
  ['Южная Америка', []],
  ['Северная Америка', []],
  ['Центральная Америка', []],
  ['Южно-Китайское', []],
  ['Восточно-Китайское', []],
  ['Нью-Мексико', ['United States']],
  ['Нью-Джерси', ['United States']],
  ['Внутренняя Монголия', ['China']],
  ['Корея', ['South Korea', 'North Korea']],
  ['корейский', ['South Korea', 'North Korea']],
  ['кореец', ['South Korea', 'North Korea']],
  ['корейцы', ['South Korea', 'North Korea']],
  ['Конго', ['Congo - Kinshasa', 'Congo - Brazzaville']],
];

/** Chinese words that name a country without being its name, for the generous reading only (华人, 汉语, 我国, 访华). */
const ZH_GENEROUS: readonly [string, string[]][] = [
  ['华', ['China']],
  ['汉', ['China']],
  ['我国', ['China']],
  ['我方', ['China']],
  ['我军', ['China']],
  ['京', ['China']],
  ['沪', ['China']],
  ['港', ['Hong Kong SAR China']],
  ['台', ['Taiwan']],
  ['苏联', ['Russia']],
  ['苏方', ['Russia']],
  ['苏军', ['Russia']],
  ['突厥', ['Türkiye']],
  ['印第安', ['India', 'United States']],
  ['哈萨克', ['Kazakhstan']],
  ['塔吉克', ['Tajikistan']],
  ['乌兹别克', ['Uzbekistan']],
  ['吉尔吉斯', ['Kyrgyzstan']],
  ['柯尔克孜', ['Kyrgyzstan']],
  ['刚果', ['Congo - Kinshasa', 'Congo - Brazzaville']],
  ['美洲', ['United States']],
];
/** Source words that hold a country pair of characters but are a region (中美洲 Central America). */
const ZH_PLACES = ['中美洲', '中东', '中亚', '中欧'];
/** 中非 is China–Africa in diplomatic text, the Central African Republic in CLDR: either. */
const ZH_FIRM_EXTRA: readonly [string, string[]][] = [['中非', ['China', 'Central African Republic']]];

/** Two-character Chinese names that are also common substrings (沿海地区 holds 海地): generous only. */
const ZH_FIRM_TWO = new Set(
  '日本 朝鲜 印度 越南 泰国 老挝 缅甸 伊朗 巴西 古巴 埃及 蒙古 瑞士 瑞典 挪威 丹麦 芬兰 波兰 荷兰 希腊 南非 苏丹 捷克 冰岛 智利 秘鲁 约旦 台湾 香港 澳门 沙特 印尼 波黑 俄国 南韩 北韩'.split(' '),
);

/** Ambiguous abbreviations (巴方: Pakistan, Brazil or Palestine) beside those of data/countries.ts. */
const ZH_ABBR_MORE: readonly [string, string[]][] = [
  ['巴', ['Palestinian Territories']],
  ['阿', ['Algeria', 'United Arab Emirates']],
  ['新', ['New Zealand']],
  ['瑞', ['Switzerland', 'Sweden']],
  ['伊', ['Iran', 'Iraq']],
  ['乌', ['Uzbekistan']],
  ['澳', ['Macao SAR China']],
  ['印', ['Indonesia']],
];
/** A character after an abbreviation that makes it one (中方, 美军, 俄语, 日企, 韩剧, 欧元). */
const ZH_ABBR_AFTER = new Set('方国军籍裔侨语文媒企资元币镑式系货剧股洲人队舰机商政总外驻使领首帝'.split(''));
/** A character before an abbreviation that makes it one (访华, 驻美, 赴日, 对俄, 反美, 抗日, 留法). */
const ZH_ABBR_BEFORE = new Set('访驻赴在来对反亲抗侵旅留知援联离回'.split(''));
/** 华 after these is China as firmly as 中国 (在华, 访华, 来华, 赴华, 驻华, 侵华, 离华, 援华). */
const ZH_HUA_FIRM = /[在访来赴驻侵离援]华/gu;
/** Abbreviations that name a country firmly in X方 (中方, 美方, 德方): not 比方, 以方便, 西方, 新方案. */
const ZH_FIRM_FANG = new Set('中美俄日韩朝英法德印巴澳加越泰菲蒙哈乌伊阿马埃叙缅柬希匈捷塞'.split(''));
/** 方 then one of these is a word of its own (方面, 方法, 方式, 方案…): 道德方面 names no Germany. */
const ZH_FANG_WORD = new Set('面法式案便向针位言才圆寸略略'.split(''));
/** The partners of 中 in a pair that names both countries (中美, 中俄, 中日韩); not 中西医, 中意, 中老年, 中古. */
const ZH_FIRM_PAIR = new Set('美俄日韩朝英法德印巴澳越泰哈乌白蒙缅柬菲希塞'.split(''));

/** Russian case endings (nouns and adjectives) read after a name's stem. */
const RU_ENDINGS = new Set(
  ['', 'а', 'я', 'у', 'ю', 'е', 'и', 'ы', 'о', 'й', 'ь', 'ой', 'ей', 'ом', 'ем', 'ою', 'ею', 'ам', 'ям', 'ах', 'ях', 'ами', 'ями', 'ов', 'ев', 'ий', 'ый', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ого', 'его', 'ому', 'ему', 'ым', 'им', 'ых', 'их', 'ую', 'юю', 'ыми', 'ими'],
);
const RU_ADJECTIVE_END = /(?:ий|ый|ой|ая|яя|ое|ее|ые|ие)$/u;

/** One word of a name as it is matched in the translation. */
interface WordForm {
  /** English: the lower-cased word. Russian: the stem the case endings follow, or the whole word when `exact`. */
  base: string;
  /** Match the word as written (Russian indeclinable names, all-capital abbreviations: США, US, КНДР). */
  exact?: string;
  /** Russian: the base is the word less its ending, so the bare base is no form (Дания: Дани is a person). */
  stripped?: boolean;
}

/** A name of the translation's language. */
interface TargetName {
  words: WordForm[];
  countries: string[];
  /** Counts as naming a country the translation adds (a name, adjective or demonym, not a capital). */
  addable: boolean;
  /** A name written with a capital (Russian adjectives are not). */
  capital: boolean;
  /** The country's capital city (Beijing, «Пекин»). */
  capitalCity: boolean;
}

interface TargetIndex {
  /** By the first word's key (English: the word; Russian: its first three letters), longest first. */
  byFirst: Map<string, TargetName[]>;
  /** Where a name may begin, found by the regex engine rather than a walk in script: an English capital; a Russian word's known first letters. */
  starts: RegExp;
  /** Per country, lower-cased word prefixes that name it generously (Japan… Japanese, япон… японского). */
  prefixes: Map<string, string[]>;
}

/** First words of several names, no evidence of any one country (South Korea, New Zealand, Южная Корея). */
const COMMON_FIRST_WORDS = new Set(['south', 'north', 'united', 'republic', 'democratic', 'central', 'saint', 'great', 'northern', 'western', 'eastern', 'equatorial', 'southern', 'french', 'british', 'american', 'caribbean', 'outlying', 'соединенн', 'республик', 'южн', 'северн', 'центральн', 'восточн', 'западн', 'нов', 'объединенн', 'российск', 'китайск', 'американск', 'британск', 'французск', 'внутренн', 'латинск']);

const targetIndexes: Partial<Record<TargetLang, TargetIndex>> = {};
const WORD = /\p{L}+/gu;
const SEPARATOR = /^[\s.&\-‐–—'’]{1,3}$/u;

/** A Russian word's base and whether it is read exactly: names ending in о/у/е/и/ю/э do not decline (Того, Перу, Чили). */
function ruForm(word: string): WordForm {
  const lower = word.toLowerCase().replace(/ё/gu, 'е');
  if (word.length > 1 && word === word.toUpperCase()) return { base: lower, exact: word };
  if (lower.length <= 3 || /[оуеиюэ]$/u.test(lower)) return { base: lower, exact: lower };
  if (RU_ADJECTIVE_END.test(lower)) return { base: lower.slice(0, -2), stripped: true };
  // Филиппины: the genitive plural is the bare stem (Филиппин), as it is for no singular name.
  if (lower.endsWith('ы')) return { base: lower.slice(0, -1) };
  if (/[аяйь]$/u.test(lower)) return { base: lower.slice(0, -1), stripped: true };
  return { base: lower };
}

function enForm(word: string): WordForm {
  // All-capital abbreviations are read as written: US is the country, "us" is not.
  if (word.length > 1 && word === word.toUpperCase()) return { base: word.toLowerCase(), exact: word };
  return { base: word.toLowerCase() };
}

function wordsOf(name: string, lang: TargetLang): WordForm[] {
  const parts = name.match(WORD) ?? [];
  return parts.map((p) => (lang === 'ru' ? ruForm(p) : enForm(p)));
}

function firstKey(form: WordForm, lang: TargetLang): string {
  return lang === 'ru' ? form.base.slice(0, 3) : form.base;
}

/** The countries of CLDR (two-letter codes that are countries or territories), keyed by English name. */
function countryCodes(): Map<string, string> {
  const english = regionDisplayNames('en', 'long');
  const byCode = new Map<string, string>();
  for (const [code, name] of english) if (!NOT_COUNTRIES.has(code)) byCode.set(code, name);
  return byCode;
}

let codes: Map<string, string> | undefined;
const countryOf = (): Map<string, string> => (codes ??= countryCodes());

/** A name as CLDR writes it, made plain: "Myanmar (Burma)" → Myanmar, Burma; "Congo - Kinshasa" → (none: read by the ambiguous Congo). */
function plainNames(name: string): string[] {
  // Congo - Kinshasa; «Виргинские о-ва (США)»: its parenthesis names another country.
  if (/ - /u.test(name)) return [];
  if (/о-в/u.test(name)) return name.includes('(') ? [] : [name.replace(/\s*о-ва?\s*/u, ' ').trim()]; // Фолклендские о-ва → Фолклендские
  const out = [name.replace(/\s*\(.*\)\s*/u, '').replace(/ SAR China$/u, '').trim()];
  const inParens = /\(([^)]+)\)/u.exec(name)?.[1];
  if (inParens && inParens !== 'САР') out.push(inParens);
  return out.filter((n) => n.length > 0 && !/^о-в|^о-ва|о-ва$/u.test(n));
}

function buildTargetIndex(lang: TargetLang): TargetIndex {
  const names: TargetName[] = [];
  const prefixes = new Map<string, string[]>();
  const notAdded = lang === 'ru' ? RU_NOT_ADDED : EN_NOT_ADDED;
  const addPrefix = (country: string, form: WordForm) => {
    if (form.exact !== undefined) return; // US, США, Чили: read as written only
    // Japan… Japanese, Italy… Italian: the name less its last letter; Россия… российский: the stem.
    const prefix = lang === 'en' && form.base.length > 4 ? form.base.slice(0, -1) : form.base;
    if (prefix.length < 4) return;
    const list = prefixes.get(country) ?? [];
    list.push(prefix);
    prefixes.set(country, list);
  };
  const add = (name: string, countries: string[], addable: boolean, capital: boolean, capitalCity = false) => {
    const words = wordsOf(name, lang);
    if (words.length === 0) return;
    const single = words.length === 1 ? words[0]!.base : undefined;
    names.push({ words, countries, addable: addable && !(single && notAdded.has(single)), capital, capitalCity });
    // Falkland Islands… "the Falklands": the first word of a longer name, unless it is a common one (South, New).
    const first = words[0]!;
    if (words.length === 1 || (first.base.length >= 5 && !COMMON_FIRST_WORDS.has(first.base))) for (const c of countries) addPrefix(c, first);
  };
  const locale = lang === 'ru' ? 'ru' : 'en';
  const countries = countryOf();
  for (const style of ['long', 'short'] as const) {
    for (const [code, name] of regionDisplayNames(locale, style)) {
      const country = countries.get(code);
      if (!country) continue;
      for (const plain of plainNames(name)) add(plain, [country], true, true);
    }
  }
  for (const [country, extras] of Object.entries(COUNTRY_EXTRAS)) {
    const more = lang === 'ru' ? extras.ru : extras.en;
    for (const name of more?.split('|') ?? []) add(name, [country], true, true);
    const adjectives = lang === 'ru' ? extras.ruAdj : extras.enAdj;
    for (const adjective of adjectives?.split('|') ?? []) {
      add(adjective, [country], true, lang !== 'ru');
      if (lang === 'en') add(`${adjective}s`, [country], true, true);
    }
    for (const name of capitalNames(extras, lang)) add(name, [country], false, true, true);
  }
  for (const [name, list] of lang === 'ru' ? RU_PLACES : EN_PLACES) add(name, list, true, /^\p{Lu}/u.test(name));
  const byFirst = new Map<string, TargetName[]>();
  for (const name of names) {
    const key = firstKey(name.words[0]!, lang);
    const list = byFirst.get(key) ?? [];
    list.push(name);
    byFirst.set(key, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirst, prefixes, starts: lang === 'ru' ? ruStarts(Array.from(byFirst.keys())) : EN_STARTS };
}

const targetIndex = (lang: TargetLang): TargetIndex => (targetIndexes[lang] ??= buildTargetIndex(lang));

interface Token {
  /** As written. */
  text: string;
  lower: string;
  start: number;
  end: number;
}

/** Letters as the scan reads them: ASCII, Latin-1 and Latin Extended, Cyrillic (an en or ru translation's words). */
function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) || (code >= 0x400 && code <= 0x4ff);
}

/** An upper-case first letter, A–Z, À–Þ or А–Я (Ё). */
function isUpper(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7) || (code >= 0x410 && code <= 0x42f) || code === 0x401;
}

/** Lower-cased Cyrillic (ё as е) or Latin letter code, for the three-letter key of a Russian word. */
function lowerCode(code: number): number {
  if (code >= 0x410 && code <= 0x42f) return code + 0x20;
  if (code === 0x401 || code === 0x451) return 0x435;
  if (code >= 65 && code <= 90) return code + 32;
  return code;
}

/** A capital letter that begins a word. Explicit ranges, no \p{…}: property classes made this regex ten times slower. */
const EN_STARTS = /(?<![A-Za-z0-9'’\u00C0-\u024F\u0400-\u04FF])[A-Z\u00C0-\u00DE]/g;

/**
 * The first letters (up to three) of every Russian name's first word, at a word's start, over
 * lower-cased text (ё as е or ё). Grouped by first letter (к(?:ит|ор…)|р(?:ос…)): a flat alternation
 * of some 400 keys was three times slower.
 */
function ruStarts(keys: readonly string[]): RegExp {
  const byLetter = new Map<string, string[]>();
  for (const key of keys) {
    const rest = key.slice(1).replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/е/gu, '[её]');
    const list = byLetter.get(key[0]!) ?? [];
    list.push(rest);
    byLetter.set(key[0]!, list);
  }
  const groups = Array.from(byLetter, ([letter, rests]) => `${letter === 'е' ? '[её]' : letter}(?:${rests.join('|')})`);
  return new RegExp(`(?<![a-z0-9\\u00C0-\\u024F\\u0400-\\u04FF])(?:${groups.join('|')})`, 'g');
}

function token(text: string, start: number, end: number): Token {
  const word = text.slice(start, end);
  const lower = word.toLowerCase();
  return { text: word, lower: lower.includes('ё') ? lower.replace(/ё/gu, 'е') : lower, start, end };
}

function wordMatches(form: WordForm, token: Token, lang: TargetLang): boolean {
  if (form.exact !== undefined) return form.exact === (form.exact === form.exact.toLowerCase() ? token.lower : token.text);
  if (lang === 'en') return token.lower === form.base;
  if (!token.lower.startsWith(form.base)) return false;
  const ending = token.lower.slice(form.base.length);
  return RU_ENDINGS.has(ending) && !(ending === '' && form.stripped);
}

/** A country named in the translation, where it stands. */
export interface TargetMention {
  countries: string[];
  start: number;
  end: number;
  text: string;
  /** A name, adjective or demonym (not a capital, not a place that merely holds a name). */
  addable: boolean;
  /** The country's capital city. */
  capitalCity: boolean;
}

/** The word after `from`, or undefined at the end of the text. */
function nextToken(text: string, from: number): Token | undefined {
  let i = from;
  while (i < text.length && !isLetter(text.charCodeAt(i))) i++;
  if (i >= text.length) return undefined;
  let end = i;
  while (end < text.length && isLetter(text.charCodeAt(end))) end++;
  return token(text, i, end);
}

/** The name that starts at the word [start, end), longest first, or undefined; the words after it are read only as needed. */
function nameAt(text: string, start: number, end: number, candidates: readonly TargetName[], lang: TargetLang): { name: TargetName; end: number } | undefined {
  const toks: Token[] = [token(text, start, end)];
  const wordAt = (k: number): Token | undefined => {
    while (toks.length <= k) {
      const next = nextToken(text, toks[toks.length - 1]!.end);
      if (!next) return undefined;
      toks.push(next);
    }
    return toks[k];
  };
  const upper = isUpper(text.charCodeAt(start));
  for (const name of candidates) {
    if (name.capital && !upper) continue;
    let ok = true;
    for (let k = 0; k < name.words.length && ok; k++) {
      const t = wordAt(k);
      if (!t) ok = false;
      else if (k > 0 && !SEPARATOR.test(text.slice(toks[k - 1]!.end, t.start))) ok = false;
      else if (!wordMatches(name.words[k]!, t, lang)) ok = false;
    }
    if (ok) return { name, end: toks[name.words.length - 1]!.end };
  }
  return undefined;
}

/**
 * Every country the translation names: names (with their Russian case forms), adjectives and
 * demonyms, capitals; a longer name wins (South Sudan over Sudan, the South China Sea over China).
 * QA runs it on every target sentence, so it walks the text by character codes and looks at a word
 * only when its first letters can begin a name (English: a capital; Russian: a known three-letter start).
 */
export function targetCountryMentions(text: string, lang: TargetLang): TargetMention[] {
  const index = targetIndex(lang);
  const out: TargetMention[] = [];
  // Russian adjectives are lower-case: the starts are looked for in the lower-cased text, whose offsets are the text's.
  const scanned = lang === 'ru' ? text.toLowerCase() : text;
  if (scanned.length !== text.length) return out; // a letter whose lower case is longer (İ): not Russian text
  const yo = lang === 'ru' && scanned.includes('ё'); // the bases are written with е: compare word by word then
  const starts = index.starts; // global, shared: reset here, and nothing between its calls uses it
  starts.lastIndex = 0;
  for (let m = starts.exec(scanned); m; m = starts.exec(scanned)) {
    const i = m.index;
    let end = i + 1;
    while (end < text.length && isLetter(text.charCodeAt(end))) end++;
    let candidates: TargetName[] | undefined;
    if (lang === 'ru') {
      if (end - i >= 2) {
        const a = lowerCode(text.charCodeAt(i));
        const b = lowerCode(text.charCodeAt(i + 1));
        const list = index.byFirst.get(end - i > 2 ? String.fromCharCode(a, b, lowerCode(text.charCodeAt(i + 2))) : String.fromCharCode(a, b));
        // Политика shares пол- with Польша but not its stem: no word is built for it.
        if (list && (yo || list.some((n) => scanned.startsWith(n.words[0]!.base, i)))) candidates = list;
      }
    } else {
      candidates = index.byFirst.get(text.slice(i, end).toLowerCase());
    }
    const found = candidates && nameAt(text, i, end, candidates, lang);
    if (!found) {
      starts.lastIndex = end;
      continue;
    }
    const { name } = found;
    if (name.countries.length > 0) out.push({ countries: name.countries, start: i, end: found.end, text: text.slice(i, found.end), addable: name.addable, capitalCity: name.capitalCity });
    starts.lastIndex = found.end;
  }
  return out;
}

/** Territories whose naming names China too, where generosity is wanted (中国台湾 → "Taiwan"). */
const PART_OF_CHINA = new Set(['Taiwan', 'Hong Kong SAR China', 'Macao SAR China']);

/**
 * How many times the translation names the country in any way: its names, adjectives and capitals,
 * or a word that begins like its name (Japan… Japanese, Россия… российско-, Филиппины… филиппинцы).
 * Generous on purpose: it decides that a source country is rendered.
 */
export function targetNamesGenerously(text: string, mentions: readonly TargetMention[], country: string, lang: TargetLang): number {
  let named = 0;
  for (const m of mentions) if (m.countries.includes(country) || (country === 'China' && m.countries.some((c) => PART_OF_CHINA.has(c)))) named++;
  const prefixes = targetIndex(lang).prefixes.get(country);
  if (!prefixes) return named;
  let begun = 0;
  const lower = text.toLowerCase().replace(/ё/gu, 'е');
  for (const m of lower.matchAll(WORD)) if (prefixes.some((p) => m[0].startsWith(p))) begun++;
  return Math.max(named, begun);
}

/** A country the source names. */
export interface SourceMention {
  countries: string[];
  /** The source's words (中国, 中方, 中美). */
  text: string;
  /** Its full name or a firm abbreviation (中方, 中美): fit to be named in a message as missing. */
  firm: boolean;
  /** The country's capital city (北京). */
  capitalCity?: boolean;
}

interface ZhName {
  name: string;
  countries: string[];
  firm: boolean;
  capitalCity?: boolean;
}

/** By the first character's code, longest first (中非共和国 before 中非). */
let zhIndex: Map<number, ZhName[]> | undefined;
/** By character code: the countries an abbreviation may stand for. */
let zhAbbr: Map<number, string[]> | undefined;
/** Per UTF-16 code: 1 a name begins with it, 2 an abbreviation; the scan skips every other character at once. */
let zhFlags: Uint8Array | undefined;

function buildZhFlags(index: Map<number, ZhName[]>, abbr: Map<number, string[]>): Uint8Array {
  const flags = new Uint8Array(0x10000);
  for (const code of index.keys()) flags[code]! |= 1;
  for (const code of abbr.keys()) flags[code]! |= 2;
  return flags;
}

function buildZhIndex(): Map<number, ZhName[]> {
  const names: ZhName[] = [];
  const countries = countryOf();
  const add = (name: string, list: string[], firm: boolean, capitalCity = false) => names.push({ name, countries: list, firm, capitalCity });
  for (const style of ['long', 'short'] as const) {
    for (const [code, name] of regionDisplayNames('zh-Hans', style)) {
      const country = countries.get(code);
      if (!country) continue;
      const bare = name.split(/[（(]/u)[0]!;
      if (!/^\p{Script=Han}{2,}$/u.test(bare)) continue;
      add(bare, [country], bare.length > 2 || bare.endsWith('国') || ZH_FIRM_TWO.has(bare));
    }
  }
  for (const [country, extras] of Object.entries(COUNTRY_EXTRAS)) {
    for (const name of extras.zh?.split('|') ?? []) add(name, [country], name.length > 2 || ZH_FIRM_TWO.has(name));
    for (const capital of capitalNames(extras, 'zh')) add(capital, [country], false, true);
  }
  for (const [name, list] of ZH_GENEROUS) add(name, list, false);
  for (const [name, list] of ZH_FIRM_EXTRA) add(name, list, true);
  for (const name of ZH_PLACES) add(name, [], false);
  const index = new Map<number, ZhName[]>();
  for (const n of names) {
    const list = index.get(n.name.charCodeAt(0)) ?? [];
    list.push(n);
    index.set(n.name.charCodeAt(0), list);
  }
  for (const list of index.values()) list.sort((a, b) => b.name.length - a.name.length);
  return index;
}

function buildZhAbbr(): Map<number, string[]> {
  const abbr = new Map<number, string[]>();
  const add = (ch: string, list: string[]) => abbr.set(ch.charCodeAt(0), [...(abbr.get(ch.charCodeAt(0)) ?? []), ...list]);
  for (const [country, extras] of Object.entries(COUNTRY_EXTRAS)) if (extras.abbr) add(extras.abbr, [country]);
  for (const [ch, list] of ZH_ABBR_MORE) add(ch, list);
  return abbr;
}

/**
 * Every country the source names: full names (CLDR's and data/countries.ts's), capitals, and a
 * one-character abbreviation where a compound makes it one (中方, 美军, 中俄, 访华, 俄语). Generous,
 * since it decides that a country of the translation is in the source: a missed swap is better
 * than a false alarm. Only full names and firm abbreviations (中方, 中美) are `firm`.
 */
export function sourceCountryMentions(text: string): SourceMention[] {
  return sourceMemo.get(text);
}

/** A source bead is read once for both translations, and again only when its text changes. */
const sourceMemo = new BoundedMemo<string, SourceMention[]>(4096, scanSource);

function scanSource(text: string): SourceMention[] {
  const index = (zhIndex ??= buildZhIndex());
  const abbr = (zhAbbr ??= buildZhAbbr());
  const flags = (zhFlags ??= buildZhFlags(index, abbr));
  const out: SourceMention[] = [];
  // Characters inside a full name are not read again as abbreviations (日本 holds no 日).
  const covered = new Uint8Array(text.length);
  for (let i = 0; i < text.length; ) {
    const match = flags[text.charCodeAt(i)]! & 1 ? index.get(text.charCodeAt(i))!.find((n) => text.startsWith(n.name, i)) : undefined;
    if (!match) {
      i++;
      continue;
    }
    if (match.countries.length > 0) out.push({ countries: match.countries, text: match.name, firm: match.firm, ...(match.capitalCity ? { capitalCity: true } : {}) });
    covered.fill(1, i, i + match.name.length);
    i += match.name.length;
  }
  // 在华, 访华, 来华, 驻华: China by its literary name, as firmly as 中国 (遗弃在华化学武器).
  if (text.includes('华')) for (const m of text.matchAll(ZH_HUA_FIRM)) out.push({ countries: ['China'], text: m[0], firm: true });
  const isAbbr = (k: number) => k >= 0 && k < text.length && covered[k] === 0 && (flags[text.charCodeAt(k)]! & 2) !== 0;
  for (let i = 0; i < text.length; i++) {
    if (covered[i] || !(flags[text.charCodeAt(i)]! & 2)) continue;
    const ch = text[i]!;
    const next = text[i + 1] ?? '';
    const prev = text[i - 1] ?? '';
    // 中、美、俄三国: a list of abbreviations counts like a compound.
    const nextAbbr = isAbbr(i + 1) || (next === '、' && isAbbr(i + 2));
    const prevAbbr = isAbbr(i - 1) || (prev === '、' && isAbbr(i - 2));
    const compound = nextAbbr || prevAbbr || ZH_ABBR_AFTER.has(next) || ZH_ABBR_BEFORE.has(prev);
    if (!compound) continue;
    const firm =
      (next === '方' && ZH_FIRM_FANG.has(ch) && !ZH_FANG_WORD.has(text[i + 2] ?? '')) ||
      (ch === '中' && isAbbr(i + 1) && ZH_FIRM_PAIR.has(next)) ||
      (prev === '中' && isAbbr(i - 1) && ZH_FIRM_PAIR.has(ch));
    out.push({ countries: abbr.get(text.charCodeAt(i))!, text: firm ? abbreviationWord(text, i) : ch, firm });
  }
  return out;
}

/** The compound an abbreviation stands in, for a message: 中方, 中美, 中俄两国 → 中俄. */
function abbreviationWord(text: string, i: number): string {
  if (text[i + 1] === '方') return text.slice(i, i + 2);
  let start = i;
  let end = i + 1;
  while (start > 0 && zhAbbr!.has(text.charCodeAt(start - 1))) start--;
  while (end < text.length && zhAbbr!.has(text.charCodeAt(end))) end++;
  return text.slice(start, end);
}

/** The countries a list of source mentions names, with China for its territories. */
export function countriesNamed(mentions: readonly SourceMention[]): Set<string> {
  const named = new Set<string>();
  for (const m of mentions) for (const c of m.countries) named.add(c);
  for (const c of PART_OF_CHINA) if (named.has(c)) named.add('China');
  return named;
}

/** A capital's names in one language (data/countries.ts: Chinese|English|Russian, variants split by a comma). */
function capitalNames(extras: CountryExtras, lang: TargetLang | 'zh'): string[] {
  const names = extras.capital?.split('|')[lang === 'zh' ? 0 : lang === 'en' ? 1 : 2];
  return names ? names.split(',') : [];
}

/** A country's capital as a message names it (Beijing), or undefined. */
export function capitalLabel(country: string): string | undefined {
  const extras = COUNTRY_EXTRAS[country];
  return extras ? capitalNames(extras, 'en')[0] : undefined;
}

/** How a message names a country: CLDR's short English name where the long one carries a qualifier. */
export function countryLabel(country: string): string {
  if (country === 'Hong Kong SAR China') return 'Hong Kong';
  if (country === 'Macao SAR China') return 'Macao';
  if (country === 'Myanmar (Burma)') return 'Myanmar';
  if (country === 'Palestinian Territories') return 'Palestine';
  return country;
}
