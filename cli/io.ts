/**
 * File input for every CLI command: the one reader the app uses too (services/import-file: one
 * size check before reading, one reader per extension in core/formats/import-file.ts, one wording
 * for undecodable bytes), with its FormatErrors turned into CliErrors (exit code 2). The message
 * always starts with the file.
 */
import type { Doc, Lang, TargetLang } from '../core/model/types';
import { FormatError } from '../core/formats/format-error';
import { decodeText } from '../services/decode-text';
import { importFromPath, readImportBytes } from '../services/import-file';
import { CliError } from './errors';
import { checkStatedLang, describeInputLangProblem } from '../core/formats/input-langs';
import { FORCE_LANGS_FLAG } from './commands/force-langs';

/** Options for reading a document. */
export interface ReadDocOptions {
  /** One sentence per line, blank line = paragraph break, taken as is. */
  presegmented?: boolean;
  /** Chinese: also split sentences at ；. */
  splitAtSemicolon?: boolean;
}

/** Run a reader, its FormatErrors rephrased as CLI input errors. */
async function asCliError<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (err) {
    if (err instanceof FormatError) throw new CliError(err.message);
    throw err;
  }
}

/** Read a file's bytes; a file over the size limit is refused before it is read. */
export function readBytes(path: string): Promise<Uint8Array> {
  return asCliError(() => readImportBytes(path));
}

/** Read and decode a text file (UTF-8, UTF-16 with or without BOM, GB18030), LF and NFC. */
export function readTextFile(path: string): Promise<string> {
  return asCliError(async () => decodeText(await readImportBytes(path), path));
}

/**
 * Read a file as a Doc, through the reader for its extension (text, DOCX, HTML, Markdown); `lang`
 * undefined = detect it by script. A TMX/XLIFF (by extension or content) is not a document here.
 */
export async function readDoc(path: string, lang: Lang | undefined, options: ReadDocOptions = {}): Promise<Doc> {
  const r = await asCliError(() => importFromPath(path, lang, options));
  if (r.kind !== 'doc') throw new CliError(`${path}: an aligned file, not a document`);
  return r.doc;
}

/** Options for reading a translation. */
export interface ReadTranslationOptions extends ReadDocOptions {
  /** Take a stated language the letters clearly contradict (--force-langs). */
  forceLangs?: boolean | undefined;
}

/**
 * Read a translation in the stated language or, without one, in the language its letters are
 * mostly in (Latin → en, Cyrillic → ru), segmented by that language's rules. A stated language its
 * letters clearly contradict (English given as ru) is refused unless `forceLangs`: it would be
 * aligned with the wrong lexicon and tagged with the wrong language.
 */
export async function readTranslation(path: string, stated: TargetLang | undefined, options: ReadTranslationOptions = {}): Promise<Doc> {
  const { forceLangs, ...readOptions } = options;
  const doc = await readDoc(path, stated, readOptions);
  const problem = stated && !forceLangs ? checkStatedLang({ name: path, text: docText(doc) }, stated) : undefined;
  if (problem) throw new CliError(`${describeInputLangProblem(problem)} (${FORCE_LANGS_FLAG} to go on anyway)`);
  if (doc.lang !== 'en' && doc.lang !== 'ru') {
    throw new CliError(`${path}: cannot tell whether this is English or Russian (${doc.lang === 'zh' ? 'it is mostly Chinese' : 'no Latin or Cyrillic letters'}); give --target-lang`);
  }
  return doc;
}

/** All sentence text of a document, for script detection. */
export function docText(doc: Doc): string {
  return doc.paragraphs.map((p) => p.sentences.map((s) => s.text).join(' ')).join('\n');
}
