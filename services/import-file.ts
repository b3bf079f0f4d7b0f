/**
 * Node side of file import, shared by the CLI and the app: check the size before reading (a 200 MB
 * file is refused without being read), read, and hand the bytes to core/formats `importFile`.
 * Every failure, I/O included, is a FormatError whose message starts with the path.
 */
// Leaf modules, not the core/formats barrel: reading plain text must not load the exporters or
// the DOCX/HTML/Markdown readers (importFile loads those when a file needs them).
import { FormatError } from '../core/formats/format-error';
import { importFile } from '../core/formats/import-file';
import { checkImportSize, MAX_IMPORT_BYTES } from '../core/formats/limits';
import { readRegularFile, ReadFileError } from './read-file';
import type { ImportFileOptions, ImportResult } from '../core/formats/import-file';
import type { Lang } from '../core/model/types';

/** Read and import a file: a Doc (txt, docx, html, md) or a Project (tmx, xliff). */
export async function importFromPath(path: string, lang?: Lang, options: ImportFileOptions = {}): Promise<ImportResult> {
  return importFile(path, await readImportBytes(path), lang, options);
}

/** A file's bytes after a size check (only regular files: /dev/zero or a FIFO never ends), with I/O errors phrased for people. */
export async function readImportBytes(path: string): Promise<Uint8Array> {
  try {
    return await readRegularFile(path, { maxBytes: MAX_IMPORT_BYTES, tooLarge: (size) => importSizeProblem(size) });
  } catch (err) {
    if (err instanceof ReadFileError) throw new FormatError(path, err.reason);
    throw err;
  }
}

/** checkImportSize's wording, without its path prefix. */
function importSizeProblem(size: number): string {
  try {
    checkImportSize('', size);
  } catch (err) {
    return (err as FormatError).message.replace(/^: /, '');
  }
  return `file is ${size} bytes`;
}
