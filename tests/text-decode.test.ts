/**
 * Bytes → text on the real samples re-encoded the ways translators receive them (test data
 * encoded with iconv-lite, an implementation independent of the TextDecoder under test), and on
 * the bad inputs that must be refused with the byte offset of the problem.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes, DecodeError } from '../core/text';

const samplePath = join(__dirname, '..', 'samples', 'strategic-stability-2025-05-08.zh.txt');
const sampleText = readFileSync(samplePath, 'utf8');
const ruText = readFileSync(join(__dirname, '..', 'samples', 'strategic-stability-2025-05-08.ru.txt'), 'utf8');

function decodeError(bytes: Uint8Array): DecodeError {
  try {
    decodeBytes(bytes);
  } catch (err) {
    if (err instanceof DecodeError) return err;
    throw err;
  }
  throw new Error('expected a DecodeError');
}

const withBom = (bom: number[], body: Uint8Array): Uint8Array => new Uint8Array([...bom, ...body]);

describe('decodeBytes', () => {
  const good: [string, () => Uint8Array, string][] = [
    ['UTF-8', () => readFileSync(samplePath), 'utf-8'],
    ['UTF-8 with BOM', () => withBom([0xef, 0xbb, 0xbf], iconv.encode(sampleText, 'utf8')), 'utf-8'],
    ['UTF-16 LE with BOM', () => withBom([0xff, 0xfe], iconv.encode(sampleText, 'utf16le')), 'utf-16le'],
    ['UTF-16 BE with BOM', () => withBom([0xfe, 0xff], iconv.encode(sampleText, 'utf16be')), 'utf-16be'],
    ['UTF-16 LE without BOM', () => iconv.encode(sampleText, 'utf16le'), 'utf-16le'],
    ['UTF-16 BE without BOM', () => iconv.encode(sampleText, 'utf16be'), 'utf-16be'],
    ['GB18030', () => iconv.encode(sampleText, 'gb18030'), 'gb18030'],
    ['GBK (a subset of GB18030)', () => iconv.encode(sampleText.slice(0, 3000), 'gbk'), 'gb18030'],
    ['GBK, two characters only', () => iconv.encode('双方', 'gbk'), 'gb18030'],
    ['UTF-8 Russian', () => iconv.encode(ruText, 'utf8'), 'utf-8'],
    ['UTF-16 LE Russian without BOM', () => iconv.encode(ruText, 'utf16le'), 'utf-16le'],
  ];
  for (const [name, bytes, encoding] of good) {
    it(`reads ${name}`, () => {
      const source = bytes();
      const decoded = decodeBytes(source);
      expect(decoded.encoding).toBe(encoding);
      const expected = iconv.decode(Buffer.from(source), encoding === 'gb18030' ? 'gb18030' : encoding).replace(/^\uFEFF/, '');
      expect(decoded.text).toBe(expected.replace(/\r\n?/g, '\n').normalize('NFC'));
      expect(decoded.text).toContain(encoding === 'gb18030' || !name.includes('Russian') ? '双方' : 'Стороны');
    });
  }

  it('normalises CRLF and CR to LF and text to NFC', () => {
    const decomposed = 'Cafe\u0301 Объединённых\r\nline two\rline three';
    const { text } = decodeBytes(iconv.encode(decomposed, 'utf8'));
    expect(text).toBe('Caf\u00e9 Объединённых\nline two\nline three'.normalize('NFC'));
    expect(text).not.toContain('\r');
  });

  it('refuses an empty file and a file of whitespace', () => {
    expect(decodeError(new Uint8Array()).reason).toBe('empty');
    expect(decodeError(iconv.encode(' \n\r\n\t', 'utf8')).reason).toBe('empty');
    expect(decodeError(new Uint8Array([0xef, 0xbb, 0xbf])).reason).toBe('empty');
  });

  it('refuses binary data, naming the first NUL byte', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
    const err = decodeError(png);
    expect(err.reason).toBe('binary');
    expect(err.offset).toBe(8);
    expect(err.message).toContain('byte 8');
  });

  it('refuses UTF-8 truncated in the middle of a character, at the byte where it was cut', () => {
    const full = iconv.encode('双方重申', 'utf8');
    const err = decodeError(full.subarray(0, full.length - 1));
    expect(err.reason).toBe('invalid-utf8');
    expect(err.offset).toBe(9);
    expect(err.message).toMatch(/truncated.*byte 9/);
  });

  it('refuses UTF-8 with a stray byte in the middle instead of guessing another encoding', () => {
    const head = iconv.encode(sampleText.slice(0, 200), 'utf8');
    const bad = new Uint8Array([...head, 0xff, ...iconv.encode('双方。', 'utf8')]);
    const err = decodeError(bad);
    expect(err.reason).toBe('invalid-utf8');
    expect(err.offset).toBe(head.length);
  });

  it('gives the line of a bad byte (LF, CRLF and CR line ends), and offsets that count the BOM', () => {
    const lines = iconv.encode('双方重申：\r\n第二行\r第三行\n', 'utf8');
    const bad = new Uint8Array([...lines, 0xc3, 0x28]);
    const err = decodeError(bad);
    expect(err.line).toBe(4);
    expect(err.message).toBe(`invalid UTF-8 at byte ${lines.length} (line 4)`);
    const withMark = decodeError(withBom([0xef, 0xbb, 0xbf], bad));
    expect(withMark.offset).toBe(lines.length + 3);
    expect(withMark.line).toBe(4);
  });

  it('refuses UTF-16 with a lone surrogate, at its byte and line', () => {
    const body = iconv.encode('双方\n重申', 'utf16le');
    const bytes = withBom([0xff, 0xfe], new Uint8Array([...body, 0x00, 0xd8, 0x41, 0x00]));
    const err = decodeError(bytes);
    expect(err.reason).toBe('invalid-utf16');
    expect(err.offset).toBe(2 + body.length);
    expect(err.line).toBe(2);
  });

  it('refuses GB18030 with an invalid byte pair, at its byte and line', () => {
    const text = sampleText.slice(0, 2000);
    const head = iconv.encode(text.slice(0, 300), 'gb18030');
    const bytes = new Uint8Array([...head, 0x81, 0x20, ...iconv.encode(text.slice(300), 'gb18030')]);
    const err = decodeError(bytes);
    expect(err.offset).toBe(head.length);
    expect(err.line).toBe(text.slice(0, 300).split('\n').length);
    expect(err.message).toMatch(/^invalid GB18030 at byte \d+ \(line \d+\)$/);
  });

  it('refuses text that was mis-decoded once already (UTF-8 read as Windows-1252)', () => {
    const mojibake = iconv.encode(iconv.decode(iconv.encode('中华人民共和国和俄罗斯联邦', 'utf8'), 'win1252'), 'utf8');
    const err = decodeError(mojibake);
    expect(err.reason).toBe('mis-decoded');
    expect(err.offset).toBe(0);
  });

  it('refuses replacement characters, giving their byte offset', () => {
    const err = decodeError(iconv.encode('双方\uFFFD重申', 'utf8'));
    expect(err.reason).toBe('mis-decoded');
    expect(err.offset).toBe(6);
  });

  it('names an encoding it does not read instead of producing garbage', () => {
    const err = decodeError(iconv.encode(ruText.slice(0, 500), 'win1251'));
    expect(err.reason).toBe('unsupported-encoding');
    expect(err.message).toContain('windows-1251');
  });

  it('round-trips real text in every supported encoding and line-ending convention (property)', () => {
    const zhLines = sampleText.split('\n').filter((l) => l.trim() && !l.startsWith('- •')).slice(0, 20);
    const ruLines = ruText.split('\n').filter((l) => l.trim()).slice(0, 10);
    const encodings = [
      { name: 'utf-8', bom: [] as number[], iconvName: 'utf8' },
      { name: 'utf-8', bom: [0xef, 0xbb, 0xbf], iconvName: 'utf8' },
      { name: 'utf-16le', bom: [0xff, 0xfe], iconvName: 'utf16le' },
      { name: 'utf-16be', bom: [0xfe, 0xff], iconvName: 'utf16be' },
      { name: 'utf-16le', bom: [], iconvName: 'utf16le' },
      { name: 'gb18030', bom: [], iconvName: 'gb18030' },
    ] as const;
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...zhLines), { minLength: 2, maxLength: 8 }),
        fc.array(fc.constantFrom(...ruLines), { maxLength: 2 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.constantFrom(...encodings),
        (zh, ru, eol, encoding) => {
          // Russian text cannot be written in GB18030 by every editor; keep that case Chinese.
          const lines = encoding.name === 'gb18030' ? zh : [...zh, ...ru];
          const text = lines.join(eol) + eol;
          const decoded = decodeBytes(withBom([...encoding.bom], iconv.encode(text, encoding.iconvName)));
          expect(decoded.text).toBe(lines.join('\n') + '\n');
          expect(decoded.encoding).toBe(encoding.name);
        },
      ),
      { numRuns: 120 },
    );
  });
});
