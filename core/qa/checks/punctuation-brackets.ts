import { PAIRS, SYMMETRIC_QUOTES } from '../data/punctuation';
import { beadFinding } from '../finding';
import { quotationEnds, quotationRunsOn, straightQuoteOpens } from '../quotation-span';
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

/** Source brackets, full-width or not, by the target bracket they stand for. */
const SOURCE_BRACKETS: Readonly<Record<string, { kind: string; opens: boolean }>> = {
  '（': { kind: '(', opens: true }, '(': { kind: '(', opens: true }, '）': { kind: '(', opens: false }, ')': { kind: '(', opens: false },
  '【': { kind: '[', opens: true }, '〔': { kind: '[', opens: true }, '[': { kind: '[', opens: true },
  '】': { kind: '[', opens: false }, '〕': { kind: '[', opens: false }, ']': { kind: '[', opens: false },
};

/**
 * The brackets the source itself leaves open or closes without opening (好像是纸盘（或者是……餐叉？ /
 * 或者是吸管？)。): an aside over two sentences, which the translation rightly leaves unbalanced the
 * same way in each. Keyed by the target's opening bracket.
 */
function sourceBracketEnds(text: string): Map<string, { opens: boolean; closes: boolean }> {
  const depth = new Map<string, number>();
  const ends = new Map<string, { opens: boolean; closes: boolean }>();
  for (const ch of text) {
    const b = SOURCE_BRACKETS[ch];
    if (!b) continue;
    const d = depth.get(b.kind) ?? 0;
    const e = ends.get(b.kind) ?? { opens: false, closes: false };
    ends.set(b.kind, e);
    if (b.opens) depth.set(b.kind, d + 1);
    else if (d > 0) depth.set(b.kind, d - 1);
    else e.closes = true;
  }
  for (const [kind, d] of depth) if (d > 0) ends.get(kind)!.opens = true;
  return ends;
}

/**
 * English quotation marks as a pair of one style: a quotation opened with a straight quote and closed
 * with a curly one (Click "Save”), or the other way round, is closed, whatever its typography. The
 * curly mark of such a pair is written as its straight or curly partner; offsets are kept.
 */
function pairMixedQuotes(text: string): string {
  if (!text.includes('"') || !/[“”]/u.test(text)) return text;
  const marks = text.split('');
  let curlyOpen = 0;
  let straightOpen = false;
  for (let i = 0; i < marks.length; i++) {
    const ch = marks[i];
    if (ch === '“') curlyOpen++;
    else if (ch === '”') {
      if (curlyOpen > 0) curlyOpen--;
      else if (straightOpen) {
        marks[i] = '"';
        straightOpen = false;
      }
    } else if (ch === '"') {
      if (straightOpen) straightOpen = false;
      else if (curlyOpen > 0 && !straightQuoteOpens(text, i)) {
        marks[i] = '”';
        curlyOpen--;
      } else straightOpen = true;
    }
  }
  return marks.join('');
}

/**
 * Unbalanced brackets and quotes in the translation, checked over the whole bead so a quotation
 * that spans two sentences balances. Pairs are matched with a stack, so "(«…)»" is caught too. A
 * quotation mark is not reported where the source's quotation spans beyond the bead as well, nor
 * where the translation's own quotation is closed (or was opened) by a sentence near the bead in
 * the same paragraph: a translator may quote a speaker over several sentences where the Chinese
 * only has 他说：. A bracket is not reported where the source leaves its own bracket unbalanced the same
 * way, and an English quotation opened straight and closed curly ("Save”) is balanced.
 */
export const punctuationBrackets: BeadCheck = {
  id: 'punctuation.brackets',
  severity: 'warning',
  scope: 'bead',
  description: 'Brackets or quotation marks in the translation do not balance.',
  run(bead) {
    const target = sideText(bead.target);
    if (!ANY_MARK.test(target.text)) return [];
    const text = bead.lang === 'en' ? pairMixedQuotes(target.text) : target.text;
    const pairs = PAIRS[bead.lang];
    const opening = new Map(pairs.map(([o, c]) => [o, c]));
    const closing = new Map(pairs.map(([o, c]) => [c, o]));
    const stack: Array<{ char: string; at: number }> = [];
    const findings: Finding[] = [];
    const sourceText = sideText(bead.source).text;
    const quotesSpan = sourceQuoteSpans(sourceText);
    // An opening bracket left open, or a closing one with nothing open, as the source leaves its own
    // (the source read only when the translation has such a bracket).
    let sourceBrackets: Map<string, { opens: boolean; closes: boolean }> | undefined;
    const mirrorsSource = (char: string, what: string): boolean => {
      sourceBrackets ??= sourceBracketEnds(sourceText);
      return (what === 'opening mark' && sourceBrackets.get(char)?.opens === true) || (what === 'closing mark' && sourceBrackets.get(closing.get(char) ?? '')?.closes === true);
    };
    const runsOn = (char: string, what: string): boolean => {
      if (what === 'opening mark') return quotationRunsOn(bead.target, bead.targetDoc, bead.lang, char, 'forward');
      if (what === 'closing mark') return quotationRunsOn(bead.target, bead.targetDoc, bead.lang, closing.get(char) ?? char, 'back');
      const ends = quotationEnds(text, bead.lang).get(char);
      if (!ends || (ends.opens === 0 && ends.closes === 0)) return false;
      return (ends.opens === 0 || quotationRunsOn(bead.target, bead.targetDoc, bead.lang, char, 'forward')) && (ends.closes === 0 || quotationRunsOn(bead.target, bead.targetDoc, bead.lang, char, 'back'));
    };
    const report = (char: string, at: number, what: string): void => {
      if (QUOTE_MARKS.has(char) ? quotesSpan || runsOn(char, what) : mirrorsSource(char, what)) return;
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
