import { decodeBytes, DecodeError } from '../core/text';

/**
 * Bytes of a picked text file → text (UTF-8/UTF-16 with or without BOM, GB18030; LF, NFC).
 * Errors name the file and, for undecodable bytes, the byte offset.
 */
export function decodeText(bytes: Uint8Array, fileName: string): string {
  try {
    return decodeBytes(bytes).text;
  } catch (err) {
    if (err instanceof DecodeError) throw new Error(`${fileName}: ${err.message}`, { cause: err });
    throw err;
  }
}
