/**
 * The normalisation every imported text gets, whatever its source: one line-ending convention
 * (LF) and one Unicode form (NFC), so offsets and equality mean the same thing everywhere.
 */

const BYTE_ORDER_MARK = '\uFEFF';

/** CRLF and lone CR → LF, Unicode NFC, a leading U+FEFF (BOM decoded as text) removed. */
export function normalizeText(text: string): string {
  const withoutBom = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
  return withoutBom.replace(/\r\n?/g, '\n').normalize('NFC');
}
