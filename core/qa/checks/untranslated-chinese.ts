import { beadFinding, quote } from '../finding';
import { sideText } from '../side-text';
import type { BeadCheck, Finding } from '../types';

/** A run of Han characters, with any Chinese punctuation inside it (安全、稳定). */
const HAN_RUN = /\p{Script=Han}(?:[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]*\p{Script=Han})?/gu;

/** Chinese characters left in the translation: one finding per run, pointing at it. */
export const untranslatedChinese: BeadCheck = {
  id: 'untranslated.chinese',
  severity: 'error',
  scope: 'bead',
  description: 'Chinese characters are left in the translation.',
  run(bead) {
    const target = sideText(bead.target);
    const findings: Finding[] = [];
    for (const m of target.text.matchAll(HAN_RUN)) {
      const start = m.index ?? 0;
      findings.push(
        beadFinding(untranslatedChinese, bead, `Untranslated Chinese ${quote(m[0])} in the translation.`, {
          target: target.locate(start, start + m[0].length),
        }),
      );
    }
    return findings;
  },
};
