import { beadFinding } from '../finding';
import { endingOf, lastCharAt, TERMINAL } from '../sentence-ending';
import type { BeadCheck } from '../types';

/**
 * A sentence the source closes (。！？) and the translation leaves open, with no final mark or with
 * a comma: where a translation cut short, or a sentence pasted in half, most often
 * shows. Looked at where the bead ends (a 2:1 bead ends where its last sentences end); headings and
 * sources without a final mark are never checked; a semicolon ending a list item («…товаров;») is
 * the Russian and UN convention. Which mark closes the sentence (a full stop for an
 * exclamation mark) is style, not checked; a question turned into a statement is punctuation.question.
 */
export const punctuationFinal: BeadCheck = {
  id: 'punctuation.final',
  severity: 'warning',
  scope: 'bead',
  description: 'The source ends the sentence; the translation leaves it open (no final mark, or a comma).',
  run(bead) {
    const source = bead.source.at(-1);
    const target = bead.target.at(-1);
    if (!source || !target || source.heading || !TERMINAL.has(endingOf(source.sentence.text).ending)) return [];
    const text = target.sentence.text;
    const { ending, at } = endingOf(text);
    if (ending === 'open') {
      const last = lastCharAt(text);
      return [beadFinding(punctuationFinal, bead, 'The translation has no final punctuation where the source ends the sentence.', { target: { sentence: target.sentence.id, start: last, end: last + 1 } })];
    }
    if (ending === 'comma') {
      return [beadFinding(punctuationFinal, bead, `The translation ends with “${text[at] ?? ''}” where the source ends the sentence: cut short?`, { target: { sentence: target.sentence.id, start: at, end: at + 1 } })];
    }
    return [];
  },
};
