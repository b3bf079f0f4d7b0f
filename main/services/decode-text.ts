/**
 * Bytes of a picked text file → text. STAND-IN: strict UTF-8 (BOM dropped) until core/text
 * `decodeBytes` (UTF-16, GB18030 detection) is committed; errors name the file.
 */
export function decodeText(bytes: Uint8Array, fileName: string): string {
  if (bytes.length === 0) throw new Error(`${fileName} is empty`);
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body).replace(/\r\n?/g, '\n').normalize('NFC');
  } catch {
    throw new Error(`${fileName}: not valid UTF-8 text`);
  }
}
