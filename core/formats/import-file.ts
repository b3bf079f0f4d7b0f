import type { Doc, Lang, Project } from '../model/types';
import { decodeBytes, DecodeError, importPresegmented, importText } from '../text';
import { FormatError } from './format-error';
import { decodeStrict, htmlDeclaredEncoding, looksBinary, xmlDeclaredEncoding } from './decode-bytes';
import { detectLangByScript } from './detect-lang';
import { xmlRootName } from './xml-sniff';
import { ALIGNED_KINDS } from './aligned-kinds';

import { checkImportSize, MAX_IMPORT_BYTES } from './limits';

export { MAX_IMPORT_BYTES };

const EMPTY_FILE = 'file is empty (0 bytes)';

/** Import kinds by lower-case extension (without the dot). Anything else is read as plain text. */
export const IMPORT_KINDS = {
  txt: 'text', text: 'text',
  docx: 'docx',
  html: 'html', htm: 'html', xhtml: 'html',
  md: 'markdown', markdown: 'markdown',
  ...ALIGNED_KINDS,
} as const;
type ImportKind = (typeof IMPORT_KINDS)[keyof typeof IMPORT_KINDS];

/** The reader a file name picks from IMPORT_KINDS (by its extension, case-insensitive); unlisted ones are plain text. */
export function importKindOf(fileName: string): ImportKind {
  const ext = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  return Object.hasOwn(IMPORT_KINDS, ext) ? IMPORT_KINDS[ext as keyof typeof IMPORT_KINDS] : 'text';
}

/** Extensions we can name but not read, with what to do instead. */
const UNSUPPORTED: Record<string, string> = {
  doc: 'old binary Word .doc is not supported: save it as .docx',
  pdf: 'PDF is not supported: export the text (or .docx) from the PDF first',
  rtf: 'RTF is not supported: save it as .docx',
  odt: 'ODT is not supported: save it as .docx',
};

export interface ImportFileOptions {
  /** Plain text only: one sentence per line, blank line between paragraphs, taken as is. */
  presegmented?: boolean;
  /** Chinese: also split sentences at ；. */
  splitAtSemicolon?: boolean;
  /** TMX: of two English variants in one unit, keep this one (default: the project default, en-GB). */
  englishVariant?: 'en-US' | 'en-GB';
}

/** A document (text, DOCX, HTML, Markdown) or a whole aligned project (TMX, XLIFF). */
export type ImportResult = { kind: 'doc'; doc: Doc } | { kind: 'project'; project: Project; warnings?: string[] };

/**
 * Import a file's bytes by its extension. Documents go through the text engine (clean-up,
 * segmentation) after format-specific extraction; `lang` defaults to the script detected in the
 * text. TMX and XLIFF come back as a Project with their alignment. Every failure is a FormatError
 * naming the file and, where known, the line or byte offset.
 */
export async function importFile(fileName: string, bytes: Uint8Array, lang?: Lang, options: ImportFileOptions = {}): Promise<ImportResult> {
  const ext = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (UNSUPPORTED[ext]) throw new FormatError(fileName, UNSUPPORTED[ext]!);
  checkImportSize(fileName, bytes.length);
  if (bytes.length === 0) throw new FormatError(fileName, EMPTY_FILE);
  const kind = importKindOf(fileName);
  // Plain text is left to the decoder, which tells UTF-16 without a BOM (NUL bytes) from binary data.
  if (kind !== 'docx' && kind !== 'text' && looksBinary(bytes)) throw binaryError(fileName, bytes, bytes.indexOf(0));
  switch (kind) {
    case 'tmx':
      return tmxResult(decodeStrict(bytes, fileName, xmlDeclaredEncoding(bytes)), fileName, options);
    case 'xliff':
      return xliffResult(decodeStrict(bytes, fileName, xmlDeclaredEncoding(bytes)), fileName);
    case 'docx':
    case 'html':
    case 'markdown':
      return { kind: 'doc', doc: docFromParagraphs(await extractParagraphs(kind, bytes, fileName), fileName, lang, options) };
    case 'text': {
      const text = decodeTextFile(bytes, fileName);
      // An XLIFF or TMX under another extension is still a bilingual file, never a "source text".
      const root = xmlRootName(text);
      if (root === 'xliff') return xliffResult(text, fileName);
      if (root === 'tmx') return tmxResult(text, fileName, options);
      const l = lang ?? detectOrThrow(text, fileName);
      return { kind: 'doc', doc: options.presegmented ? importPresegmented(text, l) : importText(text, l, importOptions(options)) };
    }
  }
}

// The TMX and XLIFF readers (and the XML parser under them) load only when such a file comes, like
// the DOCX/HTML/Markdown ones: reading a plain text never pays for them.
async function xliffResult(text: string, fileName: string): Promise<ImportResult> {
  return { kind: 'project', project: (await import('./xliff-read')).readXliff(text, fileName) };
}

async function tmxResult(text: string, fileName: string, options: ImportFileOptions): Promise<ImportResult> {
  const { readTmx } = await import('./tmx-read');
  const warnings: string[] = [];
  const project = readTmx(text, fileName, { warnings, ...(options.englishVariant ? { englishVariant: options.englishVariant } : {}) });
  return warnings.length > 0 ? { kind: 'project', project, warnings } : { kind: 'project', project };
}

/**
 * The paragraphs of a DOCX, HTML or Markdown file as its reader extracts them, before any clean-up.
 * The readers (jszip, htmlparser2, mdast) load only when such a file comes: the CLI on plain text
 * never pays for them (tests/cli-lazy.test.ts).
 */
async function extractParagraphs(kind: 'docx' | 'html' | 'markdown', bytes: Uint8Array, fileName: string): Promise<string[]> {
  switch (kind) {
    case 'docx':
      return (await import('./docx-read')).extractDocxParagraphs(bytes, fileName);
    case 'html':
      return (await import('./html-read')).extractHtmlParagraphs(decodeHtml(bytes, fileName), fileName);
    case 'markdown':
      return (await import('./markdown-read')).extractMarkdownParagraphs(decodeTextFile(bytes, fileName), fileName);
  }
}

/**
 * A document's text for a new project, not yet cleaned or segmented (New Project shows it, the
 * translator may edit it, and creating the project cleans and segments it once): plain text
 * decoded, DOCX/HTML/Markdown as their paragraphs one blank line apart. The same checks as
 * `importFile`: size, empty, binary, formats we cannot read. A TMX/XLIFF is refused: it is an
 * aligned project, opened with Import.
 */
export async function documentText(fileName: string, bytes: Uint8Array): Promise<string> {
  const ext = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (UNSUPPORTED[ext]) throw new FormatError(fileName, UNSUPPORTED[ext]!);
  checkImportSize(fileName, bytes.length);
  const kind = importKindOf(fileName);
  const aligned = 'is an aligned translation file: import it as a project instead';
  if (kind === 'tmx' || kind === 'xliff') throw new FormatError(fileName, aligned);
  if (kind === 'text') {
    const text = decodeTextFile(bytes, fileName);
    // An XLIFF/TMX under a .txt (or no) extension: still never a "source text".
    const root = xmlRootName(text);
    if (root === 'xliff' || root === 'tmx') throw new FormatError(fileName, aligned);
    return text;
  }
  if (bytes.length === 0) throw new FormatError(fileName, EMPTY_FILE);
  if (kind !== 'docx' && looksBinary(bytes)) throw binaryError(fileName, bytes, bytes.indexOf(0));
  const paragraphs = await extractParagraphs(kind, bytes, fileName);
  if (paragraphs.length === 0) throw new FormatError(fileName, 'no text found in the file');
  return paragraphs.join('\n\n');
}

function docFromParagraphs(paragraphs: string[], fileName: string, lang: Lang | undefined, options: ImportFileOptions): Doc {
  if (paragraphs.length === 0) throw new FormatError(fileName, 'no text found in the file');
  const text = paragraphs.join('\n\n');
  return importText(text, lang ?? detectOrThrow(text, fileName), importOptions(options));
}

function importOptions(options: ImportFileOptions): { splitAtSemicolon?: boolean } {
  return options.splitAtSemicolon === undefined ? {} : { splitAtSemicolon: options.splitAtSemicolon };
}

function detectOrThrow(text: string, fileName: string): Lang {
  const lang = detectLangByScript(text);
  if (!lang) throw new FormatError(fileName, 'cannot tell the language: no Chinese, Latin or Cyrillic letters in the text');
  return lang;
}

/**
 * A text file's bytes → text by the text engine's detector (BOM, UTF-16, UTF-8, GB18030; LF, NFC),
 * its errors as FormatErrors naming the file and the byte: the one wording for undecodable input
 * (import, New Project, web uploads and the CLI all come here).
 */
export function decodeTextFile(bytes: Uint8Array, fileName: string): string {
  if (bytes.length === 0) throw new FormatError(fileName, EMPTY_FILE);
  try {
    return decodeBytes(bytes).text;
  } catch (err) {
    if (err instanceof DecodeError && err.reason === 'binary') throw binaryError(fileName, bytes, err.offset);
    // The decoder's message already says where ("at byte 283 (line 3)"): no second "(byte 283)".
    if (err instanceof DecodeError) throw new FormatError(fileName, err.message);
    throw err;
  }
}

/** The one refusal of binary data where text was expected: the first NUL byte, and a hint for a ZIP (a misnamed .docx). */
function binaryError(fileName: string, bytes: Uint8Array, at: number): FormatError {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  return new FormatError(fileName, zip ? 'binary ZIP data, not text (a .docx with the wrong extension?)' : `binary data at byte ${at}, not text`);
}

/**
 * HTML by its declared charset; when the declaration is wrong (common on Chinese sites: "utf-8"
 * over GBK bytes) the text detector decides, and only if that fails too is the file refused.
 */
function decodeHtml(bytes: Uint8Array, fileName: string): string {
  const declared = htmlDeclaredEncoding(bytes);
  if (!declared) return decodeTextFile(bytes, fileName);
  try {
    return decodeStrict(bytes, fileName, declared);
  } catch (err) {
    if (!(err instanceof FormatError)) throw err;
    try {
      return decodeTextFile(bytes, fileName);
    } catch {
      throw err;
    }
  }
}
