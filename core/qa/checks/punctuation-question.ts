import { beadFinding } from '../finding';
import { endingOf, lastCharAt } from '../sentence-ending';
import type { BeadCheck } from '../types';

const QUESTION_MARK = /[?？]/u;

/**
 * A question the translation turns into a statement (the source ends with ？, the translation with a
 * full stop and no question mark anywhere in the bead), or a question mark the source never asks.
 * Information only: free and literary translation moves questions about (难道…？ rendered as an
 * exclamation, a question asked with 。 in the source), but in an official text it changes meaning.
 */
export const punctuationQuestion: BeadCheck = {
  id: 'punctuation.question',
  severity: 'info',
  scope: 'bead',
  description: 'A question in the source is a statement in the translation, or the reverse.',
  run(bead) {
    const source = bead.source.at(-1);
    const target = bead.target.at(-1);
    if (!source || !target) return [];
    const text = target.sentence.text;
    const tgt = endingOf(text);
    const sourceAsks = bead.source.some((s) => QUESTION_MARK.test(s.sentence.text));
    if (endingOf(source.sentence.text).ending === 'question' && tgt.ending === 'stop' && !bead.target.some((t) => QUESTION_MARK.test(t.sentence.text))) {
      const last = lastCharAt(text);
      return [beadFinding(punctuationQuestion, bead, 'The source asks a question; the translation states it (no question mark).', { target: { sentence: target.sentence.id, start: last, end: last + 1 } })];
    }
    if (tgt.ending === 'question' && !sourceAsks) {
      return [beadFinding(punctuationQuestion, bead, 'The translation ends with a question mark; the source asks no question.', { target: { sentence: target.sentence.id, start: tgt.at, end: tgt.at + 1 } })];
    }
    return [];
  },
};
