/**
 * The local name of an XML document's root element, read from its first bytes without parsing the
 * file: a BOM, whitespace, the XML declaration, comments, processing instructions and a DOCTYPE are
 * skipped. Undefined when the text does not start like XML. Lets an XLIFF or TMX file with an
 * unexpected extension (.txt, .xml, a tool's own) be read as what it is, never as prose.
 */
export function xmlRootName(text: string): string | undefined {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const limit = Math.min(text.length, 1 << 16);
  while (i < limit) {
    while (i < limit && /\s/.test(text[i]!)) i++;
    if (text[i] !== '<') return undefined;
    if (text.startsWith('<?', i)) i = skipPast(text, i, '?>');
    else if (text.startsWith('<!--', i)) i = skipPast(text, i, '-->');
    else if (text.startsWith('<!', i)) i = skipPast(text, i, '>');
    else {
      const m = /^<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s/>]/.exec(text.slice(i, i + 200));
      return m?.[2];
    }
    if (i < 0) return undefined;
  }
  return undefined;
}

function skipPast(text: string, from: number, end: string): number {
  const at = text.indexOf(end, from);
  return at < 0 ? -1 : at + end.length;
}
