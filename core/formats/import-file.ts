import type { Doc, Lang, Project } from '../model/types';
import { decodeBytes, DecodeError, importPresegmented, importText } from '../text';
import { FormatError } from './format-error';
import { decodeStrict, htmlDeclaredEncoding, looksBinary, xmlDeclaredEncoding } from './decode-bytes';
import { extractDocxParagraphs } from './docx-read';
import { extractHtmlParagraphs } from './html-read';
import { extractMarkdownParagraphs } from './markdown-read';
import { readTmx } from './tmx-read';
import { readXliff } from './xliff-read';
import { detectLangByScript } from './detect-lang';

import { MAX_IMPORT_BYTES } from './limits';

export { MAX_IMPORT_BYTES };

/** Import kinds by lower-case extension (without the dot). Anything else is read as plain text. */
export const IMPORT_KINDS = {
  txt: 'text', text: 'text',
  docx: 'docx',
  html: 'html', htm: 'html', xhtml: 'html',
  md: 'markdown', markdown: 'markdown',
  tmx: 'tmx',
  xlf: 'xliff', xliff: 'xliff', xlf2: 'xliff',
} as const;
type ImportKind = (typeof IMPORT_KINDS)[keyof typeof IMPORT_KINDS];

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
}

/** A document (text, DOCX, HTML, Markdown) or a whole aligned project (TMX, XLIFF). */
export type ImportResult = { kind: 'doc'; doc: Doc } | { kind: 'project'; project: Project };

/**
 * Import a file's bytes by its extension. Documents go through the text engine (clean-up,
 * segmentation) after format-specific extraction; `lang` defaults to the script detected in the
 * text. TMX and XLIFF come back as a Project with their alignment. Every failure is a FormatError
 * naming the file and, where known, the line or byte offset.
 */
export async function importFile(fileName: string, bytes: Uint8Array, lang?: Lang, options: ImportFileOptions = {}): Promise<ImportResult> {
  const ext = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (UNSUPPORTED[ext]) throw new FormatError(fileName, UNSUPPORTED[ext]!);
  if (bytes.length > MAX_IMPORT_BYTES) throw new FormatError(fileName, `file is ${(bytes.length / 1048576).toFixed(1)} MB; Duizhao imports files up to ${MAX_IMPORT_BYTES / 1048576} MB`);
  if (bytes.length === 0) throw new FormatError(fileName, 'file is empty (0 bytes)');
  const kind: ImportKind = (IMPORT_KINDS as Record<string, ImportKind>)[ext] ?? 'text';
  if (kind !== 'docx' && looksBinary(bytes)) {
    const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
    throw new FormatError(fileName, zip ? 'binary ZIP data, not text (a .docx with the wrong extension?)' : 'binary data, not text', { offset: bytes.indexOf(0) });
  }
  switch (kind) {
    case 'tmx':
      return { kind: 'project', project: readTmx(decodeStrict(bytes, fileName, xmlDeclaredEncoding(bytes)), fileName) };
    case 'xliff':
      return { kind: 'project', project: readXliff(decodeStrict(bytes, fileName, xmlDeclaredEncoding(bytes)), fileName) };
    case 'docx':
      return { kind: 'doc', doc: docFromParagraphs(await extractDocxParagraphs(bytes, fileName), fileName, lang, options) };
    case 'html': {
      const text = decodeHtml(bytes, fileName);
      return { kind: 'doc', doc: docFromParagraphs(extractHtmlParagraphs(text), fileName, lang, options) };
    }
    case 'markdown':
      return { kind: 'doc', doc: docFromParagraphs(extractMarkdownParagraphs(decodeText(bytes, fileName), fileName), fileName, lang, options) };
    case 'text': {
      const text = decodeText(bytes, fileName);
      const l = lang ?? detectOrThrow(text, fileName);
      return { kind: 'doc', doc: options.presegmented ? importPresegmented(text, l) : importText(text, l, importOptions(options)) };
    }
  }
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

/** The text engine's detector (BOM, UTF-16, UTF-8, GB18030), its errors as FormatErrors. */
function decodeText(bytes: Uint8Array, fileName: string): string {
  try {
    return decodeBytes(bytes).text;
  } catch (err) {
    if (err instanceof DecodeError) throw new FormatError(fileName, err.message, { offset: err.offset });
    throw err;
  }
}

/**
 * HTML by its declared charset; when the declaration is wrong (common on Chinese sites: "utf-8"
 * over GBK bytes) the text detector decides, and only if that fails too is the file refused.
 */
function decodeHtml(bytes: Uint8Array, fileName: string): string {
  const declared = htmlDeclaredEncoding(bytes);
  if (!declared) return decodeText(bytes, fileName);
  try {
    return decodeStrict(bytes, fileName, declared);
  } catch (err) {
    if (!(err instanceof FormatError)) throw err;
    try {
      return decodeText(bytes, fileName);
    } catch {
      throw err;
    }
  }
}
