import { FULLWIDTH_PUNCTUATION } from '../data/punctuation';
import { beadFinding } from '../finding';
import type { BeadCheck, Finding } from '../types';

/**
 * Chinese full-width punctuation (，。、《》（）) in the translation. A mark right next to Chinese
 * characters is part of an untranslated run and left to untranslated.chinese, so one defect gives one finding.
 */
export const punctuationFullwidth: BeadCheck = {
  id: 'punctuation.fullwidth',
  severity: 'warning',
  scope: 'bead',
  description: 'Chinese full-width punctuation in the translation.',
  run(bead) {
    const findings: Finding[] = [];
    for (const t of bead.target) {
      const text = t.sentence.text;
      for (let i = 0; i < text.length; i++) {
        const ch = text[i] ?? '';
        const instead = FULLWIDTH_PUNCTUATION[ch];
        if (instead === undefined) continue;
        if (/\p{Script=Han}/u.test(text[i - 1] ?? '') || /\p{Script=Han}/u.test(text[i + 1] ?? '')) continue;
        findings.push(
          beadFinding(punctuationFullwidth, bead, `Chinese punctuation “${ch}” in the translation; use “${instead}”.`, {
            target: { sentence: t.sentence.id, start: i, end: i + 1 },
          }),
        );
      }
    }
    return findings;
  },
};
