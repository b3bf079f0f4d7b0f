/**
 * A romanised Chinese name in a translation compared with the source characters it renders: Hanyu
 * Pinyin in English (Xi Jinping for 习近平), Palladius in Russian (Си Цзиньпин). The speller accepts
 * any capitalised word that splits into syllables of the system (core/spelling/chinese-names.ts), so
 * "Xi Jingping" or «Си Цзинпин» passed unseen; read against the source they are one letter off.
 *
 * Conservative, a false alarm on a name costs trust: a name is wrong only when a run of source
 * characters reads as its syllables with exactly one syllable a letter off (same first letter), and no
 * run reads as it exactly. Conventional spellings (Hong Kong, Tibet, Sun Yat-sen, Shaanxi, Urumqi)
 * match no run that closely and stay silent.
 */
import { isTransliterationCharacter } from '../align/verdict/source-words';
import { isRomanizedChineseName } from '../spelling/chinese-names';
import { palladius, palladiusForms, palladiusSyllables, PINYIN_SYLLABLES, syllableSplits } from '../text/palladius';
import type { TargetLang } from '../model/types';
import { BoundedMemo } from '../text/bounded-memo';
import type { HanReadings } from './han-readings';

/** A name the translation spells one letter off the source's reading. */
export interface NameSlip {
  /** The name as written (one or more words), and where: UTF-16 offsets in the target text. */
  written: string;
  start: number;
  end: number;
  /** The source characters it renders, and where: UTF-16 offsets in the source text. */
  characters: string;
  sourceStart: number;
  sourceEnd: number;
  /** The standard spelling of those characters, in the words the translation made of them. */
  expected: string;
}

/** A word with its syllables: each way it splits (Xian: xi-an, xian), at most a few. */
export interface NameWord {
  text: string;
  start: number;
  end: number;
  splits: readonly (readonly string[])[];
}

const LATIN_SYLLABLES: ReadonlySet<string> = new Set(PINYIN_SYLLABLES);
const LATIN = /^[a-zü]+$/u;
const CYRILLIC = /^[а-яё]+$/u;
const MAX_SPLITS = 8;
const NONE: readonly string[] = [];
const MAX_SEQUENCES = 32;
/** Names longer than this many words are not looked at as one (a title in capitals, a list). */
const MAX_RUN = 4;

/** Each combination of one split per part, at most `cap`. */
function combine(parts: readonly (readonly (readonly string[])[])[], cap: number): string[][] {
  let out: string[][] = [[]];
  for (const options of parts) {
    const next: string[][] = [];
    for (const head of out) for (const tail of options) if (next.length < cap) next.push([...head, ...tail]);
    out = next;
  }
  return out;
}

/** The syllables of an English word: Pinyin parts split by hyphens and apostrophes (Xi'an, Jin-ping); a possessive or plural left aside. */
function latinSplits(word: string): string[][] {
  const bare = word.toLowerCase().replace(/['’]s$/u, '');
  const parts = bare.split(/['’-]/u).filter((p) => p.length > 0);
  if (parts.length === 0 || !parts.every((p) => LATIN.test(p))) return [];
  const options = parts.map((p, i) => {
    const whole = syllableSplits(p, LATIN_SYLLABLES, MAX_SPLITS);
    return whole.length === 0 && i === parts.length - 1 && p.endsWith('s') ? syllableSplits(p.slice(0, -1), LATIN_SYLLABLES, MAX_SPLITS) : whole;
  });
  return options.some((o) => o.length === 0) ? [] : combine(options, MAX_SPLITS).map((s) => s.map(key));
}

/** The syllables of a Russian word: Palladius, ъ and ё read as the system writes them, a case ending taken off (Цзиньпина). */
function cyrillicSplits(word: string): string[][] {
  const parts = word.toLowerCase().replace(/ё/gu, 'е').split(/['’-]/u).filter((p) => p.length > 0);
  if (parts.length === 0 || !parts.every((p) => CYRILLIC.test(p))) return [];
  const set = palladiusSyllables();
  const options = parts.map((p) => {
    const out: string[][] = [];
    for (const form of palladiusForms(p)) for (const s of syllableSplits(form, set, MAX_SPLITS)) if (out.length < MAX_SPLITS) out.push(s);
    return out;
  });
  return options.some((o) => o.length === 0) ? [] : combine(options, MAX_SPLITS);
}

/** A word's syllable splits, remembered per language and word: names recur through a document. */
const splitsOf = {
  en: new BoundedMemo<string, readonly (readonly string[])[]>(20_000, (w) => (isRomanizedChineseName(w) ? latinSplits(w) : [])),
  ru: new BoundedMemo<string, readonly (readonly string[])[]>(20_000, (w) => (isRomanizedChineseName(w) ? cyrillicSplits(w) : [])),
};
/**
 * Capitalised words, letters with ' ’ - between them (Xi'an, Jin-ping; one at the edge is
 * punctuation), not inside another word. Plain character classes, not \\p{Lu}: QA asks this of every
 * target sentence, and these compile to a fast scan.
 */
const CAPITALISED = {
  en: /(?<![A-Za-zÀ-ɏ'’-])[A-Z][A-Za-zÀ-ɏ]*(?:['’-][A-Za-zÀ-ɏ]+)*/gu,
  ru: /(?<![А-яЁё'’-])[А-ЯЁ][А-яЁё]*(?:['’-][А-яЁё]+)*/gu,
};

/** The capitalised words of a translation that split wholly into syllables of its romanisation. */
export function nameWords(text: string, lang: TargetLang): NameWord[] {
  const out: NameWord[] = [];
  for (const m of text.matchAll(CAPITALISED[lang])) {
    const splits = splitsOf[lang].get(m[0]);
    if (splits.length === 0) continue;
    const start = m.index ?? 0;
    out.push({ text: m[0], start, end: start + m[0].length, splits });
  }
  return out;
}

/** Whether a translation has a word the check would look at: the readings are loaded only then. */
export function hasNameCandidate(text: string, lang: TargetLang): boolean {
  return nameWords(text, lang).length > 0;
}

/** Runs of name words with only spaces between them: "Xi Jingping", «Ван И». */
function nameRuns(text: string, words: readonly NameWord[]): NameWord[][] {
  const runs: NameWord[][] = [];
  for (const w of words) {
    const run = runs[runs.length - 1];
    const previous = run?.[run.length - 1];
    if (run && previous && /^[ \u00a0]+$/u.test(text.slice(previous.end, w.start))) run.push(w);
    else runs.push([w]);
  }
  return runs;
}

/** A syllable as the target writes it, for comparison: ü and v are one letter (Lü, Lv). */
const key = (s: string): string => s.replace(/ü/gu, 'v');

/** A source character's readings in the target's system. */
function readingsIn(lang: TargetLang, readings: readonly string[]): string[] {
  if (lang === 'en') return readings.map(key);
  const out: string[] = [];
  for (const r of readings) {
    const p = palladius(r);
    if (p !== undefined && !out.includes(p)) out.push(p);
  }
  return out;
}

/** Whether a written syllable is this reading: in English, ü may also be written u (Lu for 吕). */
function sameSyllable(lang: TargetLang, written: string, reading: string): boolean {
  if (written === reading) return true;
  return lang === 'en' && reading.includes('v') && reading.replace(/v/gu, 'u') === written;
}

/**
 * Spellings the standard itself makes an exception for, right when the source has the characters:
 * 陕西 is Shaanxi and Шэньси, told apart from 山西 Shanxi, Шаньси (Palladius would give Шаньси both).
 */
const CONVENTIONAL: Readonly<Record<TargetLang, ReadonlyArray<readonly [string, string]>>> = {
  en: [['陕西', 'shaanxi']],
  ru: [['陕西', 'шэньси']],
};

function isConventional(lang: TargetLang, syllables: readonly string[], source: string): boolean {
  const written = syllables.join('');
  return CONVENTIONAL[lang].some(([chars, spelling]) => spelling === written && source.includes(chars));
}

/**
 * Syllables of interjections and particles, never of a name (哟 yo, 咯 lo, 哦 o, 诶 ei, 么 me): a word
 * made with one is a foreign word that splits by chance ("Yoga" yo-ga, one letter off 瑜伽 yu ga).
 * Russian ло is also luo (罗), so only йо.
 */
const NO_NAME_SYLLABLES: Readonly<Record<TargetLang, ReadonlySet<string>>> = {
  en: new Set(['yo', 'lo', 'o', 'ei', 'me', 'dia', 'den', 'kei', 'nou', 'shei', 'zhei', 'lia', 'cei', 'sei']),
  ru: new Set(['йо']),
};

/** Characters of transliterations that Chinese names hardly use (托马斯, 迪拜, 马尼拉, 戈马, 卡尔). */
const FOREIGN_ONLY = new Set('斯尔迪拉尼特夫姆蒂丝娅茨戈卡玛');

const RU_VOWEL = /[аеёиоуыэюя]$/u;
function sameButFinalVowel(written: string, reading: string): boolean {
  return written.length === reading.length && RU_VOWEL.test(written) && RU_VOWEL.test(reading) && written.slice(0, -1) === reading.slice(0, -1);
}

/** One edit apart: a letter dropped, added or changed, or two neighbours swapped. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The source's runs of Han characters, each character with its offset and readings in the target's system. */
interface SourceChar {
  char: string;
  at: number;
  readings: readonly string[];
}

/** Each character's readings in Palladius, per readings source (a test may bring its own). */
const palladiusOf = new WeakMap<HanReadings, Map<string, readonly string[]>>();
const latinOf = new WeakMap<HanReadings, Map<string, readonly string[]>>();

function charReadings(lang: TargetLang, readings: HanReadings, char: string): readonly string[] {
  const store = lang === 'ru' ? palladiusOf : latinOf;
  let known = store.get(readings);
  if (!known) store.set(readings, (known = new Map()));
  let out = known.get(char);
  if (!out) known.set(char, (out = readingsIn(lang, readings(char))));
  return out;
}

function sourceRuns(source: string, lang: TargetLang, readings: HanReadings): SourceChar[][] {
  const runs: SourceChar[][] = [];
  let run: SourceChar[] = [];
  let at = 0;
  for (const char of source) {
    const r = char.charCodeAt(0) < 0x2e80 ? NONE : charReadings(lang, readings, char);
    if (r.length > 0) run.push({ char, at, readings: r });
    else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
    at += char.length;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** A source window near a syllable sequence: the one syllable that differs, and what it should be. */
interface Near {
  window: readonly SourceChar[];
  position: number;
  reading: string;
}

/** How a syllable sequence compares with a window: exact, one syllable a letter off, or neither. */
function compare(lang: TargetLang, syllables: readonly string[], run: readonly SourceChar[], from: number): 'exact' | Near | undefined {
  let off = -1;
  for (let i = 0; i < syllables.length; i++) {
    if (run[from + i]!.readings.some((r) => sameSyllable(lang, syllables[i]!, r))) continue;
    if (off >= 0) return undefined;
    off = i;
  }
  if (off < 0) return 'exact';
  const written = syllables[off]!;
  const reading = run[from + off]!.readings.find((r) => r[0] === written[0] && oneEditApart(written, r));
  return reading === undefined ? undefined : { window: run.slice(from, from + syllables.length), position: off, reading };
}

/** Whether some window of the source reads exactly as the syllables. */
function readsExactly(lang: TargetLang, syllables: readonly string[], runs: readonly SourceChar[][]): boolean {
  for (const run of runs) for (let i = 0; i + syllables.length <= run.length; i++) if (compare(lang, syllables, run, i) === 'exact') return true;
  return false;
}

/** Each syllable sequence a run of words may be (one split per word), with the word each syllable belongs to. */
function sequences(words: readonly NameWord[]): Array<{ syllables: string[]; owner: number[] }> {
  let out: Array<{ syllables: string[]; owner: number[] }> = [{ syllables: [], owner: [] }];
  words.forEach((w, k) => {
    const next: typeof out = [];
    for (const head of out) {
      for (const split of w.splits) {
        if (next.length >= MAX_SEQUENCES) break;
        next.push({ syllables: [...head.syllables, ...split], owner: [...head.owner, ...split.map(() => k)] });
      }
    }
    out = next;
  });
  return out;
}

/** The standard spelling of a sequence, in the words the translation made of it (Xi Jinping, Си Цзиньпин). */
function spelling(lang: TargetLang, syllables: readonly string[], owner: readonly number[]): string {
  const words: string[] = [];
  syllables.forEach((s, i) => {
    const written = lang === 'en' ? s.replace(/v/gu, 'ü') : s;
    if (i > 0 && owner[i] === owner[i - 1]) {
      // Pinyin marks a syllable that starts with a vowel inside a word: Xi'an.
      words[words.length - 1] += lang === 'en' && /^[aoe]/u.test(written) ? `'${written}` : written;
    } else words.push(written[0]!.toUpperCase() + written.slice(1));
  });
  return words.join(' ');
}

/**
 * The names of a translation spelled one letter off the source's reading. `text` is one target
 * sentence, `source` the bead's source text. A word at the very start of the sentence is looked at
 * only inside a name of two or more words: alone it is as likely an ordinary word in capitals (Дети,
 * Change) that happens to split into syllables.
 */
export function nameSlips(text: string, lang: TargetLang, source: string, readings: HanReadings, known?: (word: string) => boolean): NameSlip[] {
  return slipsAmong(text, nameWords(text, lang), lang, source, readings, known);
}

/** `nameSlips` for the candidate words `nameWords` found in the text (none: no slips, the source unread). */
export function slipsAmong(
  text: string,
  words: readonly NameWord[],
  lang: TargetLang,
  source: string,
  readings: HanReadings,
  known?: (word: string) => boolean,
): NameSlip[] {
  if (words.length === 0) return [];
  const runs = sourceRuns(source, lang, readings);
  if (runs.length === 0) return [];
  // Every reading the source has: a sequence with two syllables outside it is neither right nor one
  // letter off, and most capitalised words (China, Beijing with no 北京) end there.
  const present = new Set<string>();
  for (const run of runs) for (const c of run) for (const r of c.readings) present.add(r);
  const outside = (syllables: readonly string[]): number => {
    let n = 0;
    for (const s of syllables) if (!present.has(s) && !(lang === 'en' && present.has(key(s)))) n++;
    return n;
  };
  const firstLetter = text.search(/\p{L}/u);
  const slips: NameSlip[] = [];
  for (const run of nameRuns(text, words)) {
    if (run.length > MAX_RUN) continue;
    // Words some run of source characters reads exactly (alone or with their neighbours) are right.
    const right = new Array<boolean>(run.length).fill(false);
    for (let i = 0; i < run.length; i++) {
      for (let j = i + 1; j <= run.length; j++) {
        const exact = sequences(run.slice(i, j)).some((seq) => (outside(seq.syllables) === 0 && readsExactly(lang, seq.syllables, runs)) || isConventional(lang, seq.syllables, source));
        if (exact) for (let k = i; k < j; k++) right[k] = true;
      }
    }
    // The longest stretch of words, with a word not right, that one source run reads one letter off.
    let found: { i: number; j: number; slip: NameSlip } | undefined;
    for (let size = run.length; size >= 1 && !found; size--) {
      for (let i = 0; i + size <= run.length && !found; i++) {
        const part = run.slice(i, i + size);
        if (!part.some((_, k) => !right[i + k])) continue;
        if (size === 1 && part[0]!.start === firstLetter) continue;
        const slip = nearSlip(lang, text, part, right.slice(i, i + size), runs, outside, known);
        if (slip) found = { i, j: i + size, slip };
      }
    }
    if (found) slips.push(found.slip);
  }
  return slips;
}

/** The one slip of a stretch of words, when all its readings one letter off agree; undefined when none or ambiguous. */
function nearSlip(
  lang: TargetLang,
  text: string,
  part: readonly NameWord[],
  right: readonly boolean[],
  runs: readonly SourceChar[][],
  outside: (syllables: readonly string[]) => number,
  known?: (word: string) => boolean,
): NameSlip | undefined {
  let slip: NameSlip | undefined;
  for (const seq of sequences(part)) {
    if (seq.syllables.length < 2 || outside(seq.syllables) > 1 || seq.syllables.some((s) => NO_NAME_SYLLABLES[lang].has(s))) continue;
    for (const run of runs) for (let from = 0; from + seq.syllables.length <= run.length; from++) {
      const near = compare(lang, seq.syllables, run, from);
      if (near === undefined || near === 'exact') continue;
      const w = near.window;
      // The word off must be one no source run reads, and no dictionary word or known name ("Susan" is
      // one letter off 苏珊 Sushan, "Nike" off 耐克 Naike, «Люди» off 里的 ли ди).
      const off = part[seq.owner[near.position]!]!;
      if (right[seq.owner[near.position]!] || known?.(off.text)) continue;
      // A foreign name in transliteration is not spelled by its pinyin (迪拜 di bai, "Dubai"; 科茶莫
      // «Кочамо»): a run more than half of transliteration characters, or holding one that Chinese
      // names hardly use (斯, 尔, 迪, 戈), is left alone. 南 of 云南 or 恩 of 周恩来 do not make it foreign.
      if (2 * w.filter((c) => isTransliterationCharacter(c.char)).length > w.length || w.some((c) => FOREIGN_ONLY.has(c.char))) continue;
      // Russian declines a foreign name in -а (Луна → Луне, Манила → Маниле, Томас → Томасу): a last
      // syllable that differs from the reading only in its final vowel is a case ending, not a typo.
      if (lang === 'ru' && near.position === seq.syllables.length - 1 && sameButFinalVowel(seq.syllables[near.position]!, near.reading)) continue;
      const fixed = seq.syllables.slice();
      fixed[near.position] = near.reading;
      const first = part[0]!;
      const last = part[part.length - 1]!;
      const at = w[0]!.at;
      const end = w[w.length - 1]!.at + w[w.length - 1]!.char.length;
      const candidate: NameSlip = {
        written: text.slice(first.start, last.end),
        start: first.start,
        end: last.end,
        characters: w.map((c) => c.char).join(''),
        sourceStart: at,
        sourceEnd: end,
        expected: spelling(lang, fixed, seq.owner),
      };
      // Two readings of the name that disagree (two source names one letter off): say nothing.
      if (slip && (slip.expected !== candidate.expected || slip.characters !== candidate.characters)) return undefined;
      slip ??= candidate;
    }
  }
  return slip;
}
