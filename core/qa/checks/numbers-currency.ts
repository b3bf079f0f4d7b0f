import { CURRENCY_NAMES, EN_CURRENCIES, RU_CURRENCIES, ZH_CURRENCIES, ZH_YUAN, ZH_YUAN_AFTER_FIGURE } from '../data/currencies';
import { beadFinding, quote } from '../finding';
import { sameValue } from '../numbers/same-value';
import { extractTargetNumbers } from '../numbers/target-numbers';
import { extractChineseNumbers } from '../numbers/zh-numbers';
import type { BeadCheck, BeadView, Finding } from '../types';

/** A currency named in a translation: where, and the codes it may stand for. */
interface TargetCurrency {
  sentence: string;
  start: number;
  end: number;
  text: string;
  codes: readonly string[];
}

/** The currencies the Chinese text names (ISO codes): names longest first, then 元 / 块 after a figure. */
export function sourceCurrencies(text: string): Set<string> {
  const codes = new Set<string>();
  let rest = text;
  for (const [name, code] of ZH_CURRENCIES) {
    if (!rest.includes(name)) continue;
    codes.add(code);
    rest = rest.split(name).join('\u3000'); // so 美元 is not read again as 元
  }
  if (ZH_YUAN.test(rest)) codes.add('CNY');
  return codes;
}

/** The currencies a translation names, each once where it stands; a specific name ("US dollars") claims its text before a bare "dollars". */
export function targetCurrencies(text: string, sentence: string, lang: 'en' | 'ru'): TargetCurrency[] {
  const found: TargetCurrency[] = [];
  for (const [pattern, codes] of lang === 'en' ? EN_CURRENCIES : RU_CURRENCIES) {
    for (const m of text.matchAll(pattern)) {
      const [start, end] = [m.index, m.index + m[0].length];
      if (found.some((f) => f.start < end && start < f.end)) continue;
      found.push({ sentence, start, end, text: m[0], codes });
    }
  }
  return found;
}

const ONLY_SPACE = /^[\s\u00a0]*$/u;
const LETTER = /\p{L}/u;

/** A sum with its currency: a figure and the currency named right after it (or its sign before it). */
interface Sum {
  value: number;
  codes: readonly string[];
}

/** 69亿美元, 5000万元人民币, 三百元: a source figure followed at once by a currency name. */
export function sourceSums(text: string): Sum[] {
  const sums: Sum[] = [];
  for (const n of extractChineseNumbers(text)) {
    const after = text.slice(n.span.end, n.span.end + 6);
    const named = ZH_CURRENCIES.find(([name]) => after.startsWith(name));
    const code = named?.[1] ?? (ZH_YUAN_AFTER_FIGURE.test(after) ? 'CNY' : undefined);
    if (code) sums.push({ value: n.value, codes: [code] });
  }
  return sums;
}

/**
 * "6.9 billion yuan", "$245 billion", «2,5 млрд долларов США»: a figure with the currency right after
 * it or its sign right before; `named` is the sentence's currencies (targetCurrencies).
 */
function targetSums(text: string, named: readonly TargetCurrency[], lang: 'en' | 'ru'): Array<Sum & { at: TargetCurrency }> {
  const sums: Array<Sum & { at: TargetCurrency }> = [];
  for (const n of extractTargetNumbers(text, lang, { words: false }).digits) {
    const after = named.find((c) => c.start >= n.span.end && ONLY_SPACE.test(text.slice(n.span.end, c.start)));
    // A sign before the figure ($245, US$100); a word before it is no sum's currency ("dollars 5 times").
    const before = named.find((c) => c.end <= n.span.start && ONLY_SPACE.test(text.slice(c.end, n.span.start)) && !LETTER.test(c.text.slice(-1)));
    const at = after ?? before;
    if (at) sums.push({ value: n.value, codes: at.codes, at });
  }
  return sums;
}

/**
 * One sum of several changed currency: 69亿美元 … 25亿美元 rendered "6.9 billion yuan … 2.5 billion
 * dollars" — US dollars are still in the bead, so the bead-level rule cannot see it. A translated
 * figure of the same value as a source sum, with a currency right beside it that is none of the
 * currencies the source gives that value in.
 */
function swappedSums(bead: BeadView, lang: 'en' | 'ru', source: string, named: readonly TargetCurrency[]): TargetCurrency[] {
  const sums = sourceSums(source);
  if (sums.length === 0) return [];
  const swapped: TargetCurrency[] = [];
  for (const t of bead.target) {
    const inSentence = named.filter((c) => c.sentence === t.sentence.id);
    if (inSentence.length === 0) continue;
    for (const sum of targetSums(t.sentence.text, inSentence, lang)) {
      const same = sums.filter((s) => sameValue(s.value, sum.value));
      if (same.length > 0 && !same.some((s) => s.codes.some((code) => sum.codes.includes(code)))) swapped.push(sum.at);
    }
  }
  return swapped;
}

/**
 * A sum of money in another currency: the source names a currency (2450亿美元, 5000万元人民币) that
 * the translation names nowhere in the bead, and the translation names one the source does not ("245
 * billion yuan", «50 млн долларов США»). The figure is right, so numbers.mismatch is satisfied; the
 * amount is not. Conservative like names.country: both halves must hold, so a currency only added
 * or only left out (a conversion the translator gives, 约合…美元 rendered in dollars alone) is silent,
 * and a bare "dollars" / «долларов» / ¥ agrees with any currency it may stand for. When every source
 * currency is in the translation, one sum of several may still be swapped: a figure of a source
 * sum's value with another currency beside it (swappedSums).
 */
export const numbersCurrency: BeadCheck = {
  id: 'numbers.currency',
  severity: 'error',
  scope: 'bead',
  description: 'A sum of money in another currency than the source’s (美元 rendered as "yuan").',
  run(bead) {
    const lang = bead.lang;
    if ((lang !== 'en' && lang !== 'ru') || bead.target.length === 0) return [];
    const sourceText = bead.source.map((s) => s.sentence.text).join('');
    const source = sourceCurrencies(sourceText);
    if (source.size === 0) return [];
    const target = bead.target.flatMap((t) => targetCurrencies(t.sentence.text, t.sentence.id, lang));
    const foreign = target.filter((c) => !c.codes.some((code) => source.has(code)));
    if (foreign.length === 0) return [];
    const missing = [...source].filter((code) => !target.some((c) => c.codes.includes(code)));
    // Every currency the source gives is there: a swap can only be of one sum of several.
    const swapped = missing.length > 0 ? foreign : swappedSums(bead, lang, sourceText, target);
    const sourceNames = (missing.length > 0 ? missing : [...source]).map((code) => CURRENCY_NAMES[code] ?? code).join(' or ');
    const findings: Finding[] = [];
    for (const c of swapped) {
      const message = `Currency: the source gives the sum in ${sourceNames}, the translation in ${quote(c.text)}.`;
      findings.push(beadFinding(numbersCurrency, bead, message, { target: { sentence: c.sentence, start: c.start, end: c.end } }));
    }
    return findings;
  },
};
