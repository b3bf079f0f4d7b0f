/**
 * Sentence segmentation over the rule tables in ./rules. One left-to-right pass over the
 * width-folded text (so ！ and ! are one rule) with bounded look-behind for abbreviations and
 * bounded look-ahead for the next word: linear in the input, no regular-expression backtracking.
 * Intl.Segmenter is not used: it breaks after "Mr." and "т.е." and glues Chinese opening quotes
 * to the previous sentence, and patching its output costs more than these rules.
 */
import type { Lang, Span } from '../model/types';
import { foldWidth } from './fold';
import { SEGMENT_RULES, ZH_SEMICOLONS } from './rules';
import type { SegmentRules } from './rules';

/** Options of the segmenter. */
export interface SegmentOptions {
  /** Chinese only: also end a sentence at ；(official texts use it between long clauses). */
  splitAtSemicolon?: boolean;
}

/** Abbreviations and names are short: never look further back or ahead than this. */
const MAX_TOKEN = 24;
/** How far a 《 may be behind a terminator, and its 》 ahead, for the terminator to be inside a title. */
const MAX_TITLE_REACH = 60;
/** Punctuation that continues a sentence right after a terminator ("etc., and", "！”，他说"). */
const CONTINUERS = new Set([',', ';', ':', '、', '，', '；', '：']);

/** A prepared rule table: sets for O(1) look-ups. */
interface CompiledRules {
  rules: SegmentRules;
  terminators: Set<string>;
  /** The same as UTF-16 code units: the hot loop compares numbers, not one-character strings. */
  terminatorCodes: Set<number>;
  weakTerminators: Set<string>;
  closers: Set<string>;
  beforeNumber: Set<string>;
  neverFinal: Set<string>;
  mayEndBeforeCapital: Set<string>;
  beforeNames: Set<string>;
  sentenceStarters: Set<string>;
}

const compiledCache = new Map<string, CompiledRules>();

function compile(lang: Lang, options: SegmentOptions): CompiledRules {
  const key = `${lang}:${lang === 'zh' && options.splitAtSemicolon ? 1 : 0}`;
  const cached = compiledCache.get(key);
  if (cached) return cached;
  const rules = SEGMENT_RULES[lang];
  const terminators = rules.terminators + (key.endsWith(':1') ? ZH_SEMICOLONS : '');
  const compiled: CompiledRules = {
    rules,
    terminators: new Set(terminators),
    terminatorCodes: new Set([...terminators].map((c) => c.charCodeAt(0))),
    weakTerminators: new Set(rules.weakTerminators ?? ''),
    closers: new Set(rules.closers),
    beforeNumber: new Set(rules.beforeNumber ?? []),
    neverFinal: new Set(rules.neverFinal ?? []),
    mayEndBeforeCapital: new Set(rules.mayEndBeforeCapital ?? []),
    beforeNames: new Set(rules.beforeNames ?? []),
    sentenceStarters: new Set(rules.sentenceStarters ?? []),
  };
  compiledCache.set(key, compiled);
  return compiled;
}

/**
 * Split text into sentences. Returns half-open spans into `text`, in order, without leading or
 * trailing whitespace; everything between two spans is whitespace, so no text is ever lost.
 * A blank line always ends a sentence (paragraph boundary).
 */
export function segmentSentences(text: string, lang: Lang, options: SegmentOptions = {}): Span[] {
  const rules = compile(lang, options);
  const folded = foldWidth(text);
  const spans: Span[] = [];
  const n = folded.length;
  let start = skipSpace(folded, 0);
  let lastTitleOpen = -1;
  let lastTitleClose = -1;
  const titleOpen = rules.rules.quotedTitles?.[0]?.[0];
  const titleClose = rules.rules.quotedTitles?.[0]?.[1];
  const titleOpenCode = titleOpen?.charCodeAt(0) ?? -1;
  const titleCloseCode = titleClose?.charCodeAt(0) ?? -1;
  const NEWLINE = 0x0a;

  const emit = (end: number): void => {
    let e = end;
    while (e > start && isSpace(folded[e - 1]!)) e--;
    if (e > start) spans.push({ start, end: e });
  };

  let i = start;
  while (i < n) {
    const code = folded.charCodeAt(i);
    if (code === titleOpenCode) lastTitleOpen = i;
    else if (code === titleCloseCode) lastTitleClose = i;

    if (code === NEWLINE && isBlankLineAt(folded, i)) {
      emit(i);
      start = skipSpace(folded, i);
      i = start;
      continue;
    }
    if (!rules.terminatorCodes.has(code)) {
      i++;
      continue;
    }
    const ch = folded[i]!;
    // A run of terminators counts as one ("?!", "……", "..."), then closing quotes and brackets.
    let end = i + 1;
    while (end < n && rules.terminators.has(folded[end]!)) end++;
    // ". . ." is one ellipsis, not three sentence ends.
    if (ch === '.' && rules.rules.needsSpaceAfter) {
      while (end + 1 < n && folded[end] === ' ' && folded[end + 1] === '.' && folded[end - 1] === '.') end += 2;
    }
    const runEnd = end;
    while (end < n && rules.closers.has(folded[end]!) && closerBelongsHere(folded, end, rules)) end++;
    const weak = isEllipsis(folded, i, runEnd, rules) && end === runEnd && !endsParagraphAt(folded, end);
    if (!weak && isBoundary(folded, i, end, start, rules, lastTitleOpen > lastTitleClose ? lastTitleOpen : -1, titleClose)) {
      emit(end);
      start = skipSpace(folded, end);
      i = start;
    } else {
      i = end;
    }
  }
  if (start < n) emit(n);
  return spans;
}

/** A run of ellipsis characters or of two or more periods (spaced or not). */
function isEllipsis(text: string, from: number, to: number, rules: CompiledRules): boolean {
  let periods = 0;
  for (let k = from; k < to; k++) {
    const c = text[k]!;
    if (c === '.') periods++;
    else if (c !== ' ' && !rules.weakTerminators.has(c)) return false;
  }
  return periods === 0 || (periods >= 2 && rules.rules.needsSpaceAfter);
}

/** End of text, or only spaces before a blank line. */
function endsParagraphAt(text: string, at: number): boolean {
  const next = skipSpace(text, at);
  return next >= text.length || isBlankLineBetween(text, at, next);
}

/** Straight quotes are ambiguous: after a terminator, one closes the sentence only before a space or the end. */
function closerBelongsHere(text: string, at: number, rules: CompiledRules): boolean {
  const ch = text[at]!;
  if (ch !== '"' && ch !== "'") return true;
  const next = text[at + 1];
  return next === undefined || isSpace(next) || rules.closers.has(next) || !rules.rules.needsSpaceAfter;
}

function isBoundary(
  text: string,
  termStart: number,
  end: number,
  sentenceStart: number,
  rules: CompiledRules,
  openTitleAt: number,
  titleClose: string | undefined,
): boolean {
  // Inside an open 《…》 whose 》 comes soon: a title such as 《你好！》, not a sentence end.
  if (openTitleAt >= 0 && titleClose && termStart - openTitleAt <= MAX_TITLE_REACH) {
    const limit = Math.min(text.length, end + MAX_TITLE_REACH);
    for (let k = end; k < limit; k++) if (text[k] === titleClose) return false;
  }
  if (end >= text.length) return true;
  const after = text[end]!;
  if (!rules.rules.needsSpaceAfter) {
    // "?id=1", "Yahoo!Japan": a half-width mark glued to Latin text is part of a URL or a name.
    const before = text[termStart - 1] ?? '';
    if (end - termStart === 1 && /[!?]/.test(text[termStart]!) && /[A-Za-z0-9/]/.test(before) && /[A-Za-z0-9=&%/]/.test(after)) return false;
    return !CONTINUERS.has(after);
  }
  if (!isSpace(after)) return false;
  const nextAt = skipSpace(text, end);
  if (nextAt >= text.length) return true;
  if (isBlankLineBetween(text, end, nextAt)) return true;
  const next = text[nextAt]!;
  if (isLowercase(next) || CONTINUERS.has(next)) return false;
  const run = text.slice(termStart, end);
  // Only a single period can belong to an abbreviation; "...", "!" and "?" end here.
  if (run[0] !== '.' || (run.length > 1 && run[1] === '.')) return true;
  return periodEndsSentence(text, termStart, sentenceStart, nextAt, rules);
}

/** The word before a single period decides: abbreviation, initial, list number, or a real end. */
function periodEndsSentence(text: string, dot: number, sentenceStart: number, nextAt: number, rules: CompiledRules): boolean {
  let from = dot;
  while (from > sentenceStart && dot - from < MAX_TOKEN && isTokenChar(text[from - 1]!)) from--;
  const token = text.slice(from, dot);
  if (token.length === 0) return true;
  const lower = token.toLowerCase();
  if (rules.neverFinal.has(lower)) return false;
  // Spaced abbreviations: "т. е.", "и т. д.", "e. g." are looked up as "т.е", "т.д", "e.g".
  const spaced = spacedAbbreviation(text, from, sentenceStart, lower);
  if (spaced && rules.neverFinal.has(spaced)) return false;
  if (spaced && rules.mayEndBeforeCapital.has(spaced)) return isUppercase(wordAt(text, nextAt)[0] ?? '');
  // An initial: "V. V. Putin", "В. В. Путин", "J. Smith".
  if (token.length === 1 && isUppercase(token)) return false;
  // A list number or section numeral opening the sentence or an inline list ("as follows: 1. …; 2. …").
  if (/^(\d{1,3}|[IVXLC]{1,6})$/.test(token) && (from === sentenceStart || /[:;,]/.test(previousNonSpace(text, from, sentenceStart)))) {
    return false;
  }
  if (rules.beforeNumber.has(lower)) return !/^[\dIVXLC]/.test(text[nextAt] ?? '');
  const nextWord = wordAt(text, skipOpeners(text, nextAt));
  if (rules.beforeNames.has(lower)) return rules.sentenceStarters.has(nextWord);
  if (rules.mayEndBeforeCapital.has(lower)) return isUppercase(nextWord[0] ?? '');
  // An unlisted dotted abbreviation ("U.S.A.", "т.е."): an end only before a sentence opener.
  if (/^\p{L}(\.\p{L})+$/u.test(token)) return rules.sentenceStarters.has(nextWord);
  return true;
}

function previousNonSpace(text: string, from: number, limit: number): string {
  let k = from;
  while (k > limit && isSpace(text[k - 1]!)) k--;
  return k > limit ? text[k - 1]! : '';
}

/** Opening quotes and brackets before the next word ("“The", "(In"). */
function skipOpeners(text: string, at: number): number {
  let k = at;
  while (k < text.length && k - at < 3 && '"\'“‘«(['.includes(text[k]!)) k++;
  return k;
}

/** "т. е" → "т.е": one short letter group before this one, separated by ". ". */
function spacedAbbreviation(text: string, from: number, sentenceStart: number, lower: string): string | undefined {
  if (lower.length > 2 || from - 3 < sentenceStart || text[from - 1] !== ' ' || text[from - 2] !== '.') return undefined;
  let k = from - 2;
  while (k > sentenceStart && from - k < 6 && /\p{L}/u.test(text[k - 1]!)) k--;
  const previous = text.slice(k, from - 2).toLowerCase();
  if (previous.length === 0 || previous.length > 2) return undefined;
  return `${previous}.${lower}`;
}

function wordAt(text: string, at: number): string {
  let end = at;
  while (end < text.length && end - at < MAX_TOKEN && /[\p{L}\p{M}'’-]/u.test(text[end]!)) end++;
  return text.slice(at, end);
}

function isTokenChar(ch: string): boolean {
  return ch === '.' || ch === '-' || /[\p{L}\p{N}]/u.test(ch);
}

/** The same set String.prototype.trim removes, so spans and trimming agree. */
function isSpace(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

function isLowercase(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function isUppercase(ch: string): boolean {
  return ch.length > 0 && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpace(text[i]!)) i++;
  return i;
}

/** A newline that is followed, after spaces, by another newline: a paragraph break. */
function isBlankLineAt(text: string, at: number): boolean {
  let j = at + 1;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\u3000')) j++;
  return text[j] === '\n';
}

/** Two newlines in text[from, to) (only whitespace lies between them there): a paragraph break. */
function isBlankLineBetween(text: string, from: number, to: number): boolean {
  let newlines = 0;
  for (let k = from; k < to; k++) if (text[k] === '\n' && ++newlines === 2) return true;
  return false;
}
