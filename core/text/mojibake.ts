/**
 * Signs that a text was decoded with the wrong encoding: U+FFFD replacement characters, and UTF-8
 * bytes read as Windows-1252/Latin-1 ("ä¸­å›½" for 中国, "Ð Ð¾Ñ" for Ро, "â€œ" for “).
 */

/** A UTF-8 continuation byte (0x80–0xBF) as Windows-1252 shows it (or as Latin-1 C1 controls). */
const CONT = '[\\u0080-\\u00BF\\u20AC\\u201A\\u0192\\u201E\\u2026\\u2020\\u2021\\u02C6\\u2030\\u0160\\u2039\\u0152\\u017D\\u2018\\u2019\\u201C\\u201D\\u2022\\u2013\\u2014\\u02DC\\u2122\\u0161\\u203A\\u0153\\u017E\\u0178]';

/**
 * A lead byte followed by exactly as many continuation bytes as it announces: "Ã©" (2 bytes),
 * "ä¸­" (3), "ðŸ" + 2 (4). Requiring the full sequence keeps "été…" or "à—" from counting.
 * "â€" alone also counts: it is the start of every curly quote and dash (E2 80 xx), and the last
 * byte is often lost (0x9D has no Windows-1252 character).
 */
const UTF8_AS_CP1252 = new RegExp(
  `\\u00E2\\u20AC${CONT}?|[\\u00C2-\\u00DF]${CONT}|[\\u00E0-\\u00EF]${CONT}{2}|[\\u00F0-\\u00F4]${CONT}{3}`,
  'g',
);

const REPLACEMENT_CHARACTER = '\uFFFD';

/** One place in a text that looks mis-decoded. */
export interface MojibakeHit {
  /** UTF-16 offset in the text. */
  index: number;
  /** The characters that gave it away. */
  sample: string;
}

/** Every replacement character and every UTF-8-read-as-cp1252 sequence, in text order. */
export function findMojibake(text: string): MojibakeHit[] {
  const hits: MojibakeHit[] = [];
  for (let i = text.indexOf(REPLACEMENT_CHARACTER); i >= 0; i = text.indexOf(REPLACEMENT_CHARACTER, i + 1)) {
    hits.push({ index: i, sample: REPLACEMENT_CHARACTER });
  }
  for (const m of text.matchAll(UTF8_AS_CP1252)) hits.push({ index: m.index, sample: m[0] });
  return hits.sort((a, b) => a.index - b.index);
}
