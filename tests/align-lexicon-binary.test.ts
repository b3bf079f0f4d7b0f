import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeLexicon, encodeLexicon, lexiconSource, parseLexicon } from '../core/align';
import { headwordLengths } from '../core/align/headword-lengths';
import { entryOfSpan } from '../core/align/lexicon-binary';
import { longestHeadwordAt } from '../core/align/source-units';
import { compiledLexiconPath, lexiconSourceOf, readLexiconFile, sourceStamp } from '../services/lexicon';

const TSV = ['# comment', '中国\tchina\tzhong guo', '陈\tchen old\tchen', '𠮷\t\tji', '联合声明\tjoint declar\tlian he sheng ming', '了\t\tle liao', ''].join('\n');

describe('compiled lexicon', () => {
  it('reads back every headword with its stems and pinyin, in the same order, and misses what is not there', () => {
    const tsv = parseLexicon(TSV);
    const bin = decodeLexicon(encodeLexicon(tsv, 42));
    expect([...bin.entries.keys()]).toEqual(['中国', '陈', '𠮷', '联合声明', '了']);
    expect(bin.entries.size).toBe(5);
    expect(bin.maxWordLength).toBe(tsv.maxWordLength);
    for (const [word, entry] of tsv.entries) {
      expect(bin.entries.get(word)?.stems).toEqual(entry.stems);
      expect(bin.entries.get(word)?.pinyin).toEqual(entry.pinyin);
    }
    expect(bin.entries.get('𠮷')?.stems).toEqual([]);
    expect(bin.entries.get('中')).toBeUndefined();
    expect(bin.entries.has('中国人')).toBe(false);
    // The same entry object each time: the aligner interns an entry's stems by identity.
    expect(bin.entries.get('陈')).toBe(bin.entries.get('陈'));
  });

  it('reads back columns that are not ASCII (the Cyrillic stems of the zh→ru lexicon), decoded per entry', () => {
    const tsv = parseLexicon(['俄罗斯\tросси русск\tе luo si', '𠮷\tёлк\tji', '好\tхорош good\thao'].join('\n'));
    const bin = decodeLexicon(encodeLexicon(tsv, 5));
    expect(bin.entries.get('好')?.stems).toEqual(['хорош', 'good']);
    expect(bin.entries.get('俄罗斯')?.stems).toEqual(['росси', 'русск']);
    expect(bin.entries.get('俄罗斯')?.pinyin).toEqual(['е', 'luo', 'si']);
    expect(bin.entries.get('𠮷')?.stems).toEqual(['ёлк']);
  });

  it('reads back columns of three- and four-byte characters and odd spacing as the UTF-8 decoder does', () => {
    const tsv = parseLexicon(['省略\tetc… ок ∞\tsheng lüe', '吉\t𠮷 ji\tji', '空\t a  b \tkong'].join('\n'));
    const bin = decodeLexicon(encodeLexicon(tsv, 6));
    expect(bin.entries.get('省略')?.stems).toEqual(['etc…', 'ок', '∞']);
    expect(bin.entries.get('省略')?.pinyin).toEqual(['sheng', 'lüe']);
    expect(bin.entries.get('吉')?.stems).toEqual(['𠮷', 'ji']);
    for (const [word, entry] of tsv.entries) expect(bin.entries.get(word)?.stems).toEqual(entry.stems);
  });

  it('looks a headword up inside a longer text without slicing it, as the sliced lookup does', () => {
    const text = '他们在联合声明中国𠮷了';
    for (const lexicon of [parseLexicon(TSV), decodeLexicon(encodeLexicon(parseLexicon(TSV), 7))]) {
      for (let from = 0; from < text.length; from++) {
        for (let to = from + 1; to <= text.length; to++) {
          expect(entryOfSpan(lexicon.entries, text, from, to)).toBe(lexicon.entries.get(text.slice(from, to)));
        }
      }
      expect(entryOfSpan(lexicon.entries, text, 3, 7)?.stems).toEqual(['joint', 'declar']);
      expect(entryOfSpan(lexicon.entries, text, 9, 11)?.pinyin).toEqual(['ji']);
    }
  });

  it('holds the whole zh→en lexicon unchanged', () => {
    const tsv = parseLexicon(readFileSync(join(__dirname, '..', 'resources', 'lexicon', 'cedict-zh-en.tsv'), 'utf8'));
    const bin = decodeLexicon(encodeLexicon(tsv, 1));
    expect(bin.entries.size).toBe(tsv.entries.size);
    let checked = 0;
    for (const [word, entry] of tsv.entries) {
      const got = bin.entries.get(word)!;
      if (got.stems.join(' ') !== entry.stems.join(' ') || got.pinyin.join(' ') !== entry.pinyin.join(' ')) throw new Error(`${word} differs`);
      checked++;
    }
    expect(checked).toBe(tsv.entries.size);
    // The stored headword-length bounds are the ones the segmenter would build from the headwords.
    const words = [...tsv.entries.keys()];
    const start = new Int32Array(words.length + 1);
    words.forEach((w, k) => (start[k + 1] = start[k]! + w.length));
    const built = headwordLengths(words.join(''), start);
    expect(bin.headwordLengths).toEqual(built);
    expect(bin.headwordLengths!.pairLength.filter((n) => n > 0).length).toBeGreaterThan(50_000);
  });

  it('bounds the headwords at each position exactly as the parsed lexicon does (tables built from its headword string)', () => {
    const tsv = parseLexicon(TSV);
    const bin = decodeLexicon(encodeLexicon(tsv, 3));
    expect([...bin.entries.keys()].join('')).toBe('中国陈𠮷联合声明了');
    expect(bin.headwordLengths).toBeDefined();
    // Two- and four-character words, a one-character one, one outside the BMP (two UTF-16 units).
    const text = '中国联合声明陈𠮷了中联合';
    const bounds = (lexicon: typeof tsv): number[] => Array.from({ length: text.length }, (_, i) => longestHeadwordAt(lexicon, text, i));
    expect(bounds(bin)).toEqual(bounds(tsv));
    expect(bounds(bin)).toEqual([2, 0, 4, 0, 0, 0, 1, 2, 0, 1, 1, 4, 0]);
  });

  it('trusts a TSV with the size and time the build recorded without hashing it, and judges any other by its bytes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'duizhao-lexbin-'));
    try {
      const tsv = join(dir, 'cedict-zh-en.tsv');
      writeFileSync(tsv, TSV);
      utimesSync(tsv, 2_000_000, 2_000_000);
      const compiledDir = join(dir, 'out');
      mkdirSync(compiledDir);
      const bin = join(compiledDir, 'cedict-zh-en.bin');
      const source = lexiconSourceOf(readFileSync(tsv), statSync(tsv));
      expect(source.size).toBe(Buffer.byteLength(TSV));
      // A stamp that matches no bytes: only the recorded size and time can make this form load.
      writeFileSync(bin, encodeLexicon(parseLexicon(TSV), { ...source, stamp: source.stamp ^ 1 }));
      expect(readLexiconFile(tsv, [compiledDir]).entries).not.toBeInstanceOf(Map);
      // Touched (same bytes, another time): the stamp decides, and this one does not match.
      utimesSync(tsv, 3_000_000, 3_000_000);
      expect(readLexiconFile(tsv, [compiledDir]).entries).toBeInstanceOf(Map);
      writeFileSync(bin, encodeLexicon(parseLexicon(TSV), source));
      expect(readLexiconFile(tsv, [compiledDir]).entries).not.toBeInstanceOf(Map);
      expect(lexiconSource(readFileSync(bin))).toEqual(source);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses bytes that are not a compiled lexicon, or are cut short', () => {
    const bytes = encodeLexicon(parseLexicon(TSV), 7);
    expect(lexiconSource(bytes)?.stamp).toBe(7);
    expect(() => decodeLexicon(new TextEncoder().encode(TSV))).toThrow(/not a compiled lexicon/);
    expect(() => decodeLexicon(bytes.subarray(0, bytes.byteLength - 3))).toThrow(/truncated/);
    expect(lexiconSource(new Uint8Array(4))).toBeUndefined();
  });

  it('is tied to the bytes of the TSV it was built from, not to where or when the file was copied', () => {
    const bytes = new TextEncoder().encode(TSV);
    const edited = new TextEncoder().encode(TSV.replace('chen old', 'chen olx'));
    expect(edited.byteLength).toBe(bytes.byteLength);
    expect(sourceStamp(bytes)).toBe(sourceStamp(new TextEncoder().encode(TSV)));
    expect(sourceStamp(edited)).not.toBe(sourceStamp(bytes));
    expect(compiledLexiconPath('/a/cedict-pivot-zh-ru.tsv.gz', '/x/out')).toBe(join('/x/out', 'lexicon', 'cedict-pivot-zh-ru.bin'));
  });

  it('loads the compiled form when its stamp matches the TSV, and parses the TSV when it is stale or absent', () => {
    const dir = mkdtempSync(join(tmpdir(), 'duizhao-lexbin-'));
    try {
      const tsv = join(dir, 'resources', 'lexicon', 'cedict-zh-en.tsv');
      mkdirSync(dirname(tsv), { recursive: true });
      writeFileSync(tsv, TSV);
      // A copy, as an installer makes it: new modification time, same bytes.
      utimesSync(tsv, 1_000_000, 1_000_000);
      const compiledDir = join(dir, 'lexicon-compiled');
      mkdirSync(compiledDir);
      expect(readLexiconFile(tsv, [compiledDir]).entries).toBeInstanceOf(Map);
      writeFileSync(join(compiledDir, 'cedict-zh-en.bin'), encodeLexicon(parseLexicon(TSV), sourceStamp(readFileSync(tsv))));
      const compiled = readLexiconFile(tsv, [join(dir, 'missing'), compiledDir]);
      expect(compiled.entries).not.toBeInstanceOf(Map);
      expect(compiled.entries.get('陈')?.stems).toEqual(['chen', 'old']);
      // The TSV edited after the build: the stale compiled form is ignored, the edit is seen.
      writeFileSync(tsv, TSV.replace('chen old', 'chen new'));
      const reparsed = readLexiconFile(tsv, [compiledDir]);
      expect(reparsed.entries).toBeInstanceOf(Map);
      expect(reparsed.entries.get('陈')?.stems).toEqual(['chen', 'new']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
