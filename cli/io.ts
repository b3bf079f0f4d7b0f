/**
 * File input for every CLI command (Node side): read bytes, decode them strictly, and turn any
 * problem into a CliError that names the file (exit code 2). Formats other than plain text plug
 * in through `DOC_IMPORTERS`, keyed by file extension.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Doc, Lang, TargetLang } from '../core/model/types';
import { decodeBytes, DecodeError, importPresegmented, importText } from '../core/text';
// Leaf modules, not the core/formats barrel: plain text must not load the DOCX/HTML/Markdown/XML
// readers (docx, jszip, htmlparser2, saxes…); importStructuredFile loads them when a file needs them.
import { detectLangByScript } from '../core/formats/detect-lang';
import { FormatError } from '../core/formats/format-error';
import { MAX_IMPORT_BYTES } from '../core/formats/limits';
import { CliError } from './errors';


/** Options for reading a document. */
export interface ReadDocOptions {
  /** One sentence per line, blank line = paragraph break, taken as is. */
  presegmented?: boolean;
  /** Chinese: also split sentences at ；. */
  splitAtSemicolon?: boolean;
}

/** Turns a file's bytes into a Doc; `path` is only for error messages. */
export type DocImporter = (bytes: Uint8Array, lang: Lang, options: ReadDocOptions, path: string) => Doc | Promise<Doc>;

/** Plain text, in any encoding decodeBytes accepts. */
export const importPlainTextFile: DocImporter = (bytes, lang, options, path) => {
  const text = decodeOrThrow(bytes, path);
  return options.presegmented ? importPresegmented(text, lang) : importText(text, lang, { splitAtSemicolon: options.splitAtSemicolon });
};

/**
 * Importers by lower-case file extension (with the dot). Formats register here (".docx", ".html",
 * ".md", ".tmx"…); anything unlisted is read as plain text.
 */
export const DOC_IMPORTERS: Map<string, DocImporter> = new Map([
  ['.txt', importPlainTextFile],
  ...(['.docx', '.html', '.htm', '.xhtml', '.md', '.markdown'] as const).map((ext): [string, DocImporter] => [ext, importStructuredFile]),
]);

/** DOCX, HTML and Markdown through core/formats (text extracted, then the same clean-up and segmentation). */
async function importStructuredFile(bytes: Uint8Array, lang: Lang, options: ReadDocOptions, path: string): Promise<Doc> {
  const { importFile } = await import('../core/formats/import-file');
  try {
    const r = await importFile(path, bytes, lang, options.splitAtSemicolon === undefined ? {} : { splitAtSemicolon: options.splitAtSemicolon });
    if (r.kind !== 'doc') throw new CliError(`${path}: an aligned file, not a document`);
    return r.doc;
  } catch (err) {
    if (err instanceof FormatError) throw new CliError(err.message);
    throw err;
  }
}

/**
 * Read a file's bytes, with a CliError naming the file when it cannot be read. The size is checked
 * first, so a huge file is refused at once instead of exhausting memory halfway through.
 */
export async function readBytes(path: string): Promise<Uint8Array> {
  try {
    const { size } = await stat(path);
    if (size > MAX_IMPORT_BYTES) {
      throw new CliError(`${path}: file is ${(size / 1048576).toFixed(1)} MB; Duizhao reads files up to ${MAX_IMPORT_BYTES / 1048576} MB`);
    }
    return await readFile(path);
  } catch (err) {
    if (err instanceof CliError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (err as Error).message;
    throw new CliError(`cannot read ${path}: ${reason}`);
  }
}

/** Read and decode a text file (UTF-8, UTF-16 with or without BOM, GB18030), LF and NFC. */
export async function readTextFile(path: string): Promise<string> {
  return decodeOrThrow(await readBytes(path), path);
}

/** Read a file as a Doc in the given language, through the importer for its extension. */
export async function readDoc(path: string, lang: Lang, options: ReadDocOptions = {}): Promise<Doc> {
  const bytes = await readBytes(path);
  const importer = DOC_IMPORTERS.get(extname(path).toLowerCase()) ?? importPlainTextFile;
  return importer(bytes, lang, options, path);
}

/**
 * Read a translation in the stated language or, without one, in the language its letters are
 * mostly in (Latin → en, Cyrillic → ru). Segmentation rules differ, so a Russian text read as
 * English first is read again as Russian.
 */
export async function readTranslation(path: string, stated: TargetLang | undefined, options: ReadDocOptions = {}): Promise<Doc> {
  if (stated) return readDoc(path, stated, options);
  const doc = await readDoc(path, 'en', options);
  const lang = detectLangByScript(doc.paragraphs.flatMap((p) => p.sentences.map((s) => s.text)).join(' '));
  if (lang !== 'en' && lang !== 'ru') {
    throw new CliError(`${path}: cannot tell whether this is English or Russian (${lang === 'zh' ? 'it is mostly Chinese' : 'no Latin or Cyrillic letters'}); give --target-lang`);
  }
  return lang === 'en' ? doc : readDoc(path, lang, options);
}

/** decodeBytes with its errors rephrased for the command line, always naming the file. */
export function decodeOrThrow(bytes: Uint8Array, path: string): string {
  try {
    return decodeBytes(bytes).text;
  } catch (err) {
    if (!(err instanceof DecodeError)) throw err;
    switch (err.reason) {
      case 'empty':
        throw new CliError(`${path} is empty`);
      case 'binary':
        throw new CliError(`${path}: not text (binary data at byte ${err.offset})`);
      default:
        throw new CliError(`${path}: ${err.message}`);
    }
  }
}
