import { endsWithAbbreviation } from '../../spelling/abbreviations';
import { beadFinding, quote } from '../finding';
import type { BeadCheck, Finding } from '../types';
import { insideBackquotes } from './spacing-before-punctuation';

/** Two or more marks in a row. */
const RUN = /[,;:.!?]{2,}/gu;
/** Emphasis (?!, !!, ??) and an ellipsis followed by another mark are writers' choices, not slips. */
const ACCEPTED_RUN = /^(?:[!?]+|\.{3,}.*)$/u;
/** The word before the run: letters and inner stops ("etc", "U.S", «т.д»). */
const WORD_BEFORE = /[\p{L}\p{N}.]*[\p{L}\p{N}]$/u;

/**
 * Whether the stop at `stop` belongs to the word before it: a one-letter word or initial (p.m.,
 * «т.д.», «г.»), a word of short parts between stops (U.S, e.g, Ph.D; not a web address,
 * Auctiva.com), or an abbreviation of the spelling's list in either language (a Russian text cites
 * "et al." too; "Calif.", "Inc."). A capitalised word is no abbreviation for that alone: "the Middle
 * East.;", "the PTWC.," are slips.
 */
function stopOfAbbreviation(text: string, stop: number): boolean {
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, stop - 40), stop))?.[0] ?? '';
  const last = word.slice(word.lastIndexOf('.') + 1);
  if (last.length <= 1) return true;
  if (word.includes('.') && word.split('.').every((part) => part.length <= 3)) return true;
  return endsWithAbbreviation(text, stop, 'en') || endsWithAbbreviation(text, stop, 'ru');
}

/**
 * Punctuation doubled or two marks where one belongs, in an English or Russian translation: "war.;",
 * "sides,,", «сторон.,», "end..", "agreed,." — a slip of editing (a clause cut or pasted, a mark typed
 * twice) that a reader sees at once in the published text. Not reported: an ellipsis (…, "...", and a
 * mark after one), ! and ? together or repeated (emphasis: "?!", "!!"), the stop of an abbreviation
 * before a comma, colon, semicolon or question mark ("etc.,", "Inc.;", "U.S.,", "Calif.,", «млн.,», «т.д.,»), code
 * in backquotes and web addresses, and a run the source itself writes.
 */
export const punctuationDoubled: BeadCheck = {
  id: 'punctuation.doubled',
  severity: 'warning',
  scope: 'bead',
  description: 'Punctuation typed twice or two marks where one belongs (",,", ".;", "..").',
  run(bead) {
    const lang = bead.lang;
    if (lang !== 'en' && lang !== 'ru') return [];
    const findings: Finding[] = [];
    for (const t of bead.target) {
      const text = t.sentence.text;
      for (const m of text.matchAll(RUN)) {
        let run = m[0];
        let start = m.index;
        if (ACCEPTED_RUN.test(run) || insideBackquotes(text, start) || /:\/\//u.test(text.slice(start, start + 3))) continue;
        // An abbreviation's stop, then one mark: "etc.," and "etc.?" are right; "Inc.." is not (one stop ends both).
        if (run[0] === '.' && run[1] !== '.' && stopOfAbbreviation(text, start)) {
          [run, start] = [run.slice(1), start + 1];
          if (run.length < 2) continue;
        }
        if (bead.source.some((s) => s.sentence.text.includes(run))) continue;
        findings.push(beadFinding(punctuationDoubled, bead, `Doubled punctuation ${quote(run)} in the translation.`, { target: { sentence: t.sentence.id, start, end: start + run.length } }));
      }
    }
    return findings;
  },
};
