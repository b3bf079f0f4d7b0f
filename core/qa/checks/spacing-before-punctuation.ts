import { beadFinding } from '../finding';
import type { BeadCheck, Finding } from '../types';

/**
 * White space (not a line break) before a mark that ends a word: the mark stands free, followed by
 * a space, the end or a closing quote or bracket. A mark followed by a letter or a digit is not
 * punctuation here (".22 calibre", ".NET", " .txt"); " ..." is an ellipsis; " : " between two figures
 * is a score or ratio ("2 : 1"); ". . ." is a spaced ellipsis.
 */
const SPACE_BEFORE_MARK = /[^\S\n\r]+([,.;:!?])(?=$|[\s"'”’»)\]]|[,.;:!?])/gu;
const ATTACHES = /[\p{L}\p{N}%"'”’»)\]]/u;
const DIGIT = /\p{N}/u;
/** An ellipsis from its first dot: "..", ". ." (a book's spaced ellipsis, "Tomorrow . . . tomorrow"). */
const SPACED_ELLIPSIS = /^\.[^\S\n\r]?\./u;

/** The word (up to white space) before `end`: what a Latin quotation of the source would show too. */
function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && !/\s/u.test(text[start - 1]!)) start--;
  return text.slice(start, end);
}

/**
 * A space before , . ; : ! ? in an English or Russian translation ("attended the meeting .",
 * «встрече ,»): a typing slip or the French habit, which neither language has. Not reported: an
 * ellipsis, a decimal without its zero, marks of code in backquotes, a space after a tag token (the
 * formatting code stands for text), and a space the source itself has before the same mark after the
 * same word (a French or other Latin-script quotation kept as the source writes it).
 */
export const spacingBeforePunctuation: BeadCheck = {
  id: 'spacing.before-punctuation',
  severity: 'warning',
  scope: 'bead',
  description: 'A space before a comma, full stop, semicolon, colon, question or exclamation mark.',
  run(bead) {
    if (bead.lang !== 'en' && bead.lang !== 'ru') return [];
    const findings: Finding[] = [];
    let source: string | null = null;
    for (const t of bead.target) {
      const text = t.sentence.text;
      for (const m of text.matchAll(SPACE_BEFORE_MARK)) {
        const start = m.index;
        const markAt = start + m[0].length - 1;
        const mark = m[1]!;
        const before = text[start - 1];
        if (before === undefined || !ATTACHES.test(before)) continue; // a sentence's edge, a tag token, a dash
        if (mark === '.' && SPACED_ELLIPSIS.test(text.slice(markAt, markAt + 4))) continue; // " ...", " . . ."
        if (mark === ':' && DIGIT.test(before) && DIGIT.test(text.slice(markAt + 1).trimStart()[0] ?? '')) continue;
        if (insideBackquotes(text, start)) continue;
        source ??= bead.source.map((s) => s.sentence.text.replace(/[^\S\n\r]+/gu, ' ')).join(' ');
        if (source.includes(`${wordBefore(text, start)} ${mark}`)) continue;
        findings.push(beadFinding(spacingBeforePunctuation, bead, `Space before “${mark}” in the translation.`, { target: { sentence: t.sentence.id, start, end: markAt } }));
      }
    }
    return findings;
  },
};

/** Is offset `at` inside `code` (an odd number of backquotes before it)? */
export function insideBackquotes(text: string, at: number): boolean {
  let n = 0;
  for (let i = text.indexOf('`'); i >= 0 && i < at; i = text.indexOf('`', i + 1)) n++;
  return n % 2 === 1;
}
