import { FormatError } from './format-error';

/**
 * Largest file Duizhao imports. A long treaty is a few MB; beyond this it is not a text to align.
 * A leaf module, so the CLI can check a file's size without loading every reader.
 */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

/**
 * The one size check of every file input (on disk before reading, in memory for uploads and
 * picks): a FormatError naming the file and both sizes when it is too large.
 */
export function checkImportSize(fileName: string, bytes: number): void {
  if (bytes > MAX_IMPORT_BYTES) {
    throw new FormatError(fileName, `file is ${(bytes / 1048576).toFixed(1)} MB; Duizhao imports files up to ${MAX_IMPORT_BYTES / 1048576} MB`);
  }
}
