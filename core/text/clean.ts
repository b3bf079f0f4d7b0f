/**
 * Clean-up of noisy input into paragraphs: the step between raw text and segmentation.
 * Real sources are copied from newspaper pages and web sites: lines hard-wrapped inside
 * paragraphs, paragraphs cut by page breaks (even mid-word), "(下转第6版)" notes, repeated
 * paragraphs, a duplicated title, and a tail of scraped links. Nothing is dropped silently:
 * noise stays as a paragraph marked `excluded` with a NoiseFlag pointing at its input line.
 *
 * Decision (see core/text/README.md): a paragraph that ends mid-sentence and is
 * followed, after a page break or a page marker, by text that continues it, is joined with that
 * text and flagged; the marker stays as its own excluded paragraph right after the joined one.
 */
import type { Lang, NoiseFlag, NoiseKind } from '../model/types';
import { CIRCLED_NUMBERS, SUPERSCRIPT_DIGITS } from './footnote-marks';
import { findMojibake } from './mojibake';
import { normalizeText } from './normalize';
import {
  BOILERPLATE,
  DATE_LINE,
  HEADING,
  LINK_LIST_ITEM,
  MAX_TITLE_LENGTH,
  MAX_WRAP_WIDTH,
  MIN_WRAP_WIDTH,
  MIN_DUPLICATE_LENGTH,
  PAGE_MARKER,
  PAGE_MARKER_AT_END,
  PAGE_MARKER_AT_START,
  PARAGRAPH_FINAL,
  TITLE_ENDINGS,
  TRAILING_CLOSERS,
  URL,
} from './noise-rules';

/** One paragraph of the cleaned text. */
export interface CleanParagraph {
  text: string;
  /** Offset of the paragraph in CleanText.text. */
  start: number;
  /** 1-based line of the input where the paragraph begins. */
  line: number;
  /** Set when the paragraph is noise, kept for the translator to see but not aligned. */
  excluded?: NoiseKind;
  /** A title or section heading. */
  heading?: boolean;
}

/** The cleaned text (paragraphs separated by one blank line), its paragraphs and what was flagged. */
export interface CleanText {
  text: string;
  paragraphs: CleanParagraph[];
  flags: NoiseFlag[];
}

/** Why a line is not running text. */
type LineRole = 'text' | 'page-marker' | 'link-item' | 'boilerplate' | 'heading';

interface SourceLine {
  text: string;
  line: number;
  /** Starts with an indent (two spaces, a tab, an ideographic space): a paragraph opening. */
  indented: boolean;
}

/** A join made while building a paragraph: where, from which input line, and of what kind. */
interface Join {
  at: number;
  line: number;
  kind: 'joined-lines' | 'broken-word';
  /** A line break inside a block, or a page break between blocks. */
  across: 'line' | 'page';
  message: string;
}

/**
 * A paragraph being built. Its text is kept as pieces and joined once at the end: appending to a
 * string and then reading its last character makes V8 flatten it each time, which is quadratic
 * on a 100 000-line hard-wrapped block.
 */
interface Draft {
  pieces: string[];
  length: number;
  line: number;
  lastLine: number;
  role: LineRole;
  heading: boolean;
  excluded?: NoiseKind;
  joins: Join[];
  flags: DraftFlag[];
}

/** A flag before offsets are known; `through` extends its span to the end of a later paragraph. */
interface DraftFlag extends Omit<NoiseFlag, 'span'> {
  through?: Draft;
}

const HAN = /\p{Script=Han}/u;
/** Paragraphs of the cleaned text are separated by one blank line. */
const PARAGRAPH_SEPARATOR = '\n\n';
/** Longest word quoted in a broken-word message. */
const MAX_WORD = 40;

/** Clean raw text (any line endings) into paragraphs; see the module comment for what is flagged. */
export function cleanText(raw: string, lang: Lang): CleanText {
  const lines = splitLines(normalizeText(raw));
  let drafts = toBlocks(lines).flatMap((block) => paragraphsOfBlock(block, lang));
  markTitle(drafts, lang);
  drafts = joinPageBreaks(drafts, lang);
  markExclusions(drafts);
  markDuplicates(drafts);
  return assemble(drafts);
}

/** Lines with their 1-based numbers, trimmed; a page marker sharing a line with text is split off. */
function splitLines(text: string): SourceLine[] {
  const out: SourceLine[] = [];
  text.split('\n').forEach((rawLine, index) => {
    const line = index + 1;
    const indented = /^(?: {2}|\t|\u3000)/u.test(rawLine);
    let rest = rawLine.trim();
    const head = PAGE_MARKER_AT_START.exec(rest);
    if (head && head[0].length < rest.length) {
      out.push({ text: head[0], line, indented });
      rest = rest.slice(head[0].length).trim();
    }
    const tail = PAGE_MARKER_AT_END.exec(rest);
    if (tail && tail.index > 0) {
      out.push({ text: rest.slice(0, tail.index).trim(), line, indented }, { text: tail[0], line, indented: false });
      return;
    }
    out.push({ text: rest, line, indented });
  });
  return out;
}

function toBlocks(lines: SourceLine[]): SourceLine[][] {
  const blocks: SourceLine[][] = [];
  let current: SourceLine[] = [];
  for (const l of lines) {
    if (l.text === '') {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else current.push(l);
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

function roleOf(text: string, lang: Lang): LineRole {
  if (PAGE_MARKER.test(text)) return 'page-marker';
  if (LINK_LIST_ITEM.test(text)) return 'link-item';
  if (BOILERPLATE.test(text) && (URL.test(text) || text.length < 80)) return 'boilerplate';
  if (URL.test(text) && text.replace(URL, '').trim().length < 10) return 'boilerplate';
  if (HEADING[lang].test(text)) return 'heading';
  return 'text';
}

/** Strip closing quotes/brackets, then look at the last character. */
function endsParagraph(text: string, lang: Lang): boolean {
  let end = text.length;
  while (end > 0 && TRAILING_CLOSERS.includes(text[end - 1]!)) end--;
  if (end === 0) return true;
  return PARAGRAPH_FINAL[lang].includes(text[end - 1]!);
}

/**
 * A block is hard-wrapped when its lines are short and (all but the last) of similar length, as
 * an editor or a PDF export leaves them. Otherwise each line is a paragraph of its own, unless it
 * is long and stops mid-sentence (Chinese files with one paragraph per line).
 */
function isHardWrapped(block: SourceLine[], lang: Lang): boolean {
  if (block.length < 2) return false;
  const lengths = block.map((l) => l.text.length);
  const max = longestLine(block);
  if (max > MAX_WRAP_WIDTH[lang] || max < MIN_WRAP_WIDTH[lang]) return false;
  const body = lengths.slice(0, -1);
  // A wrap ends its lines wherever the width falls, seldom at a clause mark every time: lines that
  // all end one are a list set one per line (salutations, preamble clauses).
  if (body.length >= 2 && block.slice(0, -1).every((l) => LIST_ITEM_END.test(l.text))) return false;
  return body.filter((n) => n >= max * 0.75).length >= body.length * 0.6;
}

/** Length of the longest line (a loop: a spread of 100 000 lengths overflows the call stack). */
function longestLine(block: SourceLine[]): number {
  let max = 0;
  for (const l of block) if (l.text.length > max) max = l.text.length;
  return max;
}

function paragraphsOfBlock(block: SourceLine[], lang: Lang): Draft[] {
  const out: Draft[] = [];
  const wrapped = isHardWrapped(block, lang);
  const max = longestLine(block);
  // Indentation marks paragraph openings only when some lines are not indented.
  const indentSignal = block.some((l) => l.indented) && block.some((l) => !l.indented);
  let current: Draft | undefined;
  let previousText = '';
  for (const l of block) {
    const role = roleOf(l.text, lang);
    if (role !== 'text') {
      if (current) out.push(current);
      current = undefined;
      out.push(newDraft(l, role));
      continue;
    }
    const ended = endsParagraph(previousText, lang);
    // A date line is complete without punctuation: what follows it starts a paragraph of its own too.
    // A table row (cells split by tabs) is a row, not a wrapped line: it is joined with nothing.
    const opensParagraph =
      (indentSignal && l.indented) ||
      DATE_LINE.test(l.text) ||
      DATE_LINE.test(previousText) ||
      TABLE_ROW.test(l.text) ||
      TABLE_ROW.test(previousText) ||
      (ITEM_MARKER.test(l.text) && (endsParagraph(previousText, lang) || LIST_ITEM_END.test(previousText) || previousText.length < max / 2));
    const continues =
      current !== undefined &&
      !opensParagraph &&
      (wrapped
        ? !(ended && previousText.length < max * 0.9)
        : !ended && !startsListItem(previousText, l.text) && previousText.length >= Math.max(20, MIN_WRAP_WIDTH[lang], max * 0.75));
    if (current && continues) {
      appendText(current, l.text, l.line, lang, 'line');
    } else {
      if (current) out.push(current);
      current = newDraft(l, 'text');
    }
    previousText = l.text;
  }
  if (current) out.push(current);
  return out;
}

/**
 * A line after one that ends a clause (comma, semicolon, colon) is the next item of a list set one
 * per line — a speech's salutations ("Your Excellency…," / "Colleagues,"; 尊敬的…阁下， / 各位同事，),
 * a resolution's preamble clauses — not the rest of the sentence, when it opens with a capital
 * (running text goes on in lower case) or ends a clause itself (Chinese has no capitals; a
 * paragraph broken by a stray line end goes on to its full stop).
 */
function startsListItem(previousText: string, text: string): boolean {
  return LIST_ITEM_END.test(previousText) && (CAPITAL_START.test(text) || LIST_ITEM_END.test(text));
}

const CAPITAL_START = /^\p{Lu}/u;
/** Cells split by a tab inside the (trimmed) line: a table copied from a page or a spreadsheet. */
const TABLE_ROW = /\S\t+\S/u;
/**
 * A line opening with an item's or a footnote's marker — [1], ①, ¹, (a), (iii), b), 1., 一、, （一） —
 * after a line that ended its sentence or clause, or after a short line (a heading: "Annex"), starts
 * an item of its own, even inside a block of even lines (footnotes or list items of similar length
 * look like a wrapped paragraph).
 */
const ITEM_MARKER = new RegExp(
  `^(?:\\[\\d{1,3}\\]|[${CIRCLED_NUMBERS}${SUPERSCRIPT_DIGITS}]+|\\(?(?:[ivx]{1,4}|[a-zа-я])\\)\\s|\\(?\\d{1,3}[.)]\\s|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])`,
  'u',
);

function newDraft(l: SourceLine, role: LineRole): Draft {
  return { pieces: [l.text], length: l.text.length, line: l.line, lastLine: l.line, role, heading: role === 'heading', joins: [], flags: [] };
}

/** The whole text of a paragraph (joined once, then cached as a single piece). */
function textOf(d: Draft): string {
  if (d.pieces.length !== 1) d.pieces = [d.pieces.join('')];
  return d.pieces[0]!;
}

/** The last piece appended: enough to look at the end of the paragraph without joining it. */
function tailOf(d: Draft): string {
  return d.pieces[d.pieces.length - 1]!;
}

/**
 * Append text to a paragraph: no space between Chinese characters, one space between words, and
 * a word hyphenated at the break ("inter-" + "national") rejoined and flagged.
 */
function appendText(draft: Draft, next: string, line: number, lang: Lang, why: 'line' | 'page'): void {
  const tail = tailOf(draft);
  const last = tail[tail.length - 1] ?? '';
  const first = next[0] ?? '';
  let kind: Join['kind'];
  let message: string;
  let at: number;
  if (/^\p{L}-$/u.test(tail.slice(-2)) && /^\p{Ll}/u.test(next)) {
    draft.pieces[draft.pieces.length - 1] = tail.slice(0, -1);
    draft.length -= 1;
    at = draft.length;
    kind = 'broken-word';
    const word = `${wordEnd(tail.slice(0, -1))}-|${wordStart(next)}`;
    message = `word broken across a ${why} break rejoined without its hyphen: "${word}" (line ${line})`;
  } else {
    at = draft.length;
    // Chinese is wrapped by width, so only two Latin words get a space back ("WTO|成员" and
    // "20|25" do not); other languages are wrapped at spaces.
    const noSpace =
      HAN.test(last) ||
      HAN.test(first) ||
      /[\u3000-\u303F\uFF00-\uFFEF]/u.test(last) ||
      (lang === 'zh' && !(/\p{L}/u.test(last) && /\p{L}/u.test(first)));
    if (!noSpace) {
      draft.pieces.push(' ');
      draft.length += 1;
    }
    if (why === 'page') {
      kind = HAN.test(last) && HAN.test(first) && lang === 'zh' ? 'broken-word' : 'joined-lines';
      message = `text continues after a page break (line ${line}): joined "…${tail.slice(-6)}|${next.slice(0, 6)}…"`;
    } else {
      kind = 'joined-lines';
      message = 'hard-wrapped lines joined into one paragraph';
    }
  }
  draft.pieces.push(next);
  draft.length += next.length;
  draft.joins.push({ at, line, kind, across: why, message });
  draft.lastLine = line;
}

function wordEnd(text: string): string {
  return /\p{L}*$/u.exec(text.slice(-MAX_WORD))?.[0] ?? '';
}

function wordStart(text: string): string {
  return /^\p{L}*/u.exec(text.slice(0, MAX_WORD))?.[0] ?? '';
}

/** The first running-text paragraph, when it stops without punctuation, is the document title. */
function markTitle(drafts: Draft[], lang: Lang): void {
  const first = drafts.find((d) => d.role === 'text');
  if (!first || first !== drafts.find((d) => d.role !== 'page-marker' && d.role !== 'link-item')) return;
  if (!endsParagraph(tailOf(first), lang) && first.length <= MAX_TITLE_LENGTH) {
    first.heading = true;
    first.flags.push({ kind: 'heading', message: 'document title', line: first.line });
  }
}

/** Join a paragraph that stops mid-sentence with the text that continues it after a page break. */
function joinPageBreaks(drafts: Draft[], lang: Lang): Draft[] {
  const out: Draft[] = [];
  const consumed = new Set<number>();
  for (let i = 0; i < drafts.length; i++) {
    if (consumed.has(i)) continue;
    const p = drafts[i]!;
    out.push(p);
    if (p.role !== 'text' || p.heading) continue;
    const markers: number[] = [];
    for (let j = i + 1; j < drafts.length && !endsParagraph(tailOf(p), lang); j++) {
      const q = drafts[j]!;
      if (q.role === 'page-marker') {
        markers.push(j);
        continue;
      }
      const next = textOf(q);
      // Lines of one block were already judged line by line (paragraphsOfBlock): a page break shows
      // as a blank line or a marker. Without this, the lower-case openings of a Russian UN
      // resolution's preamble ("Генеральная Ассамблея," / "ссылаясь на…") were joined into one.
      const acrossBreak = markers.length > 0 || q.line > p.lastLine + 1;
      if (q.role !== 'text' || !acrossBreak || !continuesAfterBreak(p, next, lang)) break;
      appendText(p, next, q.line, lang, 'page');
      for (const join of q.joins) p.joins.push({ ...join, at: join.at + p.length - next.length });
      for (const flag of q.flags) p.flags.push(flag);
      consumed.add(j);
      for (const m of markers) {
        out.push(drafts[m]!);
        consumed.add(m);
      }
      markers.length = 0;
    }
  }
  return out;
}

/**
 * How an item of a list or of a preamble ends: a comma, semicolon or colon, also when the item adds
 * the conjunction that links it to the next ("…of the law, and" / «…всеобщего мира; и», as the
 * Charter and the Russian Universal Declaration set their clauses, one paragraph each).
 */
const LIST_ITEM_END = /(?:[,;:，；：]|[,;]\s+(?:and|or|и|или|либо))$/u;
/** Punctuation inside a Chinese sentence: running text has it, a heading does not. */
const CLAUSE_PUNCTUATION = /[，、；：,;:]/u;
/** A line that starts with a number label: "78/123. ", "1. ", "2.3 ". */
const NUMBERED = /^\d+(?:[./]\d+)*[.．]?\s/u;

function continuesAfterBreak(before: Draft, next: string, lang: Lang): boolean {
  // A paragraph set in capitals is a title or a lead-in («WE THE PEOPLES OF THE UNITED NATIONS
  // DETERMINED» / «И В ЭТИХ ЦЕЛЯХ» before the Charter's lower-case clauses), as the Chinese keeps it
  // apart (我联合国人民同兹决心 / 并为达此目的), not a sentence a page break cut.
  if (lang !== 'zh' && isSetInCapitals(textOf(before))) return false;
  // After a comma, semicolon or colon a lower-case paragraph is the next item of a list or of a
  // resolution's preamble («Генеральная Ассамблея,» / «ссылаясь на…»), not the rest of a sentence.
  if (/^\p{Ll}/u.test(next)) return !LIST_ITEM_END.test(tailOf(before));
  if (lang !== 'zh') return false;
  // Chinese has no lower case: accept a continuation only after running text that is not a
  // title or a date line, when the next paragraph starts with a character rather than a quote.
  // A numbered line without clause punctuation is a heading ("78/123. 联合国难民事务高级专员办事处"
  // before "大会，" in a UN resolution); an unnumbered one may be the first words of a paragraph
  // at the foot of a page (the sample's "…苏军烈士纪" | "念设施，…").
  const tail = tailOf(before);
  const text = textOf(before);
  return (
    before.length >= 12 &&
    !(NUMBERED.test(text) && !CLAUSE_PUNCTUATION.test(text)) &&
    HAN.test(tail[tail.length - 1] ?? '') &&
    !TITLE_ENDINGS.test(tail.slice(-8)) &&
    !(before.length < 80 && DATE_LINE.test(textOf(before))) &&
    /^[\p{Script=Han}0-9]/u.test(next)
  );
}

/** Letters, at least two words of them, and none in lower case. */
function isSetInCapitals(text: string): boolean {
  return /\p{L}{2,}\s+\p{L}{2,}/u.test(text) && !/\p{Ll}/u.test(text);
}

/**
 * Page markers are excluded wherever they are. Link lists and boilerplate are excluded as
 * trailing (or leading) junk when they form the run at the end (or start) of the document; a
 * boilerplate line with a URL is excluded anywhere. Headings are kept and marked.
 */
function markExclusions(drafts: Draft[]): void {
  const isJunk = (d: Draft): boolean => d.role === 'link-item' || d.role === 'boilerplate';
  let tail = drafts.length;
  while (tail > 0 && (isJunk(drafts[tail - 1]!) || drafts[tail - 1]!.role === 'page-marker')) tail--;
  excludeRun(drafts.slice(tail).filter(isJunk), 'after');
  let head = 0;
  while (head < drafts.length && drafts[head]!.role === 'link-item') head++;
  excludeRun(drafts.slice(0, head), 'before');
  for (const d of drafts) {
    if (d.role === 'page-marker') exclude(d, 'page-marker', `page-continuation marker "${textOf(d)}"`);
    else if (d.role === 'boilerplate' && URL.test(textOf(d)) && !d.excluded) exclude(d, 'trailing-junk', 'site boilerplate with a link');
    else if (d.role === 'heading') d.flags.push({ kind: 'heading', message: `section heading "${textOf(d)}"`, line: d.line });
  }
}

/** One flag for a whole run of junk lines (a scraped page can append a hundred), each line excluded. */
function excludeRun(run: Draft[], where: 'before' | 'after'): void {
  const fresh = run.filter((d) => !d.excluded);
  const first = fresh[0];
  const last = fresh[fresh.length - 1];
  if (!first || !last) return;
  for (const d of fresh) d.excluded = 'trailing-junk';
  const lines = first === last ? `line ${first.line}` : `lines ${first.line}–${last.lastLine}`;
  first.flags.push({
    kind: 'trailing-junk',
    message: `${fresh.length} paragraph${fresh.length > 1 ? 's' : ''} of links and site boilerplate ${where} the document (${lines})`,
    line: first.line,
    through: last,
  });
}

function exclude(d: Draft, kind: NoiseKind, message: string): void {
  d.excluded = kind;
  d.flags.push({ kind, message, line: d.line });
}

/**
 * An exact repeat of an earlier paragraph (spaces ignored) is excluded; the first copy is kept.
 * Paragraphs are compared by a hash of their non-space characters, then character by character:
 * a key string with the spaces removed cost ~9× the text in transient memory (a 50 MB one-line
 * file: +450 MB), and the map kept a copy of every paragraph.
 */
function markDuplicates(drafts: Draft[]): void {
  const seen = new Map<string, Draft[]>();
  for (const d of drafts) {
    if (d.excluded) continue;
    const text = textOf(d);
    const { hash, length } = hashWithoutSpace(text);
    if (length < MIN_DUPLICATE_LENGTH) continue;
    const key = `${length}:${hash}`;
    const earlier = seen.get(key);
    const first = earlier?.find((e) => sameWithoutSpace(textOf(e), text));
    if (first) exclude(d, 'duplicate-paragraph', `line ${d.line} repeats line ${first.line} word for word (set aside)`);
    else if (earlier) earlier.push(d);
    else seen.set(key, [d]);
  }
}

/** The characters JavaScript's \s matches (all in the BMP, so UTF-16 code units suffice). */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** FNV-1a over the non-space code units, and how many there are; the text is not copied. */
function hashWithoutSpace(text: string): { hash: number; length: number } {
  let hash = 0x811c9dc5;
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) continue;
    hash = Math.imul(hash ^ code, 0x01000193);
    length++;
  }
  return { hash: hash >>> 0, length };
}

/** Whether two texts are equal once their spaces are removed (a walk over both, no copies). */
function sameWithoutSpace(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < a.length && isSpace(a.charCodeAt(i))) i++;
    while (j < b.length && isSpace(b.charCodeAt(j))) j++;
    if (i === a.length || j === b.length) return i === a.length && j === b.length;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
    i++;
    j++;
  }
}

function assemble(drafts: Draft[]): CleanText {
  const paragraphs: CleanParagraph[] = [];
  const flags: NoiseFlag[] = [];
  const ends = new Map<Draft, number>();
  const pending: { flag: NoiseFlag; through: Draft }[] = [];
  const pieces: string[] = [];
  let length = 0;
  for (const d of drafts) {
    if (length > 0) {
      pieces.push(PARAGRAPH_SEPARATOR);
      length += PARAGRAPH_SEPARATOR.length;
    }
    const start = length;
    const paragraphText = textOf(d);
    pieces.push(paragraphText);
    length += paragraphText.length;
    const para: CleanParagraph = { text: paragraphText, start, line: d.line };
    if (d.excluded) para.excluded = d.excluded;
    if (d.heading) para.heading = true;
    paragraphs.push(para);
    const whole = { start, end: start + paragraphText.length };
    ends.set(d, whole.end);
    for (const f of d.flags) {
      const flag: NoiseFlag = { kind: f.kind, message: f.message, span: { ...whole }, line: f.line };
      flags.push(flag);
      if (f.through) pending.push({ flag, through: f.through });
    }
    // Plain hard-wrap joins get one flag per paragraph; page-break joins and broken words one each.
    const isPlainWrap = (j: Join): boolean => j.kind === 'joined-lines' && j.across === 'line';
    const wraps = d.joins.filter(isPlainWrap).length;
    if (wraps > 0) {
      flags.push({
        kind: 'joined-lines',
        message: `${wraps + 1} hard-wrapped lines joined into one paragraph (lines ${d.line}–${d.lastLine})`,
        span: whole,
        line: d.line,
      });
    }
    for (const j of d.joins) {
      if (isPlainWrap(j)) continue;
      flags.push({ kind: j.kind, message: j.message, span: { start: start + Math.max(0, j.at - 1), end: start + Math.min(paragraphText.length, j.at + 1) }, line: j.line });
    }
    for (const hit of findMojibake(paragraphText)) {
      flags.push({
        kind: 'mis-decoded',
        message: `mis-decoded characters "${hit.sample}"`,
        span: { start: start + hit.index, end: start + hit.index + hit.sample.length },
        line: d.line,
      });
    }
  }
  for (const { flag, through } of pending) flag.span.end = ends.get(through) ?? flag.span.end;
  flags.sort((a, b) => a.span.start - b.span.start);
  return { text: pieces.join(''), paragraphs, flags };
}
