import type { Lexicon, LexiconEntry } from './lexicon';

/**
 * A compact prebuilt form of the lexicon (issue 13), built from the TSV once (`npm run build:cli`,
 * scripts/build-lexicon-bin.ts) and read without parsing it line by line: the headwords and the
 * stem/pinyin columns are two strings, offsets are Int32Arrays, and lookups go through an
 * open-addressing hash table stored in the file. Loading is a file read and two UTF-8 decodes;
 * no Map of 110,000 entries is built, and an entry's columns are split only when it is used.
 *
 * Layout (little-endian): a header of 8 uint32 — magic, version, count, table size, headword
 * bytes, column bytes, longest headword (code points), source stamp — then wordStart (count + 1
 * int32), colStart (2 × count + 1 int32: stems of i at [2i, 2i+1), pinyin at [2i+1, 2i+2)), the
 * table (entry index + 1 per slot, 0 empty), the headwords and the columns as UTF-8. Offsets count
 * UTF-16 units of the decoded strings.
 */
const MAGIC = 0x584c5a44; // "DZLX"
const VERSION = 1;
const HEADER_WORDS = 8;

/** FNV-1a over UTF-16 code units: the same hash when building and when looking up. */
function hashOf(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let k = from; k < to; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  return h >>> 0;
}

/**
 * Encodes a lexicon; `stamp` identifies the source file it was built from (the loader rebuilds from
 * the TSV when it no longer matches). Headwords keep the lexicon's order.
 */
export function encodeLexicon(lexicon: Lexicon, stamp: number): Uint8Array {
  const words: string[] = [];
  const cols: string[] = [];
  for (const [word, entry] of lexicon.entries) {
    words.push(word);
    cols.push(entry.stems.join(' '), entry.pinyin.join(' '));
  }
  const count = words.length;
  let tableSize = 1;
  while (tableSize < count * 2) tableSize *= 2;
  const wordStart = new Int32Array(count + 1);
  for (let i = 0; i < count; i++) wordStart[i + 1] = wordStart[i]! + words[i]!.length;
  const colStart = new Int32Array(2 * count + 1);
  for (let c = 0; c < cols.length; c++) colStart[c + 1] = colStart[c]! + cols[c]!.length;
  const table = new Int32Array(tableSize);
  for (let i = 0; i < count; i++) {
    let slot = hashOf(words[i]!, 0, words[i]!.length) & (tableSize - 1);
    while (table[slot] !== 0) slot = (slot + 1) & (tableSize - 1);
    table[slot] = i + 1;
  }
  const encoder = new TextEncoder();
  const wordBytes = encoder.encode(words.join(''));
  const colBytes = encoder.encode(cols.join(''));
  const header = Uint32Array.from([MAGIC, VERSION, count, tableSize, wordBytes.byteLength, colBytes.byteLength, lexicon.maxWordLength, stamp >>> 0]);
  const parts = [header, wordStart, colStart, table, wordBytes, colBytes];
  const out = new Uint8Array(parts.reduce((s, p) => s + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    out.set(new Uint8Array(p.buffer, p.byteOffset, p.byteLength), at);
    at += p.byteLength;
  }
  return out;
}

/** The source stamp stored in an encoded lexicon, or undefined when the bytes are not one. */
export function lexiconStamp(bytes: Uint8Array): number | undefined {
  if (bytes.byteLength < HEADER_WORDS * 4) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== VERSION) return undefined;
  return view.getUint32(28, true);
}

/** Reads an encoded lexicon. Throws on bytes that are not one (or are cut short). */
export function decodeLexicon(input: Uint8Array): Lexicon {
  if (lexiconStamp(input) === undefined) throw new Error('not a compiled lexicon (bad magic or version)');
  // Typed-array views need 4-byte alignment: copy the rare buffer that is not aligned.
  const bytes = input.byteOffset % 4 === 0 ? input : input.slice();
  const header = new Uint32Array(bytes.buffer, bytes.byteOffset, HEADER_WORDS);
  const [, , count, tableSize, wordBytes, colBytes, maxWordLength] = header as unknown as number[];
  let at = bytes.byteOffset + HEADER_WORDS * 4;
  const take = (n: number): Int32Array => {
    const a = new Int32Array(bytes.buffer, at, n);
    at += n * 4;
    return a;
  };
  const wordStart = take(count! + 1);
  const colStart = take(2 * count! + 1);
  const table = take(tableSize!);
  if (at + wordBytes! + colBytes! !== bytes.byteOffset + bytes.byteLength) throw new Error('compiled lexicon is truncated or has trailing bytes');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const wordText = decoder.decode(new Uint8Array(bytes.buffer, at, wordBytes!));
  const colText = decoder.decode(new Uint8Array(bytes.buffer, at + wordBytes!, colBytes!));
  return {
    entries: new CompiledEntries(count!, wordStart, colStart, table, wordText, colText),
    maxWordLength: maxWordLength!,
    headwords: { text: wordText, start: wordStart },
  };
}

/** The headword → entry map of a compiled lexicon, read-only, looked up in the stored hash table. */
class CompiledEntries implements ReadonlyMap<string, LexiconEntry> {
  private readonly made = new Map<number, LexiconEntry>();

  constructor(
    readonly size: number,
    private readonly wordStart: Int32Array,
    private readonly colStart: Int32Array,
    private readonly table: Int32Array,
    private readonly wordText: string,
    private readonly colText: string,
  ) {}

  private indexOf(word: string): number {
    const mask = this.table.length - 1;
    for (let slot = hashOf(word, 0, word.length) & mask; ; slot = (slot + 1) & mask) {
      const i = this.table[slot]! - 1;
      if (i < 0) return -1;
      const from = this.wordStart[i]!;
      if (this.wordStart[i + 1]! - from !== word.length) continue;
      let k = 0;
      while (k < word.length && this.wordText.charCodeAt(from + k) === word.charCodeAt(k)) k++;
      if (k === word.length) return i;
    }
  }

  private entryAt(i: number): LexiconEntry {
    let e = this.made.get(i);
    if (!e) {
      const c = this.colStart;
      e = { stems: split(this.colText, c[2 * i]!, c[2 * i + 1]!), pinyin: split(this.colText, c[2 * i + 1]!, c[2 * i + 2]!) };
      this.made.set(i, e);
    }
    return e;
  }

  private wordAt(i: number): string {
    return this.wordText.slice(this.wordStart[i]!, this.wordStart[i + 1]!);
  }

  get(word: string): LexiconEntry | undefined {
    const i = this.indexOf(word);
    return i < 0 ? undefined : this.entryAt(i);
  }

  has(word: string): boolean {
    return this.indexOf(word) >= 0;
  }

  *keys(): MapIterator<string> {
    for (let i = 0; i < this.size; i++) yield this.wordAt(i);
  }

  *values(): MapIterator<LexiconEntry> {
    for (let i = 0; i < this.size; i++) yield this.entryAt(i);
  }

  *entries(): MapIterator<[string, LexiconEntry]> {
    for (let i = 0; i < this.size; i++) yield [this.wordAt(i), this.entryAt(i)];
  }

  [Symbol.iterator](): MapIterator<[string, LexiconEntry]> {
    return this.entries();
  }

  forEach(callback: (value: LexiconEntry, key: string, map: ReadonlyMap<string, LexiconEntry>) => void): void {
    for (let i = 0; i < this.size; i++) callback(this.entryAt(i), this.wordAt(i), this);
  }
}

function split(text: string, from: number, to: number): readonly string[] {
  return from === to ? [] : text.slice(from, to).split(' ');
}

