import { beadFinding } from '../finding';
import { insideBackquotes } from './spacing-before-punctuation';
import type { BeadCheck, Finding } from '../types';

/** The cheap test first: most sentences have no mark touching a letter after it. */
const MARK_THEN_LETTER = /[,.;:!?]\p{L}/u;
/**
 * A mark glued to the next word: after a word (two letters or more, or a figure) a full stop, ! or ?
 * before a capitalised word ("2025.The", «года.Главы»), or a comma, semicolon or colon before a word
 * ("China,Russia", "dawn,I left", «Украины,а также»). After a stop the next word has two letters or
 * more, the second lower case (so "U.S.", "Ph.D.", "ASP.NET", "т.е." and "Vue.js" stand); after a
 * comma, a word of one letter counts too ("x,y" stands: its first word is one letter).
 */
const GLUED = /(?<=[\p{L}\p{N}][\p{L}\p{N}]|\p{N})(?:([.!?])(?=\p{Lu}\p{Ll})|([,;:])(?=\p{L}\p{L}|\p{L}[\s'’]))/gu;
/** A run that is one token for a machine: a web or e-mail address, a file name, code. */
const TOKEN_EDGE = /[\s"'“”‘’«»()[\]]/u;
const MACHINE_TOKEN = /:\/\/|@|^www\./iu;

/** The run of text around `at` up to white space, quotes or brackets. */
function tokenAround(text: string, at: number): string {
  let start = at;
  while (start > 0 && !TOKEN_EDGE.test(text[start - 1]!)) start--;
  let end = at;
  while (end < text.length && !TOKEN_EDGE.test(text[end]!)) end++;
  return text.slice(start, end);
}

/**
 * No space after , . ; : ! ? between two words of an English or Russian translation: a slip of
 * typing or of a paste joining two sentences, which reads as one word to every tool after us. Not
 * reported: decimals and thousands (3.5, 1,000), times and ratios (10:30), abbreviations with inner
 * stops (U.S., т.е., Ph.D.), web and e-mail addresses, file names and code in backquotes, and a
 * join the source itself writes (a Latin name or title kept as it is).
 */
export const spacingAfterPunctuation: BeadCheck = {
  id: 'spacing.after-punctuation',
  severity: 'warning',
  scope: 'bead',
  description: 'No space after a comma, full stop, semicolon, colon, question or exclamation mark between two words.',
  run(bead) {
    if (bead.lang !== 'en' && bead.lang !== 'ru') return [];
    const findings: Finding[] = [];
    let source: string | null = null;
    for (const t of bead.target) {
      const text = t.sentence.text;
      if (!MARK_THEN_LETTER.test(text)) continue;
      for (const m of text.matchAll(GLUED)) {
        const at = m.index;
        const token = tokenAround(text, at);
        if (MACHINE_TOKEN.test(token) || insideBackquotes(text, at)) continue;
        source ??= bead.source.map((s) => s.sentence.text).join(' ');
        if (source.includes(token)) continue;
        const mark = m[0];
        findings.push(beadFinding(spacingAfterPunctuation, bead, `No space after “${mark}” in the translation: “${token}”.`, { target: { sentence: t.sentence.id, start: at, end: at + 1 } }));
      }
    }
    return findings;
  },
};
