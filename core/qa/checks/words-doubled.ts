import { LEGIT_DOUBLED_WORDS } from '../data/doubled-words';
import { beadFinding } from '../finding';
import { isRomanizedChineseName } from '../../spelling/chinese-names';
import type { BeadCheck, Finding } from '../types';

/** Words as maximal runs of letters, digits, apostrophes and hyphens, so "так-так" is one word. */
const WORD = /[\p{L}\p{N}'’-]+/gu;
const LETTERS = /^\p{L}+$/u;
const SPACE_ONLY = /^\s+$/u;

const WHITE = /\s/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Per UTF-16 code unit: 1 white space, 2 letter or digit, 3 anything else, 0 not looked up yet. */
const unitClass = new Uint8Array(0x10000);

function classOf(unit: number): number {
  let c = unitClass[unit]!;
  if (c === 0) {
    const ch = String.fromCharCode(unit);
    unitClass[unit] = c = WHITE.test(ch) ? 1 : LETTER_OR_DIGIT.test(ch) ? 2 : 3;
  }
  return c;
}

/** Whether the character at UTF-16 offset `at` is a letter or digit; a surrogate pair is read whole from either half. */
function isLetterOrDigit(s: string, at: number): boolean {
  const unit = s.charCodeAt(at);
  if (unit < 0xd800 || unit > 0xdfff) return classOf(unit) === 2;
  const pairStart = unit >= 0xdc00 && at > 0 && s.charCodeAt(at - 1) >= 0xd800 && s.charCodeAt(at - 1) <= 0xdbff ? at - 1 : at;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(s.codePointAt(pairStart)!));
}

/** Whether s[a, b) and s[from, to) are the same text. */
function sameRange(s: string, a: number, b: number, from: number, to: number): boolean {
  if (b - a !== to - from) return false;
  for (let k = 0; k < b - a; k++) if (s.charCodeAt(a + k) !== s.charCodeAt(from + k)) return false;
  return true;
}

/**
 * Cheap test first: any two equal neighbours among the whitespace-separated pieces of the text, each
 * without the punctuation around it ("supplies supplies," and "(or or" are repeats too). Walked code
 * unit by code unit, not split and stripped with regexes: QA asks it of every target sentence, and that
 * was the largest single cost of `check` (round 11). Same answers as the split on 28,565 bench lines.
 */
export function hasRepeat(text: string): boolean {
  const s = text.toLowerCase();
  // The previous piece as [from, to) in s, compared in place: a string per word cost more than the walk.
  let from = 0;
  let to = 0;
  for (let i = 0; i < s.length; ) {
    if (classOf(s.charCodeAt(i)) === 1) {
      i++;
      continue;
    }
    let end = i;
    while (end < s.length && classOf(s.charCodeAt(end)) !== 1) end++;
    let a = i;
    let b = end;
    while (a < b && !isLetterOrDigit(s, a)) a++;
    while (b > a && !isLetterOrDigit(s, b - 1)) b--;
    if (b > a && sameRange(s, a, b, from, to)) return true;
    from = a;
    to = b;
    i = end;
  }
  return false;
}

/** A word of two to four Han characters said twice in a row: 非常非常 "very very", 帕果帕果 "Pago Pago". */
const SOURCE_SAYS_TWICE = /(\p{Script=Han}{2,4})\1/u;
const CAPITALISED = /^\p{Lu}/u;

/**
 * The same word twice in a row ("the the", "и и"), except repeats the language allows ("had had"),
 * a run of three or more (an echo or a sound: "ha ha ha", "tock tock tock"), a Chinese pet name
 * (Zhen Zhen for 珍珍), and a repeat the source makes itself, written as a name or with emphasis
 * (帕果帕果 → "Pago Pago", 非常非常 → "very VERY"; a doubled one-character word such as 常常 or 看看
 * is one word, not a repeat).
 */
export const wordsDoubled: BeadCheck = {
  id: 'words.doubled',
  severity: 'warning',
  scope: 'bead',
  description: 'The same word twice in a row in the translation.',
  run(bead) {
    const legit = LEGIT_DOUBLED_WORDS[bead.lang];
    const findings: Finding[] = [];
    // A repeat the source makes is rendered as a name (Pago Pago) or with emphasis (very VERY); the
    // same word in the same case ("people people") is still a slip, as the source's 如何如何 may be elsewhere.
    // The source is read only when the translation has a repeat.
    let sourceSaysTwice: boolean | undefined;
    const rendersSourceRepeat = (a: string, b: string): boolean => {
      if (a === b && !(CAPITALISED.test(a) && CAPITALISED.test(b))) return false;
      sourceSaysTwice ??= SOURCE_SAYS_TWICE.test(bead.source.map((s) => s.sentence.text).join(''));
      return sourceSaysTwice;
    };
    for (const t of bead.target) {
      const text = t.sentence.text;
      if (!hasRepeat(text)) continue;
      const words = [...text.matchAll(WORD)].map((m) => ({ word: m[0], lower: m[0].toLowerCase(), start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
      const repeats = (i: number): boolean =>
        i > 0 && i < words.length && words[i]!.lower === words[i - 1]!.lower && LETTERS.test(words[i]!.word) && SPACE_ONLY.test(text.slice(words[i - 1]!.end, words[i]!.start));
      for (let i = 1; i < words.length; i++) {
        const [previous, word] = [words[i - 1]!, words[i]!];
        if (!repeats(i) || repeats(i - 1) || repeats(i + 1) || legit.has(word.lower) || isRomanizedChineseName(word.word)) continue;
        if (rendersSourceRepeat(previous.word, word.word)) continue;
        findings.push(beadFinding(wordsDoubled, bead, `Doubled word “${previous.word} ${word.word}”.`, { target: { sentence: t.sentence.id, start: previous.start, end: word.end } }));
      }
    }
    return findings;
  },
};
