/**
 * Numerals inside a personal name (茅十八 "Mao Shiba", «Мао Шиба»; 张三十 "Zhang Sanshi"): the
 * translation spells them out as part of the transliterated name, so they are no figure to carry.
 * Two conditions, both needed: the source does not use the numeral as a quantity (no measure word,
 * unit or date suffix after it, no 第 or 百分之 before it), and the translation has a capitalised word
 * that spells the numeral's syllables, in pinyin, Wade–Giles or Palladius, where the rest of the word
 * is syllables too (Shiba, Shih-pa, Erxiao, Шибы). 三十个 → "thirty" stays required, and so does 十八
 * beside a name that does not spell it.
 */
import { palladius, palladiusForms, palladiusSyllables, PINYIN_SYLLABLES, splitsInto } from '../../text/palladius';
import type { TargetLang } from '../../model/types';
import { ZH_COUNT_CLASSIFIER, ZH_DATE_SUFFIXES, ZH_PERCENT_PREFIX } from '../data/zh-numerals';
import { ZH_UNITS } from '../data/units';
import type { NumberToken } from './types';

/** How each numeral is spelt in a name: Hanyu Pinyin first, then Wade–Giles without its apostrophes. */
const NUMERAL_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  〇: ['ling'], 零: ['ling'], 一: ['yi'], 二: ['er', 'erh'], 两: ['liang'], 三: ['san'], 四: ['si', 'ssu', 'szu'],
  五: ['wu'], 六: ['liu'], 七: ['qi', 'chi'], 八: ['ba', 'pa'], 九: ['jiu', 'chiu'], 十: ['shi', 'shih'],
  百: ['bai', 'pai'], 千: ['qian', 'chien'], 万: ['wan'],
};

/** Wade–Giles syllables the spellings above use that pinyin lacks, so a word like "Shihpa" splits. */
const WADE_GILES_EXTRA = ['erh', 'ssu', 'szu', 'shih', 'chiu', 'chien', 'pai', 'pa', 'chi'];
let latinSyllables: ReadonlySet<string> | undefined;
const latinSet = (): ReadonlySet<string> => (latinSyllables ??= new Set([...PINYIN_SYLLABLES, ...WADE_GILES_EXTRA]));

/** Longest numeral run read as a name: the spellings multiply with each character. */
const MAX_NAME_RUN = 4;
/** After the numeral, what makes it a quantity: 多/余 and a measure word, a unit, a date suffix, 万/亿. */
const QUANTITY_AFTER = /^[ \u00A0]*[多余来]?/u;

/** Whether the numeral at `n` is used as a quantity in the source (十八岁, 十八公里, 十八日, 第十八, 百分之十八). */
function usedAsQuantity(source: string, n: NumberToken): boolean {
  const before = source.slice(Math.max(0, n.span.start - ZH_PERCENT_PREFIX.length), n.span.start);
  if (before.endsWith('第') || before === ZH_PERCENT_PREFIX) return true;
  const afterRaw = source.slice(n.span.end, n.span.end + 8);
  const after = afterRaw.slice(QUANTITY_AFTER.exec(afterRaw)?.[0].length ?? 0);
  if (after === '') return false;
  return ZH_COUNT_CLASSIFIER.test(after) || ZH_DATE_SUFFIXES.includes(after[0]!) || '万亿'.includes(after[0]!) || ZH_UNITS.some(([unit]) => after.startsWith(unit));
}

/** Every spelling of a run in one system: 十八 → shiba, shipa, shihba, shihpa. */
function spellings(run: string, spell: (syllable: string) => string | undefined): string[] {
  let out = [''];
  for (const c of run) {
    const options = (NUMERAL_SPELLINGS[c] ?? []).map(spell).filter((s): s is string => s !== undefined);
    if (options.length === 0) return [];
    out = out.flatMap((prefix) => options.map((o) => prefix + o));
  }
  return [...new Set(out)];
}

/** Whether `word` holds `spelling` with syllables of `syllables` (or nothing) on either side. */
function spelledWithin(word: string, spelling: string, syllables: ReadonlySet<string>): boolean {
  for (let at = word.indexOf(spelling); at >= 0; at = word.indexOf(spelling, at + 1)) {
    const before = word.slice(0, at);
    const after = word.slice(at + spelling.length);
    if ((before === '' || splitsInto(before, syllables)) && (after === '' || splitsInto(after, syllables))) return true;
  }
  return false;
}

/** Endings of a Russian name in -а (Шиба: Шибы, Шибе, Шибу, Шибой), which palladiusForms does not undo. */
const RU_A_ENDINGS = ['ы', 'е', 'у', 'ой', 'ою'];

/** The Palladius spellings a Russian word may be a form of (Шибе → шиба, Цзиньпином → цзиньпин). */
function ruForms(word: string): readonly string[] {
  const plain = word.replace(/ё/gu, 'е');
  const forms = [...palladiusForms(plain)];
  for (const ending of RU_A_ENDINGS) if (plain.endsWith(ending)) forms.push(...palladiusForms(`${plain.slice(0, -ending.length)}а`));
  return forms;
}

/** Capitalised words: "Shiba", "Shih-pa" (hyphen and apostrophe kept inside), «Шибы». */
const CAPITALISED_WORD = /\p{Lu}[\p{L}'’-]*/gu;

/** Whether the source figure `n` is a numeral inside a name that the translation spells out. */
export function isNameNumeral(source: string, n: NumberToken, target: string, lang: TargetLang): boolean {
  const run = n.text;
  if (run.length < 2 || run.length > MAX_NAME_RUN || ![...run].every((c) => c in NUMERAL_SPELLINGS)) return false;
  if (usedAsQuantity(source, n)) return false;
  const latin = lang === 'en';
  const wanted = latin ? spellings(run, (s) => s) : spellings(run, palladius);
  if (wanted.length === 0) return false;
  const syllables = latin ? latinSet() : palladiusSyllables();
  for (const m of target.matchAll(CAPITALISED_WORD)) {
    const word = m[0].toLowerCase().replace(/['’-]/gu, '');
    const forms = latin ? [word] : ruForms(word);
    if (forms.some((form) => wanted.some((spelling) => spelledWithin(form, spelling, syllables)))) return true;
  }
  return false;
}
