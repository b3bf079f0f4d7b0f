/**
 * Escaping for every XML writer. XML 1.0 cannot carry most C0 control characters, lone surrogates
 * or U+FFFE/U+FFFF even as character references, so they are removed (and counted, so callers can
 * report them) rather than emitted.
 */

// Anything outside the XML 1.0 Char production: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** The text with characters XML 1.0 cannot carry removed, and how many were removed. */
export function stripNonXmlChars(text: string): { text: string; removed: number } {
  let removed = 0;
  const clean = text.replace(NOT_XML_CHAR, () => {
    removed++;
    return '';
  });
  return { text: clean, removed };
}

/**
 * Text content: &, < and > escaped (> too, so "]]>" can never appear), CR as a character reference
 * (a parser turns a literal CR or CRLF into LF), invalid characters removed.
 */
export function escapeXmlText(text: string): string {
  return stripNonXmlChars(text).text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/**
 * Attribute value for a double-quoted attribute. Tabs and newlines become character references
 * because parsers normalise literal ones to spaces.
 */
export function escapeXmlAttr(text: string): string {
  return escapeXmlText(text)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;');
}

/** Count of characters an XML writer will drop from these strings; writers report it as a warning. */
export function countNonXmlChars(texts: Iterable<string>): number {
  let n = 0;
  for (const t of texts) n += stripNonXmlChars(t).removed;
  return n;
}
