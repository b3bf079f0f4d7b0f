/**
 * Inline codes of bilingual files (XLIFF `<x/>`, `<g>`, `<ph>`, `<pc>`, TMX `<bpt>`/`<ept>`…) as
 * protected tokens inside sentence text: `⟦1⟧` for a standalone or opening code, `⟦/1⟧` for the
 * closing one. The brackets (U+27E6/U+27E7) do not occur in Chinese, English or Russian prose, so a
 * token cannot be confused with text; the number is the code's position in the source segment, and
 * the same code in the target carries the same number. The editor shows tokens as chips, the QA
 * checks them, the writers turn them back into tags.
 */
export const TAG_TOKEN = /⟦(\/?)(\d+)⟧/g;

/** The token text for code `n`: "⟦n⟧", or "⟦/n⟧" for a closing code. */
export function tagToken(n: number, closing = false): string {
  return closing ? `⟦/${n}⟧` : `⟦${n}⟧`;
}

/** One token found in a text, with its place. */
export interface TagTokenAt {
  token: string;
  n: number;
  closing: boolean;
  start: number;
  end: number;
}

/** The tokens of a text in order. */
export function findTagTokens(text: string): TagTokenAt[] {
  const out: TagTokenAt[] = [];
  if (!text.includes('⟦')) return out;
  for (const m of text.matchAll(TAG_TOKEN)) {
    out.push({ token: m[0], n: Number(m[2]), closing: m[1] === '/', start: m.index, end: m.index + m[0].length });
  }
  return out;
}
