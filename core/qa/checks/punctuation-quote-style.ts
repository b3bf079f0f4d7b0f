import { WRONG_QUOTES } from '../data/punctuation';
import { beadFinding } from '../finding';
import type { TargetLang } from '../../model/types';
import type { BeadCheck, Finding } from '../types';

/** The marks each language finds wrong, as one pattern, so a sentence is searched once. */
const WRONG: Record<TargetLang, RegExp> = {
  en: new RegExp(`[${Object.keys(WRONG_QUOTES.en).join('')}]`, 'u'),
  ru: new RegExp(`[${Object.keys(WRONG_QUOTES.ru).join('')}]`, 'u'),
};

/**
 * Quotation marks of the wrong typographic style: «» in English, "…" or “…” in Russian, where
 * 《》 titles and quotations take «…». One finding per sentence, at the first wrong mark.
 */
export const punctuationQuoteStyle: BeadCheck = {
  id: 'punctuation.quote-style',
  severity: 'warning',
  scope: 'bead',
  description: 'Quotation marks are not in the style of the target language («» in Russian, “” in English).',
  run(bead) {
    const findings: Finding[] = [];
    for (const t of bead.target) {
      const at = WRONG[bead.lang].exec(t.sentence.text);
      if (!at) continue;
      const instead = WRONG_QUOTES[bead.lang][at[0]] ?? '';
      findings.push(
        beadFinding(punctuationQuoteStyle, bead, `Quotation mark “${at[0]}” is not ${bead.lang === 'ru' ? 'Russian' : 'English'} style; use “${instead}”.`, {
          target: { sentence: t.sentence.id, start: at.index, end: at.index + 1 },
        }),
      );
    }
    return findings;
  },
};
