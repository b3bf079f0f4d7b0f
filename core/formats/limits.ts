import { FormatError } from './format-error';

/**
 * Largest file Duizhao imports. A long treaty is a few MB; beyond this it is not a text to align.
 * A leaf module, so the CLI can check a file's size without loading every reader.
 */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

/**
 * Largest XML part Duizhao inflates out of a DOCX (word/document.xml). A real statement's is a few
 * MB; a 777 KB file inflating to 250 MB is a bomb. Checked while inflating, not after.
 */
export const MAX_DOCX_XML_BYTES = 128 * 1024 * 1024;

/**
 * Most characters of text one import may produce (DOCX, HTML, Markdown): 16 M characters is ten
 * times the longest treaty anyone aligns and keeps the text engine's working set near 1 GB at worst.
 */
export const MAX_IMPORT_CHARS = 16 * 1024 * 1024;

/** Most paragraphs one import may produce: each becomes objects in the model and a row in the grid. */
export const MAX_IMPORT_PARAGRAPHS = 500_000;

/**
 * Deepest Markdown nesting (quotes inside list items inside quotes…) Duizhao parses. Real documents
 * nest a handful of levels; 100 KB of `> > > …` made the parser run for minutes.
 */
export const MAX_MARKDOWN_NESTING = 32;

/**
 * Most lines inside lists and block quotes (items, quoted lines, their continuation lines) in one
 * Markdown file. micromark's cost grows with the square of a container's length: a flat list of
 * 10k items took 1.1 s, of 80k 60 s and 1.2 GB; one list item with 40k lazy continuation lines
 * 32 s; a two-level list of 1 MB over 300 s; 1 MB cycling through 30 levels 24 s and 1.4 GB in
 * the CLI (which has no worker to stop it). At this bound the worst measured is 2.1 s.
 */
export const MAX_MARKDOWN_CONTAINER_LINES = 5000;

/**
 * Deepest HTML element nesting read. htmlparser2's cost per tag grows with the depth (100k nested
 * <div>s: 5.5 s; 400k: minutes); pages nest a few dozen levels.
 */
export const MAX_HTML_NESTING = 1000;

/** Largest Markdown file parsed: micromark's cost grows fast with nesting, so prose only. */
export const MAX_MARKDOWN_BYTES = 2 * 1024 * 1024;

/**
 * The one size check of every file input (on disk before reading, in memory for uploads and
 * picks): a FormatError naming the file and both sizes when it is too large.
 */
export function checkImportSize(fileName: string, bytes: number): void {
  if (bytes > MAX_IMPORT_BYTES) {
    throw new FormatError(fileName, `file is ${(bytes / 1048576).toFixed(1)} MB; Duizhao imports files up to ${MAX_IMPORT_BYTES / 1048576} MB`);
  }
}
