import { decodeTextFile } from '../core/formats/import-file';

/**
 * Bytes of a picked text file → text (UTF-8/UTF-16 with or without BOM, GB18030; LF, NFC).
 * Errors are FormatErrors naming the file and, for undecodable bytes, the byte offset (web mode
 * answers them with 422, not 500); the wording is core/formats' one for every reader.
 */
export function decodeText(bytes: Uint8Array, fileName: string): string {
  return decodeTextFile(bytes, fileName);
}
