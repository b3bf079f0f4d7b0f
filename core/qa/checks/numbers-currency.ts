import { CURRENCY_NAMES, EN_CURRENCIES, RU_CURRENCIES, ZH_CURRENCIES, ZH_YUAN } from '../data/currencies';
import { beadFinding, quote } from '../finding';
import type { BeadCheck, Finding } from '../types';

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

/**
 * A sum of money in another currency: the source names a currency (2450亿美元, 5000万元人民币) that
 * the translation names nowhere in the bead, and the translation names one the source does not ("245
 * billion yuan", «50 млн долларов США»). The figure is right, so numbers.mismatch is satisfied; the
 * amount is not. Conservative like names.country: both halves must hold, so a currency only added
 * or only left out (a conversion the translator gives, 约合…美元 rendered in dollars alone) is silent,
 * and a bare "dollars" / «долларов» / ¥ agrees with any currency it may stand for.
 */
export const numbersCurrency: BeadCheck = {
  id: 'numbers.currency',
  severity: 'error',
  scope: 'bead',
  description: 'A sum of money in another currency than the source’s (美元 rendered as "yuan").',
  run(bead) {
    const lang = bead.lang;
    if ((lang !== 'en' && lang !== 'ru') || bead.target.length === 0) return [];
    const source = sourceCurrencies(bead.source.map((s) => s.sentence.text).join(''));
    if (source.size === 0) return [];
    const target = bead.target.flatMap((t) => targetCurrencies(t.sentence.text, t.sentence.id, lang));
    const foreign = target.filter((c) => !c.codes.some((code) => source.has(code)));
    const missing = [...source].filter((code) => !target.some((c) => c.codes.includes(code)));
    if (foreign.length === 0 || missing.length === 0) return [];
    const findings: Finding[] = [];
    const sourceNames = missing.map((code) => CURRENCY_NAMES[code] ?? code).join(' or ');
    for (const c of foreign) {
      const message = `Currency: the source gives the sum in ${sourceNames}, the translation in ${quote(c.text)}.`;
      findings.push(beadFinding(numbersCurrency, bead, message, { target: { sentence: c.sentence, start: c.start, end: c.end } }));
    }
    return findings;
  },
};
