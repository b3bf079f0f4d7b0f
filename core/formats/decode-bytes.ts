import { FormatError } from './format-error';
import { firstUndecodableOffset } from '../text/decode';

/**
 * Decoding for the structured formats (XML, HTML, Markdown). A BOM wins; otherwise the caller's
 * declared encoding (XML declaration, HTML meta charset); otherwise UTF-8. Decoding is strict so a
 * GB18030 file mislabelled as UTF-8 is reported with the offset of the first bad byte, never read as
 * replacement characters.
 */
export function decodeStrict(bytes: Uint8Array, fileName: string, declared?: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeWith('utf-8', bytes.subarray(3), fileName, 3);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes.subarray(2), fileName, 2);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes.subarray(2), fileName, 2);
  return decodeWith(normaliseLabel(declared), bytes, fileName, 0);
}

/** The encoding named in an XML declaration (`<?xml version="1.0" encoding="GB18030"?>`), if any. */
export function xmlDeclaredEncoding(bytes: Uint8Array): string | undefined {
  const head = asciiHead(bytes, 200);
  return /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
}

/** The charset from an HTML `<meta charset>` or `http-equiv` tag in the first 2 KB, if any. */
export function htmlDeclaredEncoding(bytes: Uint8Array): string | undefined {
  const head = asciiHead(bytes, 2048);
  return /<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._-]+)/i.exec(head)?.[1];
}

/** True when the bytes look like a binary file rather than text (NUL bytes outside UTF-16). */
export function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

function asciiHead(bytes: Uint8Array, n: number): string {
  let s = '';
  for (let i = 0; i < Math.min(n, bytes.length); i++) s += String.fromCharCode(bytes[i]!);
  return s;
}

function normaliseLabel(label: string | undefined): string {
  const l = (label ?? 'utf-8').toLowerCase();
  // GB2312 and GBK are subsets of GB18030; decoding with the superset never loses a character.
  return l === 'gb2312' || l === 'gbk' ? 'gb18030' : l;
}

function decodeWith(label: string, bytes: Uint8Array, fileName: string, base: number): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true, ignoreBOM: true });
  } catch {
    throw new FormatError(fileName, `unsupported encoding "${label}"`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    const offset = base + firstUndecodableOffset(bytes, label);
    throw new FormatError(fileName, `not valid ${label.toUpperCase()} text (wrong encoding?)`, { offset });
  }
}
