/**
 * Width folding for matching and alignment. Chinese texts mix full-width Latin forms ("ＷＴＯ",
 * "２０２５", "（", "！") with half-width ones; comparing them needs one form. The fold is
 * length-preserving (one UTF-16 unit in, one out), so an offset found in the folded text is the
 * same offset in the original: callers match on the fold and show the original.
 */

const FULLWIDTH_TO_ASCII = 0xfee0; // ！(U+FF01) − !(U+0021)
const IDEOGRAPHIC_SPACE = 0x3000;

const FOLDABLE = /[\uFF01-\uFF5E\u3000]/g;

/** Fold full-width ASCII forms (U+FF01–U+FF5E) and the ideographic space to ASCII, 1:1 per unit. */
export function foldWidth(text: string): string {
  return text.replace(FOLDABLE, (ch) => {
    const code = ch.charCodeAt(0);
    return code === IDEOGRAPHIC_SPACE ? ' ' : String.fromCharCode(code - FULLWIDTH_TO_ASCII);
  });
}
