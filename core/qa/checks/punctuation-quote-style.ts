import { WRONG_QUOTES } from '../data/punctuation';
import { beadFinding } from '../finding';
import type { BeadCheck, Finding } from '../types';

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
    const wrong = WRONG_QUOTES[bead.lang];
    const findings: Finding[] = [];
    for (const t of bead.target) {
      const text = t.sentence.text;
      for (let i = 0; i < text.length; i++) {
        const ch = text[i] ?? '';
        const instead = wrong[ch];
        if (instead === undefined) continue;
        findings.push(
          beadFinding(punctuationQuoteStyle, bead, `Quotation mark “${ch}” is not ${bead.lang === 'ru' ? 'Russian' : 'English'} style; use “${instead}”.`, {
            target: { sentence: t.sentence.id, start: i, end: i + 1 },
          }),
        );
        break;
      }
    }
    return findings;
  },
};
