/**
 * The Snowball English ("Porter2") stemmer, written out for speed: the same stems as the
 * `snowball-stemmers` package's english stemmer (checked word for word in
 * tests/english-stem.test.ts), at a fraction of its cost — that generated code spent ~25 µs a word
 * on a cold process, 115 ms for the 4,573 distinct words of mag's English side (issue 13).
 *
 * Works on UTF-16 code units like the generated code: any character outside a–y is a consonant.
 * The word is expected lower-cased (the callers fold it first).
 */

const A = 97;
const E = 101;
const I = 105;
const O = 111;
const U = 117;
const Y = 121;
const CAP_Y = 89;
const W = 119;
const X = 120;

function isVowel(c: number): boolean {
  return c === A || c === E || c === I || c === O || c === U || c === Y;
}

/** Vowels plus w, x and Y: what may not end a short syllable. */
function isVowelWXY(c: number): boolean {
  return isVowel(c) || c === W || c === X || c === CAP_Y;
}

/** c, d, e, g, h, k, m, n, r, t: the letters before which a final "li" is a suffix. */
function isValidLi(c: number): boolean {
  return c === 99 || c === 100 || c === E || c === 103 || c === 104 || c === 107 || c === 109 || c === 110 || c === 114 || c === 116;
}

/** Whole words with a fixed stem (Snowball's exception1); the invariant ones map to themselves. */
const EXCEPTIONS = new Map<string, string>([
  ['skis', 'ski'],
  ['skies', 'sky'],
  ['dying', 'die'],
  ['lying', 'lie'],
  ['tying', 'tie'],
  ['idly', 'idl'],
  ['gently', 'gentl'],
  ['ugly', 'ugli'],
  ['early', 'earli'],
  ['only', 'onli'],
  ['singly', 'singl'],
  ['sky', 'sky'],
  ['news', 'news'],
  ['howe', 'howe'],
  ['atlas', 'atlas'],
  ['cosmos', 'cosmos'],
  ['bias', 'bias'],
  ['andes', 'andes'],
]);

/** Words left alone after step 1a (Snowball's exception2). */
const INVARIANT_AFTER_1A = new Set(['inning', 'outing', 'canning', 'herring', 'earring', 'proceed', 'exceed', 'succeed']);

/** Suffix → replacement, longest first: Snowball takes the longest suffix of a list and only it. */
type SuffixRule = readonly [suffix: string, replacement: string];

const STEP2: readonly SuffixRule[] = [
  ['ational', 'ate'],
  ['ization', 'ize'],
  ['iveness', 'ive'],
  ['fulness', 'ful'],
  ['ousness', 'ous'],
  ['tional', 'tion'],
  ['biliti', 'ble'],
  ['lessli', 'less'],
  ['entli', 'ent'],
  ['ousli', 'ous'],
  ['fulli', 'ful'],
  ['aliti', 'al'],
  ['iviti', 'ive'],
  ['alism', 'al'],
  ['ation', 'ate'],
  ['anci', 'ance'],
  ['enci', 'ence'],
  ['abli', 'able'],
  ['alli', 'al'],
  ['izer', 'ize'],
  ['ator', 'ate'],
  ['bli', 'ble'],
  ['ogi', 'og'], // only after l
  ['li', ''], // only after a valid li-ending
];

/** `ative` is deleted only in R2 (marked by the null replacement). */
const STEP3: ReadonlyArray<readonly [string, string | null]> = [
  ['ational', 'ate'],
  ['tional', 'tion'],
  ['alize', 'al'],
  ['icate', 'ic'],
  ['iciti', 'ic'],
  ['ative', null],
  ['ical', 'ic'],
  ['ness', ''],
  ['ful', ''],
];

const STEP4 = ['ement', 'ment', 'ance', 'ence', 'able', 'ible', 'ant', 'ent', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize', 'ion', 'al', 'er', 'ic'];

/**
 * A suffix list split by the suffix's last letter (all are ASCII), each part in the list's order:
 * a word is tested only against the suffixes that end like it, not all of them (the stemmer runs
 * for every new word of a document, in a process often too short to optimise it; issue 13).
 */
function byLastLetter<T>(items: readonly T[], suffixOf: (item: T) => string): ReadonlyArray<readonly T[]> {
  const parts: T[][] = Array.from({ length: 128 }, () => []);
  for (const item of items) {
    const s = suffixOf(item);
    parts[s.charCodeAt(s.length - 1)]!.push(item);
  }
  return parts;
}

const NONE: readonly never[] = [];

/** The first item of a byLastLetter list whose suffix ends w: the longest, as the lists go longest first. */
function longest<T>(w: string, parts: ReadonlyArray<readonly T[]>, suffixOf: (item: T) => string): T | undefined {
  const last = w.charCodeAt(w.length - 1);
  for (const item of last < 128 ? parts[last]! : NONE) if (w.endsWith(suffixOf(item))) return item;
  return undefined;
}

const ruleSuffix = (rule: readonly [string, unknown]): string => rule[0];
const STEP2_BY_LAST = byLastLetter(STEP2, ruleSuffix);
const STEP3_BY_LAST = byLastLetter(STEP3, ruleSuffix);
const STEP4_BY_LAST = byLastLetter(STEP4, (s) => s);

function hasVowelBefore(w: string, end: number): boolean {
  for (let k = 0; k < end; k++) if (isVowel(w.charCodeAt(k))) return true;
  return false;
}

/** Does a short syllable end at `pos` (exclusive)? */
function shortSyllableAt(w: string, pos: number): boolean {
  if (pos >= 3 && !isVowelWXY(w.charCodeAt(pos - 1)) && isVowel(w.charCodeAt(pos - 2)) && !isVowel(w.charCodeAt(pos - 3))) return true;
  return pos === 2 && !isVowel(w.charCodeAt(1)) && isVowel(w.charCodeAt(0));
}

/** After the first vowel-then-consonant at or after `from`; `len` when there is none. */
function regionStart(w: string, from: number): number {
  const len = w.length;
  let k = from;
  while (k < len && !isVowel(w.charCodeAt(k))) k++;
  if (k >= len) return len;
  k++;
  while (k < len && isVowel(w.charCodeAt(k))) k++;
  return k >= len ? len : k + 1;
}

/** Snowball English stem of a lower-cased word. */
export function englishStem(word: string): string {
  const exception = EXCEPTIONS.get(word);
  if (exception !== undefined) return exception;
  if (word.length < 3) return word;

  // Prelude: a leading apostrophe goes; y at the start or after a vowel is a consonant (Y).
  let w = word.charCodeAt(0) === 39 ? word.slice(1) : word;
  let yFound = false;
  if (w.indexOf('y') >= 0) {
    const chars = w.split('');
    for (let k = 0; k < chars.length; k++) {
      if (chars[k] === 'y' && (k === 0 || isVowel(chars[k - 1]!.charCodeAt(0)))) {
        chars[k] = 'Y';
        yFound = true;
      }
    }
    if (yFound) w = chars.join('');
  }

  // Regions: R1 after the first non-vowel following a vowel (or after gener/commun/arsen), R2 likewise in R1.
  const prefix = w.startsWith('gener') ? 5 : w.startsWith('arsen') ? 5 : w.startsWith('commun') ? 6 : -1;
  const p1 = prefix >= 0 ? prefix : regionStart(w, 0);
  const p2 = regionStart(w, p1);

  w = step1a(w);
  if (!INVARIANT_AFTER_1A.has(w)) {
    w = step1b(w, p1);
    w = step1c(w);
    w = step2(w, p1);
    w = step3(w, p1, p2);
    w = step4(w, p2);
    w = step5(w, p1, p2);
  }
  return yFound ? w.replace(/Y/g, 'y') : w;
}

function step1a(word: string): string {
  let w = word;
  if (w.endsWith("'s'")) w = w.slice(0, -3);
  else if (w.endsWith("'s")) w = w.slice(0, -2);
  else if (w.endsWith("'")) w = w.slice(0, -1);
  if (w.endsWith('sses')) return `${w.slice(0, -4)}ss`;
  if (w.endsWith('ied') || w.endsWith('ies')) {
    const start = w.length - 3;
    return w.slice(0, start) + (start >= 2 ? 'i' : 'ie');
  }
  if (w.endsWith('ss') || w.endsWith('us')) return w;
  if (w.endsWith('s')) {
    // Delete the s when a vowel comes before the letter that precedes it ("gaps", not "gas").
    const start = w.length - 1;
    return start > 0 && hasVowelBefore(w, start - 1) ? w.slice(0, start) : w;
  }
  return w;
}

function step1b(w: string, p1: number): string {
  let len: number;
  let ee: boolean;
  if (w.endsWith('eedly')) [len, ee] = [5, true];
  else if (w.endsWith('ingly')) [len, ee] = [5, false];
  else if (w.endsWith('edly')) [len, ee] = [4, false];
  else if (w.endsWith('eed')) [len, ee] = [3, true];
  else if (w.endsWith('ing')) [len, ee] = [3, false];
  else if (w.endsWith('ed')) [len, ee] = [2, false];
  else return w;
  const start = w.length - len;
  if (ee) return start >= p1 ? `${w.slice(0, start)}ee` : w;
  if (!hasVowelBefore(w, start)) return w;
  const stem = w.slice(0, start);
  const end = stem.slice(-2);
  if (end === 'at' || end === 'bl' || end === 'iz') return `${stem}e`;
  if (end.length === 2 && end[0] === end[1] && 'bdfgmnprt'.includes(end[0]!)) return stem.slice(0, -1);
  return stem.length === p1 && shortSyllableAt(stem, stem.length) ? `${stem}e` : stem;
}

function step1c(w: string): string {
  const last = w.length - 1;
  const c = w.charCodeAt(last);
  if ((c === Y || c === CAP_Y) && last - 1 > 0 && !isVowel(w.charCodeAt(last - 1))) return `${w.slice(0, last)}i`;
  return w;
}

function step2(w: string, p1: number): string {
  const rule = longest(w, STEP2_BY_LAST, ruleSuffix);
  if (!rule) return w;
  const start = w.length - rule[0].length;
  if (start < p1) return w;
  if (rule[0] === 'ogi' && w.charCodeAt(start - 1) !== 108) return w;
  if (rule[0] === 'li' && !isValidLi(w.charCodeAt(start - 1))) return w;
  return w.slice(0, start) + rule[1];
}

function step3(w: string, p1: number, p2: number): string {
  const rule = longest(w, STEP3_BY_LAST, ruleSuffix);
  if (!rule) return w;
  const start = w.length - rule[0].length;
  if (start < p1) return w;
  if (rule[1] === null) return start >= p2 ? w.slice(0, start) : w;
  return w.slice(0, start) + rule[1];
}

function step4(w: string, p2: number): string {
  const suffix = longest(w, STEP4_BY_LAST, (s) => s);
  if (suffix === undefined) return w;
  const start = w.length - suffix.length;
  if (start < p2) return w;
  if (suffix === 'ion') {
    const before = w.charCodeAt(start - 1);
    if (before !== 115 && before !== 116) return w;
  }
  return w.slice(0, start);
}

function step5(w: string, p1: number, p2: number): string {
  const start = w.length - 1;
  const c = w.charCodeAt(start);
  if (c === E) return start >= p2 || (start >= p1 && !shortSyllableAt(w, start)) ? w.slice(0, start) : w;
  if (c === 108) return start >= p2 && w.charCodeAt(start - 1) === 108 ? w.slice(0, start) : w;
  return w;
}
