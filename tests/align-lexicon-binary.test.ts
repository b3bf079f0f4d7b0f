import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeLexicon, encodeLexicon, lexiconStamp, parseLexicon } from '../core/align';
import { compiledLexiconPath, sourceStamp } from '../services/lexicon';

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
  });

  it('refuses bytes that are not a compiled lexicon, or are cut short', () => {
    const bytes = encodeLexicon(parseLexicon(TSV), 7);
    expect(lexiconStamp(bytes)).toBe(7);
    expect(() => decodeLexicon(new TextEncoder().encode(TSV))).toThrow(/not a compiled lexicon/);
    expect(() => decodeLexicon(bytes.subarray(0, bytes.byteLength - 3))).toThrow(/truncated/);
    expect(lexiconStamp(new Uint8Array(4))).toBeUndefined();
  });

  it('is tied to the TSV it was built from: the stamp changes when the file does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'duizhao-lexbin-'));
    try {
      const tsv = join(dir, 'cedict-pivot-zh-ru.tsv.gz');
      writeFileSync(tsv, TSV);
      utimesSync(tsv, 1_000_000, 1_000_000);
      const before = sourceStamp(tsv);
      expect(sourceStamp(tsv)).toBe(before);
      utimesSync(tsv, 1_000_000, 1_000_001);
      expect(sourceStamp(tsv)).not.toBe(before);
      expect(compiledLexiconPath(tsv, '/x/out')).toBe(join('/x/out', 'lexicon', 'cedict-pivot-zh-ru.bin'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
