/**
 * Width folding for matching and alignment. Chinese texts mix full-width Latin forms ("ＷＴＯ",
 * "２０２５", "（", "！") with half-width ones; comparing them needs one form. The fold is
 * length-preserving (one UTF-16 unit in, one out), so an offset found in the folded text is the
 * same offset in the original: callers match on the fold and show the original.
 */

const FULLWIDTH_FIRST = 0xff01; // ！
const FULLWIDTH_LAST = 0xff5e; // ～
const FULLWIDTH_TO_ASCII = 0xfee0; // ！(U+FF01) − !(U+0021)
const IDEOGRAPHIC_SPACE = 0x3000;

/** Fold full-width ASCII forms (U+FF01–U+FF5E) and the ideographic space to ASCII, 1:1 per unit. */
export function foldWidth(text: string): string {
  let changed = false;
  const out = new Array<string>(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= FULLWIDTH_FIRST && code <= FULLWIDTH_LAST) {
      out[i] = String.fromCharCode(code - FULLWIDTH_TO_ASCII);
      changed = true;
    } else if (code === IDEOGRAPHIC_SPACE) {
      out[i] = ' ';
      changed = true;
    } else {
      out[i] = text[i]!;
    }
  }
  return changed ? out.join('') : text;
}
