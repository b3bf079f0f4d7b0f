import { FULLWIDTH_OVERRIDES, FULLWIDTH_PUNCTUATION } from '../data/punctuation';
import { beadFinding } from '../finding';
import type { BeadCheck, Finding } from '../types';

/** Any character of the table, to skip sentences with none. */
const FULLWIDTH = new RegExp(`[${Object.keys(FULLWIDTH_PUNCTUATION).join('')}]`, 'u');

/** A Chinese character: one pattern for every character tested (a literal in the loop is a `new RegExp` per test in the bundle). */
const HAN = /\p{Script=Han}/u;

/**
 * Chinese full-width punctuation (，。、《》（）) in the translation: one finding per sentence, at the
 * first mark, naming all of them (《…》 is one defect, not two). A mark next to Chinese characters is
 * part of an untranslated run and left to untranslated.chinese.
 */
export const punctuationFullwidth: BeadCheck = {
  id: 'punctuation.fullwidth',
  severity: 'warning',
  scope: 'bead',
  description: 'Chinese full-width punctuation in the translation.',
  run(bead) {
    const findings: Finding[] = [];
    const instead = (ch: string): string => FULLWIDTH_OVERRIDES[bead.lang][ch] ?? FULLWIDTH_PUNCTUATION[ch] ?? '';
    for (const t of bead.target) {
      const text = t.sentence.text;
      if (!FULLWIDTH.test(text)) continue;
      const marks: Array<{ ch: string; at: number }> = [];
      for (let i = 0; i < text.length; i++) {
        const ch = text[i] ?? '';
        if (FULLWIDTH_PUNCTUATION[ch] === undefined) continue;
        if (HAN.test(text[i - 1] ?? '') || HAN.test(text[i + 1] ?? '')) continue;
        marks.push({ ch, at: i });
      }
      const first = marks[0];
      if (!first) continue;
      const list = [...new Set(marks.map((m) => `${m.ch} → ${instead(m.ch)}`))].join(', ');
      findings.push(
        beadFinding(punctuationFullwidth, bead, `Chinese punctuation in the translation: ${list}.`, {
          target: { sentence: t.sentence.id, start: first.at, end: first.at + 1 },
        }),
      );
    }
    return findings;
  },
};
