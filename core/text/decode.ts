/**
 * File bytes → text. Translators receive Chinese sources as UTF-8, UTF-16 (Word "Unicode text")
 * and GB18030/GBK (older Chinese Windows); a wrong guess silently turns the source into garbage,
 * so every path either decodes strictly or throws a DecodeError saying where the bytes went wrong.
 */
import { analyse } from 'chardet';
import { findMojibake } from './mojibake';
import { normalizeText } from './normalize';

/** The encodings Duizhao reads. Anything else is reported, never guessed. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** Why bytes could not be turned into text. */
export type DecodeErrorReason = 'empty' | 'binary' | 'invalid-utf8' | 'invalid-utf16' | 'mis-decoded' | 'unsupported-encoding';

/**
 * Bytes that are not readable text; `offset` is the byte where the problem was found and `line`
 * (1-based, when known) the line it is on, so a translator can open the file and look.
 */
export class DecodeError extends Error {
  constructor(
    message: string,
    readonly reason: DecodeErrorReason,
    readonly offset: number,
    readonly line?: number,
  ) {
    super(line === undefined ? message : `${message} (line ${line})`);
    this.name = 'DecodeError';
  }
}

/** Result of decoding: normalised text (LF, NFC, no BOM) and the encoding it was read with. */
export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/** How much of the start of a file the UTF-16 and binary sniffers look at. */
const SNIFF_BYTES = 64 * 1024;
/** chardet confidence (0–100) below which a legacy-encoding guess is not trusted. */
const MIN_LEGACY_CONFIDENCE = 10;
/** Share of plausible characters a UTF-16 guess must reach to be believed. */
const MIN_PLAUSIBLE_SHARE = 0.98;
/** Valid multi-byte UTF-8 characters before a bad byte that make the file damaged UTF-8, not GBK. */
const UTF8_EVIDENCE = 4;

/** Decode file bytes to text, or throw a DecodeError naming the byte offset of the problem. */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new DecodeError('empty input (0 bytes)', 'empty', 0);
  const bom = detectBom(bytes);
  if (bom) return finish(strictDecode(bytes, bom.encoding, bom.length), bom.encoding, bom.length);

  const utf16 = sniffUtf16WithoutBom(bytes);
  if (utf16) return finish(strictDecode(bytes, utf16, 0), utf16, 0);
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new DecodeError(`not text (binary data at byte ${nul})`, 'binary', nul, lineAtByte(bytes, nul, 'utf-8'));

  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== undefined) return finish(utf8, 'utf-8', 0);
  const invalidAt = firstInvalidUtf8(bytes);
  // A file that already held valid multi-byte UTF-8 before the bad byte is damaged UTF-8 (cut
  // off, or a stray byte), not a legacy encoding: guessing GB18030 here would turn it into mojibake.
  const truncatedUtf8 = isIncompleteSequenceAt(bytes, invalidAt) && multibyteUtf8Before(bytes, invalidAt) > 0;
  if (multibyteUtf8Before(bytes, invalidAt) >= UTF8_EVIDENCE || truncatedUtf8) throw invalidUtf8(bytes, invalidAt);
  const legacy = guessLegacyEncoding(bytes);
  if (legacy === 'gb18030') return finish(strictDecode(bytes, 'gb18030', 0), 'gb18030', 0);
  if (legacy) {
    throw new DecodeError(`unsupported encoding (looks like ${legacy}); save the file as UTF-8`, 'unsupported-encoding', invalidAt);
  }
  throw invalidUtf8(bytes, invalidAt);
}

/** Strict decoding with the platform's (native, fast) decoder; undefined when the bytes are invalid. */
function tryDecode(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The error for invalid UTF-8 at byte `at` of `bytes` (the whole file, BOM included). */
function invalidUtf8(bytes: Uint8Array, at: number): DecodeError {
  const truncated = at >= bytes.length - 3 && isIncompleteSequenceAt(bytes, at);
  return new DecodeError(
    `invalid UTF-8 ${truncated ? '(truncated multi-byte character) ' : ''}at byte ${at}`,
    'invalid-utf8',
    at,
    lineAtByte(bytes, at, 'utf-8'),
  );
}

/**
 * 1-based line of byte `at`: line breaks (LF, CRLF or a lone CR) counted in the bytes before it.
 * For UTF-16 only code units of the right byte order count.
 */
function lineAtByte(bytes: Uint8Array, at: number, encoding: TextEncodingName): number {
  const wide = encoding === 'utf-16le' || encoding === 'utf-16be';
  const step = wide ? 2 : 1;
  const unit = (k: number): number => (!wide ? bytes[k]! : encoding === 'utf-16le' ? bytes[k]! | (bytes[k + 1]! << 8) : (bytes[k]! << 8) | bytes[k + 1]!);
  let line = 1;
  for (let k = 0; k + step <= at; k += step) {
    const c = unit(k);
    if (c === 0x0a) line++;
    else if (c === 0x0d && (k + step >= at || unit(k + step) !== 0x0a)) line++;
  }
  return line;
}

function detectBom(bytes: Uint8Array): { encoding: TextEncodingName; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/**
 * UTF-16 without a BOM: NUL bytes appear (the high byte of every ASCII character, newlines
 * included), and the bytes decode strictly to plausible text in one byte order. Binary data fails
 * the plausibility test (control characters, unassigned or private-use code points).
 */
function sniffUtf16WithoutBom(bytes: Uint8Array): TextEncodingName | undefined {
  if (bytes.length % 2 !== 0 || bytes.indexOf(0) < 0) return undefined;
  const sample = bytes.subarray(0, Math.min(bytes.length, SNIFF_BYTES) & ~1);
  let best: { encoding: TextEncodingName; share: number } | undefined;
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    let share: number;
    try {
      share = plausibleTextShare(new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(sample, { stream: true }));
    } catch {
      continue;
    }
    if (!best || share > best.share) best = { encoding, share };
  }
  return best && best.share >= MIN_PLAUSIBLE_SHARE ? best.encoding : undefined;
}

/** Share of characters a document could contain: letters, digits, marks, punctuation, spaces, LF/CR/TAB. */
function plausibleTextShare(text: string): number {
  if (text.length === 0) return 0;
  const implausible = text.match(/[^\p{L}\p{N}\p{M}\p{P}\p{S}\p{Zs}\n\r\t]|[\p{Co}]/gu);
  return 1 - (implausible?.length ?? 0) / text.length;
}

/** Strict decoding of bytes[base…] (base skips a BOM); errors give offsets into the whole file. */
function strictDecode(bytes: Uint8Array, encoding: TextEncodingName, base: number): string {
  const body = bytes.subarray(base);
  const decoded = tryDecode(body, encoding);
  if (decoded !== undefined) return decoded;
  if (encoding === 'utf-8') throw invalidUtf8(bytes, base + firstInvalidUtf8(body));
  const at = base + firstUndecodableOffset(body, encoding);
  const reason = encoding === 'gb18030' ? 'mis-decoded' : 'invalid-utf16';
  throw new DecodeError(`invalid ${encoding.toUpperCase()} at byte ${at}`, reason, at, lineAtByte(bytes, at, encoding));
}

/**
 * Where the bad bytes start: binary search for the longest prefix a streaming decoder accepts
 * (streaming, so a character cut by the prefix end is not an error), then back to the start of
 * the character — for UTF-16, of the unpaired surrogate. `encoding` is any WHATWG label.
 */
export function firstUndecodableOffset(bytes: Uint8Array, encoding: string): number {
  const decodes = (end: number): boolean => {
    try {
      new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, end), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (decodes(mid)) lo = mid;
    else hi = mid - 1;
  }
  if (encoding === 'gb18030') {
    // A lead byte waiting for its trail byte streams fine: back up to the last complete character.
    const complete = (end: number): boolean => tryDecode(bytes.subarray(0, end), encoding) !== undefined;
    for (let k = 0; k < 3 && lo > 0 && !complete(lo); k++) lo--;
  }
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    lo &= ~1;
    const unitBefore = encoding === 'utf-16le' ? (bytes[lo - 1] ?? 0) : (bytes[lo - 2] ?? 0);
    if (lo >= 2 && unitBefore >= 0xd8 && unitBefore <= 0xdb) lo -= 2;
  }
  return lo;
}

function finish(decoded: string, encoding: TextEncodingName, base: number): DecodedText {
  const hits = findMojibake(decoded);
  if (hits.length > 0) {
    const hit = hits[0]!;
    const at = base + byteLength(decoded.slice(0, hit.index), encoding);
    const what = hit.sample === '\uFFFD' ? 'replacement character U+FFFD' : `"${hit.sample}" (UTF-8 read as Windows-1252)`;
    const line = (decoded.slice(0, hit.index).match(/\r\n?|\n/g)?.length ?? 0) + 1;
    throw new DecodeError(`mis-decoded text: ${what} at byte ${at}`, 'mis-decoded', at, line);
  }
  const text = normalizeText(decoded);
  if (text.trim().length === 0) throw new DecodeError('empty input (only whitespace)', 'empty', 0);
  return { text, encoding };
}

/** Byte length of a string in the file's encoding, to turn a text offset into a byte offset. */
function byteLength(text: string, encoding: TextEncodingName): number {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return text.length * 2;
  if (encoding === 'utf-8') return new TextEncoder().encode(text).length;
  // GB18030: 1 byte for ASCII, 4 for supplementary planes and a few BMP ranges; 2 is a close bound.
  let n = 0;
  for (const ch of text) n += ch.charCodeAt(0) < 0x80 ? 1 : ch.length === 2 ? 4 : 2;
  return n;
}

/** Offset of the first byte that breaks UTF-8, or -1 when the whole input is valid UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    if (i + need >= n) return i;
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function isIncompleteSequenceAt(bytes: Uint8Array, at: number): boolean {
  const b = bytes[at]!;
  const need = b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : b >= 0xc2 ? 1 : 0;
  return need > 0 && at + need >= bytes.length;
}

/** Count of multi-byte UTF-8 characters (lead bytes) in the valid prefix bytes[0, end). */
function multibyteUtf8Before(bytes: Uint8Array, end: number): number {
  let n = 0;
  for (let i = 0; i < end; i++) if (bytes[i]! >= 0xc0) n++;
  return n;
}

/** Ask chardet for the most likely legacy encoding; GB18030 also covers GBK and GB2312. */
function guessLegacyEncoding(bytes: Uint8Array): string | undefined {
  const matches = analyse(bytes.subarray(0, SNIFF_BYTES)).filter((m) => m.confidence >= MIN_LEGACY_CONFIDENCE);
  const legacy = matches.filter((m) => m.name !== 'UTF-8' && m.name !== 'ASCII');
  const best = legacy[0];
  if (!best) return undefined;
  // Short inputs tie several CJK encodings at the same confidence; Duizhao's sources are Chinese.
  if (legacy.some((m) => /^(GB18030|GBK|GB2312)$/i.test(m.name) && m.confidence >= best.confidence)) return 'gb18030';
  return best.name;
}
