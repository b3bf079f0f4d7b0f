import { PAIRS, SYMMETRIC_QUOTES } from '../data/punctuation';
import { beadFinding } from '../finding';
import { quotationEnds, quotationRunsOn } from '../quotation-span';
import { sideText } from '../side-text';
import type { BeadCheck, Finding } from '../types';

/** Every mark the check looks at, to skip the many beads that have none. */
const ANY_MARK = /[()[\]{}“”«»„"]/u;
const ALL_MARKS = /[()[\]{}“”«»„"]/gu;
/** A list label closed by a lone parenthesis: "1) …; 2) …", "а) …", "iv) …" open nothing. */
const LIST_LABEL = /(?:^|[\s;:,(—-])(?:\d{1,2}|[a-zа-яё]|[ivx]{1,4})$/iu;

/** Quotation marks of a target language: opening and closing forms, and the symmetric ones. */
const QUOTE_MARKS = new Set(['“', '”', '«', '»', '„', '"']);

/**
 * Whether the source's own quotation marks leave a quotation open or close one opened before (我说：
 * “放屁！ / 你出来！”): a dialogue or a long quotation spans several sentences, and the translation
 * of such a sentence is rightly unbalanced too.
 */
function sourceQuoteSpans(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '“' || ch === '「' || ch === '『') depth++;
    else if (ch === '”' || ch === '」' || ch === '』') {
      if (depth === 0) return true;
      depth--;
    }
  }
  return depth !== 0 || (text.match(/"/gu)?.length ?? 0) % 2 === 1;
}

/**
 * Unbalanced brackets and quotes in the translation, checked over the whole bead so a quotation
 * that spans two sentences balances. Pairs are matched with a stack, so "(«…)»" is caught too. A
 * quotation mark is not reported where the source's quotation spans beyond the bead as well, nor
 * where the translation's own quotation is closed (or was opened) by a sentence near the bead in
 * the same paragraph: a translator may quote a speaker over several sentences where the Chinese
 * only has 他说：.
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
    const quotesSpan = sourceQuoteSpans(sideText(bead.source).text);
    const runsOn = (char: string, what: string): boolean => {
      if (what === 'opening mark') return quotationRunsOn(bead.target, bead.targetDoc, bead.lang, char, 'forward');
      if (what === 'closing mark') return quotationRunsOn(bead.target, bead.targetDoc, bead.lang, closing.get(char) ?? char, 'back');
      const ends = quotationEnds(text, bead.lang).get(char);
      if (!ends || (ends.opens === 0 && ends.closes === 0)) return false;
      return (ends.opens === 0 || quotationRunsOn(bead.target, bead.targetDoc, bead.lang, char, 'forward')) && (ends.closes === 0 || quotationRunsOn(bead.target, bead.targetDoc, bead.lang, char, 'back'));
    };
    const report = (char: string, at: number, what: string): void => {
      if (QUOTE_MARKS.has(char) && (quotesSpan || runsOn(char, what))) return;
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
