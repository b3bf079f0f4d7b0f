import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Nodes, Parents } from 'mdast';
import { FormatError } from './format-error';
import { MAX_IMPORT_CHARS, MAX_IMPORT_PARAGRAPHS, MAX_MARKDOWN_BYTES, MAX_MARKDOWN_CONTAINER_LINES, MAX_MARKDOWN_NESTING } from './limits';

/** Blocks whose text is translatable, each becoming one paragraph. */
const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
/** Blocks that are not prose: code, raw HTML, front matter, definitions. */
const SKIPPED = new Set(['code', 'html', 'yaml', 'toml', 'definition', 'footnoteDefinition', 'image', 'imageReference']);

/**
 * Markdown → paragraphs of plain text, syntax stripped: headings, list items, quotes and table
 * cells become paragraphs of their own; emphasis, links (their text kept) and inline code are
 * flattened; code blocks, images and raw HTML are left out. Parsed with micromark (CommonMark +
 * GFM tables), not regexes, so escapes and nesting come out right.
 */
export function extractMarkdownParagraphs(markdown: string, fileName = 'Markdown'): string[] {
  // micromark's cost grows with the square of the nesting: bound size and depth before parsing.
  if (markdown.length > MAX_MARKDOWN_BYTES) throw new FormatError(fileName, `Markdown of ${markdown.length} characters; Duizhao parses Markdown up to ${MAX_MARKDOWN_BYTES} (save longer texts as .txt)`);
  const deep = firstTooDeepLine(markdown, MAX_MARKDOWN_NESTING);
  if (deep) throw new FormatError(fileName, `quotes or lists nested deeper than ${MAX_MARKDOWN_NESTING} levels; not prose`, { line: deep });
  const crowded = lineOfContainerLine(markdown, MAX_MARKDOWN_CONTAINER_LINES + 1);
  if (crowded) throw new FormatError(fileName, `more than ${MAX_MARKDOWN_CONTAINER_LINES} lines in lists or quotes; Duizhao parses Markdown prose (save a text like this as .txt)`, { line: crowded });
  const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const out: string[] = [];
  let chars = 0;
  // Depth-first with an explicit stack (children pushed in reverse keep document order).
  const pending: Nodes[] = [tree];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (SKIPPED.has(node.type)) continue;
    if (TEXT_BLOCKS.has(node.type)) {
      const text = inlineText(node).replace(/[ \t]*\n[ \t]*/g, '\n').trim();
      if (!text) continue;
      out.push(text);
      chars += text.length;
      if (chars > MAX_IMPORT_CHARS) throw new FormatError(fileName, `more than ${MAX_IMPORT_CHARS} characters of text; Duizhao imports up to that`);
      if (out.length > MAX_IMPORT_PARAGRAPHS) throw new FormatError(fileName, `more than ${MAX_IMPORT_PARAGRAPHS} paragraphs; Duizhao imports up to that`);
      continue;
    }
    if ('children' in node) {
      const children = (node as Parents).children;
      for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]!);
    }
  }
  return out;
}

/** The text of an inline subtree, in order, without recursion (emphasis may nest thousands deep). */
function inlineText(root: Nodes): string {
  let out = '';
  const pending: Nodes[] = [root];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (SKIPPED.has(node.type)) continue;
    if (node.type === 'text' || node.type === 'inlineCode') out += node.value;
    else if (node.type === 'break') out += '\n';
    else if ('children' in node) {
      const children = (node as Parents).children;
      for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]!);
    }
  }
  return out;
}

/**
 * The 1-based line whose container prefix (block quote markers, list markers and indentation, two
 * columns a level as lists nest) is deeper than `max`, or 0. A linear scan, so a hostile file is
 * refused before micromark sees it.
 */
export function firstTooDeepLine(markdown: string, max: number): number {
  let line = 1;
  let i = 0;
  const n = markdown.length;
  while (i < n) {
    let markers = 0;
    let columns = 0;
    let scanning = true;
    while (i < n && markdown[i] !== '\n') {
      if (scanning) {
        const c = markdown[i]!;
        const afterMarker = i > 0 && markers > 0 && /[>*+\-.)]/.test(markdown[i - 1]!);
        if (c === ' ' || c === '\t') columns += afterMarker ? 0 : c === ' ' ? 1 : 4; // the space after a marker belongs to it
        else if (c === '>') markers++;
        else if ((c === '-' || c === '*' || c === '+') && /[ \t\n]/.test(markdown[i + 1] ?? '\n')) markers++;
        else if (c >= '0' && c <= '9') {
          let j = i;
          while (j < n && j - i < 9 && markdown[j]! >= '0' && markdown[j]! <= '9') j++;
          if ((markdown[j] === '.' || markdown[j] === ')') && /[ \t\n]/.test(markdown[j + 1] ?? '\n')) {
            markers++;
            i = j;
          } else scanning = false;
        } else scanning = false;
        if (markers + Math.floor(columns / 2) > max) return line;
      }
      i++;
    }
    i++;
    line++;
  }
  return 0;
}

/**
 * The 1-based line of the `nth` line inside a list or block quote, or 0 when there are fewer. A
 * container starts at a list marker or `>`; the non-blank lines after it stay inside (lazy
 * continuation), and after a blank line the indented ones. A linear scan that approximates
 * CommonMark's containers, so what micromark is slow on is refused before it runs.
 */
export function lineOfContainerLine(markdown: string, nth: number): number {
  let line = 1;
  let seen = 0;
  let inside = false;
  let afterBlank = false;
  let i = 0;
  const n = markdown.length;
  while (i < n) {
    let j = i;
    let indent = 0;
    while (j < n && (markdown[j] === ' ' || markdown[j] === '\t')) indent += markdown[j++] === '\t' ? 4 : 1;
    const end = markdown.indexOf('\n', j);
    const blank = j === n || markdown[j] === '\n' || markdown[j] === '\r';
    if (blank) afterBlank = inside;
    else if (startsContainer(markdown, j)) {
      inside = true;
      afterBlank = false;
      if (++seen >= nth) return line;
    } else if (inside && (!afterBlank || indent >= 2)) {
      afterBlank = false;
      if (++seen >= nth) return line;
    } else inside = false;
    if (end < 0) break;
    i = end + 1;
    line++;
  }
  return 0;
}

/** A block quote marker, or a list marker (-, *, +, 1. or 1)) followed by a space or the line end, at `at`. */
function startsContainer(markdown: string, at: number): boolean {
  const c = markdown[at];
  if (c === '>') return true;
  let after = c === '-' || c === '*' || c === '+' ? at + 1 : -1;
  if (c !== undefined && c >= '0' && c <= '9') {
    let k = at;
    while (k < markdown.length && k - at < 9 && markdown[k]! >= '0' && markdown[k]! <= '9') k++;
    if (markdown[k] === '.' || markdown[k] === ')') after = k + 1;
  }
  return after > 0 && /[ \t\r\n]/.test(markdown[after] ?? '\n');
}
