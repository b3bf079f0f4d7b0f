import { PAIRS, SYMMETRIC_QUOTES } from '../data/punctuation';
import { beadFinding } from '../finding';
import { sideText } from '../side-text';
import type { BeadCheck, Finding } from '../types';

/** Every mark the check looks at, to skip the many beads that have none. */
const ANY_MARK = /[()[\]{}“”«»„"]/u;
const ALL_MARKS = /[()[\]{}“”«»„"]/gu;
/** A list label closed by a lone parenthesis: "1) …; 2) …", "а) …", "iv) …" open nothing. */
const LIST_LABEL = /(?:^|[\s;:,(—-])(?:\d{1,2}|[a-zа-яё]|[ivx]{1,4})$/iu;

/**
 * Unbalanced brackets and quotes in the translation, checked over the whole bead so a quotation
 * that spans two sentences balances. Pairs are matched with a stack, so "(«…)»" is caught too.
 */
export const punctuationBrackets: BeadCheck = {
  id: 'punctuation.brackets',
  severity: 'warning',
  scope: 'bead',
  description: 'Brackets or quotation marks in the translation do not balance.',
  run(bead) {
    const target = sideText(bead.target);
    const text = target.text;
    if (!ANY_MARK.test(text)) return [];
    const pairs = PAIRS[bead.lang];
    const opening = new Map(pairs.map(([o, c]) => [o, c]));
    const closing = new Map(pairs.map(([o, c]) => [c, o]));
    const stack: Array<{ char: string; at: number }> = [];
    const findings: Finding[] = [];
    const report = (char: string, at: number, what: string): void => {
      findings.push(beadFinding(punctuationBrackets, bead, `Unbalanced ${what} “${char}” in the translation.`, { target: target.locate(at, at + 1) }));
    };
    for (const m of text.matchAll(ALL_MARKS)) {
      const i = m.index ?? 0;
      const ch = m[0];
      const opener = closing.get(ch);
      const depth = opener === undefined ? -1 : stack.map((s) => s.char).lastIndexOf(opener);
      // In Russian “ closes „ but opens nothing; in English it opens. A closer with a waiting opener closes.
      if (opener !== undefined && (depth >= 0 || !opening.has(ch))) {
        if (depth < 0) {
          if (!(ch === ')' && LIST_LABEL.test(text.slice(Math.max(0, i - 6), i)))) report(ch, i, 'closing mark');
        }
        // Openers left inside the pair are the unclosed ones: (ранее «купол) reports only «.
        else for (const open of stack.splice(depth).slice(1)) report(open.char, open.at, 'opening mark');
      } else if (opening.has(ch)) stack.push({ char: ch, at: i });
    }
    for (const open of stack) report(open.char, open.at, 'opening mark');
    for (const q of SYMMETRIC_QUOTES) {
      let count = 0;
      let last = -1;
      for (let at = text.indexOf(q); at >= 0; at = text.indexOf(q, at + 1)) {
        count++;
        last = at;
      }
      if (count % 2 === 1) report(q, last, 'quotation mark');
    }
    return findings;
  },
};
