import { FormatError } from '../core/formats/format-error';
import { decodeBytes, DecodeError } from '../core/text';

/**
 * Bytes of a picked text file → text (UTF-8/UTF-16 with or without BOM, GB18030; LF, NFC).
 * Errors name the file and, for undecodable bytes, the byte offset.
 */
export function decodeText(bytes: Uint8Array, fileName: string): string {
  try {
    return decodeBytes(bytes).text;
  } catch (err) {
    // A FormatError: the file's content is the problem (web mode answers 422, not 500).
    if (err instanceof DecodeError) throw new FormatError(fileName, err.message);
    throw err;
  }
}
