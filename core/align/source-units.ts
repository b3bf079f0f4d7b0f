import type { TargetLang } from '../model/types';
import { BoundedMemo } from '../text/bounded-memo';
import { palladius, palladiusOfReading } from '../text/palladius';
import { Channel, type ChannelId } from './channels';
import { ZH_STOPWORDS } from './data/zh-stopwords';
import { SOURCE_PUNCT_KEYS } from './data/punctuation';
import { firstLengthTable, headwordLengths, pairLengthBound, type HeadwordLengths } from './headword-lengths';
import { codePointLength, type Lexicon } from './lexicon';
import { entryOfSpan } from './lexicon-binary';
import { numberKey, parseArabic, parseZhNumeral, structureOrdinalAt, structureOrdinalKeys, ZH_MULTIPLIERS, ZH_NUMERAL_CHARS } from './numbers';
import { stemWord, isStopword, targetTokens } from './target-tokens';
import type { TermPair } from './types';

/** One piece of source evidence: found in the translation when any of its keys occurs there. */
export interface SourceUnit {
  /** Shared with the lexicon entry for dictionary words: never modified. */
  keys: readonly string[];
  channel: ChannelId;
}

/** Evidence extracted from one source sentence. */
export interface SourceEvidence {
  units: readonly SourceUnit[];
  /** Transliterations of 1–3 character windows, matched against capitalised target words. */
  nameKeys: readonly string[];
  /** Length in characters, punctuation and spaces excluded. */
  length: number;
}

const ZH_STOP = new Set(ZH_STOPWORDS);
const NOT_COUNTED = /[\s\p{P}\p{S}]/gu;
// Character tests of the segmenter, built once: the bundle turns a \p{…} literal into a
// `new RegExp` wherever it stands, so inside the loop it was constructed once per character.
const NUMERIC = /\p{N}/u;
const NUMBER_PART = /[\p{N}.,]/u;
const LATIN_LETTER = /[A-Za-z]/;
const LATIN_WORD_PART = /[A-Za-z0-9'-]/;
const MAX_READINGS = 4;
/** Pinyin combinations kept per name window. */
const MAX_COMBINATIONS = 8;

/** Prepared term pairs: Chinese term → target stems of every accepted rendering. */
export interface PreparedTerms {
  terms: Array<{ zh: string; keys: string[] }>;
}

/** Stems the target side of glossary pairs once per alignment run. */
export function prepareTerms(pairs: readonly TermPair[] | undefined, lang: TargetLang): PreparedTerms {
  const terms: PreparedTerms['terms'] = [];
  for (const p of pairs ?? []) {
    const zh = p.zh.normalize('NFKC').trim();
    if (!zh) continue;
    const keys = new Set<string>();
    for (const t of p.target) for (const tok of targetTokens(t, lang)) if (tok.kind === 'word' || tok.kind === 'number') keys.add(tok.key);
    if (keys.size) terms.push({ zh, keys: [...keys] });
  }
  return { terms };
}

/**
 * Splits a Chinese sentence into evidence: dictionary words (forward maximum matching over the
 * lexicon), numbers in Arabic or Chinese numerals, Latin tokens, glossary terms, punctuation, and
 * pinyin keys for names the dictionary lacks.
 */
export function sourceEvidence(text: string, lang: TargetLang, lexicon: Lexicon | undefined, terms: PreparedTerms): SourceEvidence {
  const base = memoisedEvidence(text, lang, lexicon);
  if (terms.terms.length === 0) return base;
  // Glossary terms come first, as they always have: the units' order fixes the index's order.
  const norm = text.normalize('NFKC');
  const units: SourceUnit[] = [];
  for (const t of terms.terms) if (norm.includes(t.zh)) units.push({ keys: t.keys, channel: Channel.Term });
  if (units.length === 0) return base;
  for (const u of base.units) units.push(u);
  return { units, nameKeys: base.nameKeys, length: base.length };
}

/**
 * Sentences already split into evidence, per lexicon and language (emptied when full). One
 * alignment reads each sentence for the evidence and again for the wrong-document check, and
 * re-aligning a selection in the app reads the same sentences again. Shared: never modified.
 */
const evidenceMemo = new WeakMap<Lexicon | typeof NO_LEXICON, Map<TargetLang, BoundedMemo<string, SourceEvidence>>>();
const NO_LEXICON = {};
const MEMO_LIMIT = 100_000;

function memoisedEvidence(text: string, lang: TargetLang, lexicon: Lexicon | undefined): SourceEvidence {
  const owner = lexicon ?? NO_LEXICON;
  let byLang = evidenceMemo.get(owner);
  if (!byLang) evidenceMemo.set(owner, (byLang = new Map()));
  let byText = byLang.get(lang);
  if (!byText) byLang.set(lang, (byText = new BoundedMemo(MEMO_LIMIT, (t) => splitEvidence(t, lang, lexicon))));
  return byText.get(text);
}

/** sourceEvidence without glossary terms. */
function splitEvidence(text: string, lang: TargetLang, lexicon: Lexicon | undefined): SourceEvidence {
  const norm = text.normalize('NFKC');
  const chars = [...norm];
  // UTF-16 offset of each character, so candidate words are sliced from the string directly.
  // (Plain arrays: a typed array this size per sentence would get its own off-heap buffer.)
  const offsets: number[] = [0];
  for (let k = 0; k < chars.length; k++) offsets.push(offsets[k]! + chars[k]!.length);
  const units: SourceUnit[] = [];
  const nameKeys = new Set<string>();
  const length = codePointLength(norm.replace(NOT_COUNTED, ''));

  // Positions consumed as single characters: where names the dictionary lacks show up.
  const singles: boolean[] = [];
  // Into Russian, the dictionary's proper names too (习近平, 上海): the pivot renders them badly.
  const properNames: string[] = [];
  let i = 0;
  while (i < chars.length) {
    const c = chars[i]!;
    // Han characters are the common case: test them first, by code point, before any regex.
    if (isHan(c)) {
      // 第四条, 第二章: the label's number, not 第 (grade) and 四条 (four) from the dictionary.
      const label = c === '第' ? structureLabelAt(norm, offsets[i]!, lexicon) : undefined;
      if (label) {
        units.push({ keys: label.keys, channel: Channel.Literal });
        // The label is Han characters and ASCII digits: one UTF-16 unit per character.
        i += label.end - offsets[i]!;
        continue;
      }
      const next = matchHan(norm, chars, offsets, i, lexicon, units, lang === 'ru' ? properNames : undefined);
      if (next === i + 1) singles[i] = true;
      i = next;
      continue;
    }
    if (NUMERIC.test(c)) {
      let j = i;
      while (j < chars.length && NUMBER_PART.test(chars[j]!)) j++;
      const value = parseArabic(chars.slice(i, j).join('').replace(/[.,]$/, ''));
      // "200万", "2.5亿": digits scaled by a Chinese multiplier are the English "2 million", "250 million".
      let scale = 1;
      while (j < chars.length && chars[j]! in ZH_MULTIPLIERS) scale *= ZH_MULTIPLIERS[chars[j++]!]!;
      if (value !== undefined) {
        const keys = [numberKey(value)];
        if (scale > 1) keys.push(numberKey(value * scale));
        units.push({ keys, channel: Channel.Literal });
      }
      i = j;
      continue;
    }
    if (LATIN_LETTER.test(c)) {
      let j = i;
      while (j < chars.length && LATIN_WORD_PART.test(chars[j]!)) j++;
      const word = chars.slice(i, j).join('').toLowerCase();
      if (!isStopword(word, lang)) units.push({ keys: [word, stemWord(word, lang)], channel: Channel.Literal });
      i = j;
      continue;
    }
    const punct = SOURCE_PUNCT_KEYS[c];
    if (punct && !units.some((u) => u.channel === Channel.Punct && u.keys[0] === punct)) units.push({ keys: [punct], channel: Channel.Punct });
    i++;
  }
  if (lexicon && lang === 'en') addNameKeys(chars, singles, lexicon, nameKeys, pinyinAsIs);
  if (lexicon && lang === 'ru') {
    addNameKeys(chars, singles, lexicon, nameKeys, palladius);
    for (const reading of properNames) for (const spelling of palladiusOfReading(reading)) nameKeys.add(`@${spelling}`);
  }
  return { units, nameKeys: [...nameKeys], length };
}

/**
 * Per lexicon: the headword-length bounds (headword-lengths.ts) with the first-character bounds
 * indexed by code point. A compiled lexicon carries the bounds built; others get them built here
 * from their headwords. Number-keyed, so the segmenters build no strings for them.
 */
interface LengthTables {
  byFirst: Uint8Array;
  lengths: HeadwordLengths;
}

const lengthTables = new WeakMap<Lexicon, LengthTables>();

function tablesOf(lexicon: Lexicon): LengthTables {
  let t = lengthTables.get(lexicon);
  if (!t) {
    let lengths = lexicon.headwordLengths;
    if (!lengths) {
      const { text, start } = headwordSpans(lexicon);
      lengths = headwordLengths(text, start);
    }
    t = { byFirst: firstLengthTable(lengths), lengths };
    lengthTables.set(lexicon, t);
  }
  return t;
}

/** The headwords of a lexicon without stored bounds (a parsed TSV, a test's Map) as one string and the offset of each. */
function headwordSpans(lexicon: Lexicon): { text: string; start: Int32Array } {
  const words = [...lexicon.entries.keys()];
  const start = new Int32Array(words.length + 1);
  for (let w = 0; w < words.length; w++) start[w + 1] = start[w]! + words[w]!.length;
  return { text: words.join(''), start };
}

/**
 * Length of the longest headword that can start at chars[i]: bounds the max-match look-ahead. A
 * word of two or more characters must begin with chars[i] chars[i+1], so the two-character table
 * gives a tight bound (most lookups of the longest-first search would otherwise miss).
 */
function longestWordAt(lexicon: Lexicon, chars: readonly string[], i: number): number {
  const t = tablesOf(lexicon);
  const first = chars[i]!.codePointAt(0)!;
  if (t.byFirst[first] === 0) return 0;
  const two = i + 1 < chars.length ? pairLengthBound(t.lengths, first, chars[i + 1]!.codePointAt(0)!) : 0;
  return Math.min(Math.max(1, two), chars.length - i);
}

/**
 * An upper bound, in UTF-16 units, on the length of a headword starting at UTF-16 offset i of
 * text (0: none starts there). For segmenters that walk a string by offsets (verdict/source-words.ts).
 */
export function longestHeadwordAt(lexicon: Lexicon, text: string, i: number): number {
  const t = tablesOf(lexicon);
  const first = text.codePointAt(i)!;
  if (t.byFirst[first] === 0) return 0;
  const next = i + (first > 0xffff ? 2 : 1);
  if (next >= text.length) return next - i;
  return Math.max(next - i, pairLengthBound(t.lengths, first, text.codePointAt(next)!));
}

/** True for a CJK ideograph (or 〇), the characters the dictionary segmenter consumes. */
function isHan(c: string): boolean {
  const cp = c.codePointAt(0)!;
  return (cp >= 0x3400 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff) || cp === 0x3007;
}

/**
 * The structure label at norm[start] (第四条, 第二章: structureOrdinalAt) as one word: the keys of its
 * number and the dictionary's ordinal too (第一 → first: 第一条铁路 is "the first railway"), and where
 * it ends. The unit goes with the label: the pivot's 条 (… каждый, пункт, статья) met any «Каждый
 * человек…». Shared with the verdicts' source words (verdict/source-words.ts).
 */
export function structureLabelAt(norm: string, start: number, lexicon: Lexicon | undefined): { keys: string[]; end: number } | undefined {
  const ordinal = structureOrdinalAt(norm, start);
  if (!ordinal) return undefined;
  const stems = lexicon?.entries.get(norm.slice(start, ordinal.end - 1))?.stems ?? [];
  return { keys: [...structureOrdinalKeys(ordinal.value), ...stems], end: ordinal.end };
}

/** Consumes one word (or numeral) at chars[i] and returns the next position. */
function matchHan(norm: string, chars: string[], offsets: readonly number[], i: number, lexicon: Lexicon | undefined, units: SourceUnit[], names?: string[]): number {
  // A run of numeral characters is a number unless the dictionary knows a longer word there (一些, 十分, 万一).
  let n = i;
  while (n < chars.length && ZH_NUMERAL_CHARS.has(chars[n]!)) n++;
  let best = 0;
  let entry: ReturnType<NonNullable<Lexicon>['entries']['get']>;
  let word = '';
  // Any target language: the caller passes the lexicon for it (zh→en, or zh→ru pivoted through English).
  if (lexicon) {
    for (let len = longestWordAt(lexicon, chars, i); len >= 1; len--) {
      const e = entryOfSpan(lexicon.entries, norm, offsets[i]!, offsets[i + len]!);
      if (e) {
        best = len;
        entry = e;
        word = norm.slice(offsets[i]!, offsets[i + len]!);
        break;
      }
    }
  }
  if (n > i && n - i >= best) {
    const value = parseZhNumeral(chars.slice(i, n).join(''));
    if (value !== undefined && value >= 2) units.push({ keys: [numberKey(value)], channel: Channel.Literal });
    return n;
  }
  if (best === 0) return i + 1;
  if (entry && entry.stems.length && !ZH_STOP.has(word)) units.push({ keys: entry.stems, channel: Channel.Lex });
  // A dictionary word's own reading: only proper names have one (the zh→ru lexicon).
  if (names && entry && best > 1) for (const reading of entry.pinyin) names.push(reading);
  return i + best;
}

const NONE: readonly string[] = [];

const pinyinAsIs = (syllable: string): string => syllable;

/**
 * Every 1–3 character window among characters the dictionary could not place in a longer word,
 * spelled as the translation would write the name: in pinyin into English (陈清扬 → chen, qingyang,
 * chenqingyang), in Palladius into Russian (чэнь, цинян, чэньцинян).
 */
function addNameKeys(chars: string[], singles: readonly boolean[], lexicon: Lexicon, out: Set<string>, spell: (syllable: string) => string | undefined): void {
  // Readings only where a window can start or continue (most characters sit inside dictionary words).
  const readings: Array<readonly string[] | undefined> = [];
  const reading = (k: number): readonly string[] => (readings[k] ??= singles[k] ? spellingsOf(lexicon, chars[k]!, spell) : NONE);
  for (let i = 0; i < chars.length; i++) {
    if (!singles[i]) continue;
    // Keys carry their "@" from the start; each window's readings are the first 8 combinations.
    let acc: string[] = ['@'];
    for (let len = 1; len <= 3 && i + len <= chars.length; len++) {
      const r = reading(i + len - 1);
      if (r.length === 0) break;
      const next: string[] = [];
      for (let a = 0; a < acc.length && next.length < MAX_COMBINATIONS; a++) {
        for (let b = 0; b < r.length && next.length < MAX_COMBINATIONS; b++) next.push(acc[a]! + r[b]!);
      }
      acc = next;
      for (let k = 0; k < acc.length; k++) out.add(acc[k]!);
    }
  }
}

/** Per lexicon and spelling, each character's spelled readings: a document repeats its characters. */
const spelledReadings = new WeakMap<Lexicon, Map<(syllable: string) => string | undefined, Map<string, readonly string[]>>>();

function spellingsOf(lexicon: Lexicon, char: string, spell: (syllable: string) => string | undefined): readonly string[] {
  let bySpell = spelledReadings.get(lexicon);
  if (!bySpell) spelledReadings.set(lexicon, (bySpell = new Map()));
  let byChar = bySpell.get(spell);
  if (!byChar) bySpell.set(spell, (byChar = new Map()));
  let out = byChar.get(char);
  if (out === undefined) byChar.set(char, (out = spellings(lexicon.entries.get(char)?.pinyin ?? NONE, spell)));
  return out;
}

/** A character's readings in pinyin (spellingsOf): the verdicts' source words read names so into English. */
export function pinyinReadingsOf(lexicon: Lexicon, char: string): readonly string[] {
  return spellingsOf(lexicon, char, pinyinAsIs);
}

/** A character's readings in Palladius (spellingsOf): the verdicts' source words read names so too. */
export function palladiusReadingsOf(lexicon: Lexicon, char: string): readonly string[] {
  return spellingsOf(lexicon, char, palladius);
}

/** The first MAX_READINGS readings of a character, spelled; one a spelling does not know is left out. */
function spellings(pinyin: readonly string[], spell: (syllable: string) => string | undefined): readonly string[] {
  const out: string[] = [];
  for (let k = 0; k < pinyin.length && out.length < MAX_READINGS; k++) {
    const s = spell(pinyin[k]!);
    if (s !== undefined && !out.includes(s)) out.push(s);
  }
  return out;
}
