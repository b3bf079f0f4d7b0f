import { TAG_TOKEN, tagToken } from '../model/tag-tokens';

/**
 * Inline-code tokens (⟦n⟧, ⟦/n⟧) and DeepL's XML tag handling. Sent as plain text, "⟦1⟧" is just
 * characters DeepL may translate around, split or drop; with `tag_handling=xml` DeepL keeps tags
 * and moves them with the words they wrap. A pair whose halves are both in the text goes as
 * `<g id="n">…</g>`, any other token as an empty `<x id="n"/>` (`<x id="/n"/>` for a lone closing
 * half); the rest of the text is XML-escaped.
 */
export function tokensToDeepLXml(text: string): string {
  const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const tokens = [...text.matchAll(TAG_TOKEN)];
  // Only properly nested pairs become <g> elements: the XML sent must be well-formed.
  const paired = new Set<number>();
  const stack: number[] = [];
  tokens.forEach((m, i) => {
    if (m[1] !== '/') stack.push(i);
    else {
      const at = stack.findLastIndex((k) => tokens[k]![2] === m[2]);
      if (at >= 0 && at === stack.length - 1) {
        paired.add(stack[at]!);
        paired.add(i);
        stack.pop();
      }
    }
  });
  let out = '';
  let last = 0;
  tokens.forEach((m, i) => {
    out += escape(text.slice(last, m.index));
    last = m.index + m[0].length;
    if (paired.has(i)) out += m[1] === '/' ? '</g>' : `<g id="${m[2]}">`;
    else out += `<x id="${m[1]}${m[2]}"/>`;
  });
  return out + escape(text.slice(last));
}

/** DeepL's XML answer back to text with tokens; tags DeepL did not get from us are dropped. */
export function deepLXmlToTokens(xml: string): string {
  const open: string[] = [];
  const text = xml.replace(/<g id="(\d+)">|<\/g>|<x id="(\/?)(\d+)"\s*\/>|<[^>]*>/g, (tag, g?: string, slash?: string, x?: string) => {
    if (g !== undefined) {
      open.push(g);
      return tagToken(Number(g));
    }
    if (tag === '</g>') {
      const n = open.pop();
      return n === undefined ? '' : tagToken(Number(n), true);
    }
    if (x !== undefined) return tagToken(Number(x), slash === '/');
    return '';
  });
  return text.replace(/&(lt|gt|amp|quot|apos|#(\d+)|#x([0-9a-fA-F]+));/g, (entity, name: string, dec?: string, hex?: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" } as Record<string, string>)[name] ?? entity;
  });
}
