import { headwordLengths } from './headword-lengths';
import type { Lexicon, LexiconEntry } from './lexicon';

/**
 * A compact prebuilt form of the lexicon (issue 13), built from the TSV once (`npm run build:cli`,
 * scripts/build-lexicon-bin.ts) and read without parsing it line by line: the headwords and the
 * stem/pinyin columns are stored as they are used, offsets are Int32Arrays, and lookups go through
 * an open-addressing hash table stored in the file, as do the headword-length bounds the segmenter
 * needs (headword-lengths.ts). Loading is a file read and views into it: the headwords are UTF-16
 * units compared in place, so no string of them is decoded; no Map of 110,000 entries is built,
 * and an entry's columns are decoded and split only when it is used (decoding all of them took
 * ~80 ms for the zh→ru lexicon's 8 M characters of Cyrillic).
 *
 * Layout (little-endian): a header of 10 uint32 — magic, version, count, table size, headword
 * bytes, column bytes, longest headword (code points), source stamp, first-character count,
 * pair-table size — and 2 float64 — the source file's size and modification time (NaN: unknown) —
 * then the int32 arrays wordStart (count + 1, offsets into the headwords' UTF-16 units), colStart
 * (2 × count + 1 byte offsets into the columns: stems of i at [2i, 2i+1), pinyin at [2i+1, 2i+2)),
 * the table (entry index + 1 per slot, 0 empty), firsts, pairFirst, pairSecond, pairLength, then
 * the headwords as UTF-16 units, firstLengths as bytes and the columns as UTF-8.
 */
const MAGIC = 0x584c5a44; // "DZLX"
const VERSION = 3;
const HEADER_WORDS = 10;
const HEADER_BYTES = HEADER_WORDS * 4 + 2 * 8;

/** The TSV a compiled lexicon was built from: its content (stamp) and, when known, the file's size and modification time. */
export interface LexiconSource {
  stamp: number;
  size: number;
  mtimeMs: number;
}

/** FNV-1a over UTF-16 code units: the same hash when building and when looking up. */
function hashOf(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let k = from; k < to; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  return h >>> 0;
}

/**
 * Encodes a lexicon; `source` identifies the file it was built from (the loader rebuilds from the
 * TSV when it no longer matches): a stamp alone, or with the file's size and time. Headwords keep
 * the lexicon's order.
 */
export function encodeLexicon(lexicon: Lexicon, source: number | LexiconSource): Uint8Array {
  const { stamp, size, mtimeMs } = typeof source === 'number' ? { stamp: source, size: NaN, mtimeMs: NaN } : source;
  const encoder = new TextEncoder();
  const words: string[] = [];
  const cols: Uint8Array[] = [];
  for (const [word, entry] of lexicon.entries) {
    words.push(word);
    cols.push(encoder.encode(entry.stems.join(' ')), encoder.encode(entry.pinyin.join(' ')));
  }
  const count = words.length;
  let tableSize = 1;
  while (tableSize < count * 2) tableSize *= 2;
  const wordStart = new Int32Array(count + 1);
  for (let i = 0; i < count; i++) wordStart[i + 1] = wordStart[i]! + words[i]!.length;
  const colStart = new Int32Array(2 * count + 1);
  for (let c = 0; c < cols.length; c++) colStart[c + 1] = colStart[c]! + cols[c]!.byteLength;
  const table = new Int32Array(tableSize);
  for (let i = 0; i < count; i++) {
    let slot = hashOf(words[i]!, 0, words[i]!.length) & (tableSize - 1);
    while (table[slot] !== 0) slot = (slot + 1) & (tableSize - 1);
    table[slot] = i + 1;
  }
  const wordText = words.join('');
  const lengths = headwordLengths(wordText, wordStart);
  const wordUnits = new Uint16Array(wordText.length);
  for (let k = 0; k < wordText.length; k++) wordUnits[k] = wordText.charCodeAt(k);
  const colBytes = new Uint8Array(colStart[2 * count]!);
  for (let c = 0; c < cols.length; c++) colBytes.set(cols[c]!, colStart[c]!);
  const header = new Uint8Array(HEADER_BYTES);
  const view = new DataView(header.buffer);
  const fields = [MAGIC, VERSION, count, tableSize, wordUnits.byteLength, colBytes.byteLength, lexicon.maxWordLength, stamp >>> 0, lengths.firsts.length, lengths.pairLength.length];
  fields.forEach((v, k) => view.setUint32(4 * k, v, true));
  view.setFloat64(HEADER_WORDS * 4, size, true);
  view.setFloat64(HEADER_WORDS * 4 + 8, mtimeMs, true);
  const parts = [header, wordStart, colStart, table, lengths.firsts, lengths.pairFirst, lengths.pairSecond, lengths.pairLength, wordUnits, lengths.firstLengths, colBytes];
  const out = new Uint8Array(parts.reduce((s, p) => s + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    out.set(new Uint8Array(p.buffer, p.byteOffset, p.byteLength), at);
    at += p.byteLength;
  }
  return out;
}

/** The source an encoded lexicon was built from (size and time NaN when unknown), or undefined when the bytes are not one. */
export function lexiconSource(bytes: Uint8Array): LexiconSource | undefined {
  if (bytes.byteLength < HEADER_BYTES) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== VERSION) return undefined;
  return { stamp: view.getUint32(28, true), size: view.getFloat64(HEADER_WORDS * 4, true), mtimeMs: view.getFloat64(HEADER_WORDS * 4 + 8, true) };
}

/** Reads an encoded lexicon. Throws on bytes that are not one (or are cut short). */
export function decodeLexicon(input: Uint8Array): Lexicon {
  if (lexiconSource(input) === undefined) throw new Error('not a compiled lexicon (bad magic or version)');
  // Typed-array views need 4-byte alignment: copy the rare buffer that is not aligned.
  const bytes = input.byteOffset % 4 === 0 ? input : input.slice();
  const header = new Uint32Array(bytes.buffer, bytes.byteOffset, HEADER_WORDS);
  const [, , count, tableSize, wordBytes, colBytes, maxWordLength, , firstCount, pairSize] = header as unknown as number[];
  const end = bytes.byteOffset + bytes.byteLength;
  let at = bytes.byteOffset + HEADER_BYTES;
  const take = (n: number): Int32Array => {
    if (at + n * 4 > end) throw new Error('compiled lexicon is truncated');
    const a = new Int32Array(bytes.buffer, at, n);
    at += n * 4;
    return a;
  };
  const wordStart = take(count! + 1);
  const colStart = take(2 * count! + 1);
  const table = take(tableSize!);
  const firsts = take(firstCount!);
  const pairFirst = take(pairSize!);
  const pairSecond = take(pairSize!);
  const pairLength = take(pairSize!);
  if (wordBytes! % 2 !== 0 || at + wordBytes! + firstCount! + colBytes! !== end) throw new Error('compiled lexicon is truncated or has trailing bytes');
  const wordUnits = new Uint16Array(bytes.buffer, at, wordBytes! / 2);
  at += wordBytes!;
  const firstLengths = new Uint8Array(bytes.buffer, at, firstCount!);
  const columns = new Uint8Array(bytes.buffer, at + firstCount!, colBytes!);
  return {
    entries: new CompiledEntries(count!, wordStart, colStart, table, wordUnits, columns),
    maxWordLength: maxWordLength!,
    headwordLengths: { firsts, firstLengths, pairFirst, pairSecond, pairLength },
  };
}

/**
 * The entry of the headword text.slice(from, to): looked up in place in a compiled lexicon, through
 * the sliced string in any other map.
 */
export function entryOfSpan(entries: ReadonlyMap<string, LexiconEntry>, text: string, from: number, to: number): LexiconEntry | undefined {
  return entries instanceof CompiledEntries ? entries.getSpan(text, from, to) : entries.get(text.slice(from, to));
}

/** The headword → entry map of a compiled lexicon, read-only, looked up in the stored hash table. */
class CompiledEntries implements ReadonlyMap<string, LexiconEntry> {
  private readonly made = new Map<number, LexiconEntry>();

  constructor(
    readonly size: number,
    private readonly wordStart: Int32Array,
    private readonly colStart: Int32Array,
    private readonly table: Int32Array,
    private readonly wordUnits: Uint16Array,
    private readonly columns: Uint8Array,
  ) {}

  private indexOf(word: string): number {
    return this.indexOfSpan(word, 0, word.length);
  }

  private entryAt(i: number): LexiconEntry {
    let e = this.made.get(i);
    if (!e) {
      e = new CompiledEntry(this.columns, this.colStart, i);
      this.made.set(i, e);
    }
    return e;
  }

  /**
   * The entry of the headword text.slice(from, to), without building that string: the segmenter
   * tries several candidate lengths at each position and most of them miss.
   */
  getSpan(text: string, from: number, to: number): LexiconEntry | undefined {
    const i = this.indexOfSpan(text, from, to);
    return i < 0 ? undefined : this.entryAt(i);
  }

  private indexOfSpan(text: string, from: number, to: number): number {
    const mask = this.table.length - 1;
    const length = to - from;
    for (let slot = hashOf(text, from, to) & mask; ; slot = (slot + 1) & mask) {
      const i = this.table[slot]! - 1;
      if (i < 0) return -1;
      const start = this.wordStart[i]!;
      if (this.wordStart[i + 1]! - start !== length) continue;
      let k = 0;
      while (k < length && this.wordUnits[start + k] === text.charCodeAt(from + k)) k++;
      if (k === length) return i;
    }
  }

  private wordAt(i: number): string {
    const units = this.wordUnits.subarray(this.wordStart[i]!, this.wordStart[i + 1]!);
    return headwordDecoder.decode(new Uint8Array(units.buffer, units.byteOffset, units.byteLength));
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

/**
 * A compiled entry; each column is decoded and split when first read (the segmenter reads stems,
 * only the name keys read a single character's pinyin), as the parsed TSV's entries are.
 */
class CompiledEntry implements LexiconEntry {
  private stemList?: readonly string[];
  private pinyinList?: readonly string[];

  constructor(
    private readonly columns: Uint8Array,
    private readonly colStart: Int32Array,
    private readonly index: number,
  ) {}

  get stems(): readonly string[] {
    return (this.stemList ??= decodeColumn(this.columns, this.colStart[2 * this.index]!, this.colStart[2 * this.index + 1]!));
  }

  get pinyin(): readonly string[] {
    return (this.pinyinList ??= decodeColumn(this.columns, this.colStart[2 * this.index + 1]!, this.colStart[2 * this.index + 2]!));
  }
}

function decodeColumn(columns: Uint8Array, from: number, to: number): readonly string[] {
  if (from === to) return [];
  return splitShortUtf8(columns, from, to) ?? columnDecoder.decode(columns.subarray(from, to)).split(' ');
}

/**
 * A column's space-separated words decoded in JavaScript when every character is one or two UTF-8
 * bytes (English stems, pinyin, Cyrillic), else undefined and the caller uses TextDecoder. A
 * TextDecoder call costs ~0.5–0.9 µs (a run decodes ~10,000 columns of a few words); this loop
 * builds the words directly. Overlong forms (C0, C1) and stray continuation bytes go to the
 * decoder, so both paths give the same strings.
 */
function splitShortUtf8(bytes: Uint8Array, from: number, to: number): string[] | undefined {
  const words: string[] = [];
  let word = '';
  for (let k = from; k < to; k++) {
    const b = bytes[k]!;
    if (b < 0x80) {
      if (b === 0x20) {
        words.push(word);
        word = '';
      } else word += String.fromCharCode(b);
      continue;
    }
    const next = k + 1 < to ? bytes[k + 1]! : 0;
    if (b < 0xc2 || b > 0xdf || (next & 0xc0) !== 0x80) return undefined;
    word += String.fromCharCode(((b & 0x1f) << 6) | (next & 0x3f));
    k++;
  }
  words.push(word);
  return words;
}

/** One column's words; the file's bytes were checked when it was built, so a bad byte is only replaced (U+FFFD), never thrown on mid-alignment. */
const columnDecoder = new TextDecoder('utf-8');
/** A headword's UTF-16 units as a string (iterating the keys: tests and tools, not alignment). */
const headwordDecoder = new TextDecoder('utf-16le');

