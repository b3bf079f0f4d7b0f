import { TAG_TOKEN } from '../model/tag-tokens';
import { escapeXmlText } from './xml-escape';

/** The markup each writer uses for the protected tokens of core/model/tag-tokens.ts. */
export type InlineDialect = 'xliff12' | 'xliff2' | 'tmx';

/**
 * Segment text as XML content, each token ⟦n⟧ / ⟦/n⟧ written back as an inline code of the
 * format: a pair whose halves are both in the text as opening/closing codes (XLIFF 1.2 bx/ex,
 * XLIFF 2 sc/ec, TMX bpt/ept), a lone ⟦n⟧ as a placeholder (x, ph, ph), a closing half without its
 * opening as an isolated code (XLIFF 1.2 `<it pos="close">`, XLIFF 2 `<ec isolated="yes">`, TMX `<it pos="end">`). Every id is the token's number, so a reader pairs source and target codes.
 * The rest is escaped as text.
 */
export function inlineXml(text: string, dialect: InlineDialect): string {
  if (!text.includes('⟦')) return escapeXmlText(text);
  const opened = new Set<string>();
  const closed = new Set<string>();
  for (const m of text.matchAll(TAG_TOKEN)) (m[1] === '/' ? closed : opened).add(m[2]!);
  let out = '';
  let last = 0;
  for (const m of text.matchAll(TAG_TOKEN)) {
    out += escapeXmlText(text.slice(last, m.index));
    last = m.index + m[0].length;
    const n = m[2]!;
    const closing = m[1] === '/';
    const paired = opened.has(n) && closed.has(n);
    out += codeXml(dialect, n, closing ? (paired ? 'close' : 'lone-close') : paired ? 'open' : 'standalone');
  }
  return out + escapeXmlText(text.slice(last));
}

function codeXml(dialect: InlineDialect, n: string, role: 'open' | 'close' | 'standalone' | 'lone-close'): string {
  switch (dialect) {
    case 'xliff12':
      // A closing half without its opening is an isolated code: the strict schema wants every <ex rid> to match a <bx rid>.
      return role === 'standalone' ? `<x id="${n}"/>` : role === 'open' ? `<bx id="${n}" rid="${n}"/>` : role === 'close' ? `<ex id="${n}-end" rid="${n}"/>` : `<it id="${n}" pos="close"/>`;
    case 'xliff2':
      return role === 'standalone' ? `<ph id="${n}"/>` : role === 'open' ? `<sc id="${n}"/>` : role === 'close' ? `<ec startRef="${n}"/>` : `<ec id="${n}" isolated="yes"/>`;
    case 'tmx':
      return role === 'standalone' ? `<ph x="${n}"/>` : role === 'open' ? `<bpt i="${n}" x="${n}"/>` : role === 'close' ? `<ept i="${n}"/>` : `<it pos="end" x="${n}"/>`;
  }
}
