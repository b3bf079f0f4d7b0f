/**
 * Node side of file import, shared by the CLI and the app: check the size before reading (a 200 MB
 * file is refused without being read), read, and hand the bytes to core/formats `importFile`.
 * Every failure, I/O included, is a FormatError whose message starts with the path.
 */
import { readFile, stat } from 'node:fs/promises';
// Leaf modules, not the core/formats barrel: reading plain text must not load the exporters or
// the DOCX/HTML/Markdown readers (importFile loads those when a file needs them).
import { FormatError } from '../core/formats/format-error';
import { importFile } from '../core/formats/import-file';
import { checkImportSize } from '../core/formats/limits';
import type { ImportFileOptions, ImportResult } from '../core/formats/import-file';
import type { Lang } from '../core/model/types';

/** Read and import a file: a Doc (txt, docx, html, md) or a Project (tmx, xliff). */
export async function importFromPath(path: string, lang?: Lang, options: ImportFileOptions = {}): Promise<ImportResult> {
  return importFile(path, await readImportBytes(path), lang, options);
}

/** A file's bytes after a size check, with I/O errors phrased for people. */
export async function readImportBytes(path: string): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new FormatError(path, 'is a directory');
    checkImportSize(path, info.size);
    return new Uint8Array(await readFile(path));
  } catch (err) {
    if (err instanceof FormatError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (err as Error).message;
    throw new FormatError(path, reason);
  }
}
