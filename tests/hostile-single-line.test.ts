/**
 * A whole document on one line (issue 12: 50 MB took 1:54 and 2.8 GB). Decoding and segmentation
 * must stay linear: asserted by how CPU time grows from 1 MB to 8 MB (×8 text; quadratic would be
 * ×64), never by a wall-clock limit.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { importText, unpackDoc } from '../core/text';
import type { PackedDoc } from '../core/text';
import { runParseTask } from '../services/parse-worker/tasks';
import { cleanText } from '../core/text/clean';
import { createParseWorker } from '../services/parse-worker/pool';

const EN = 'The two sides are convinced that all peoples share a common destiny, Mr. Smith said on 8 May. ';
const ZH = '双方坚信各国人民命运与共,各国不能以牺牲他国安全来保障自身安全。';

function cpuSeconds(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

function oneLine(sentence: string, bytes: number): string {
  return sentence.repeat(Math.ceil(bytes / Buffer.byteLength(sentence)));
}

describe('one line of many megabytes', () => {
  for (const [lang, sentence] of [['en', EN], ['zh', ZH]] as const) {
    it(`segments ${lang} in time linear in its length, every sentence found`, () => {
      const small = oneLine(sentence, 1_000_000);
      const large = oneLine(sentence, 8_000_000);
      importText(small, lang); // warm up the engine so the first measure is not the JIT's
      let count = 0;
      const t1 = cpuSeconds(() => (count = importText(small, lang).paragraphs.reduce((n, p) => n + p.sentences.length, 0)));
      expect(count).toBeGreaterThanOrEqual(Math.ceil(1_000_000 / Buffer.byteLength(sentence)));
      const t8 = cpuSeconds(() => importText(large, lang));
      expect(t8 / Math.max(t1, 0.005)).toBeLessThan(24);
    });
  }
});

describe('one line of many megabytes in bounded memory', () => {
  it('cleaning a 12 MB line fits a 64 MB worker heap (the duplicate check once made a spaceless copy: ~9× the text)', async () => {
    const small = createParseWorker({ maxHeapMb: 64 });
    try {
      // One sentence of 12 MB (no sentence end): the result is small, so the heap holds the text and
      // what cleaning and segmenting it allocate on the way.
      const raw = 'word and word again '.repeat(600_000);
      const doc = await small.run({ kind: 'importText', label: 'the English text', raw, lang: 'en' });
      expect(doc.paragraphs).toHaveLength(1);
      expect(doc.paragraphs[0]!.sentences.map((s) => s.text.length)).toEqual([raw.trimEnd().length]);
    } finally {
      await small.close();
    }
  }, 60_000);

  it('the duplicate check without copies still finds a repeat that differs only in spaces, and only that', () => {
    const para = 'The two sides agreed to strengthen their cooperation in trade and culture.';
    const doc = cleanText(`${para}\n\n${para.replace(/ /g, '  ').replace('two', 'two\u3000')}\n\n${para.replace('trade', 'trades')}`, 'en');
    expect(doc.paragraphs.map((p) => p.excluded ?? null)).toEqual([null, 'duplicate-paragraph', null]);
    expect(doc.flags.find((f) => f.kind === 'duplicate-paragraph')?.message).toBe('line 3 repeats line 1 word for word (set aside)');
  });
});

describe('a segmented text crosses from the worker packed', () => {
  it('is the text and typed arrays (no object per sentence), and unpacks to exactly what importText gives', async () => {
    const raw = oneLine(EN, 4_000_000);
    const packed = (await runParseTask({ kind: 'importText', label: 'the English text', raw, lang: 'en' })) as PackedDoc;
    expect(packed.spans).toBeInstanceOf(Int32Array);
    const doc = importText(raw, 'en');
    expect(unpackDoc(packed).doc).toEqual(doc);
    // What postMessage copies: the text once and 8 bytes a sentence — no object per sentence to
    // build in the worker and rebuild from the message (the Doc's clone holds one of each).
    const sentences = doc.paragraphs.reduce((n, p) => n + p.sentences.length, 0);
    expect(serialize(packed).length).toBeLessThan(packed.text.length + 8 * sentences + 64 * 1024);
    expect(serialize(doc).length).toBeGreaterThan(packed.text.length + 8 * sentences + 64 * 1024);
  }, 60_000);

  it('keeps paragraphs, headings, excluded noise and flags as they were (samples and a noisy page)', async () => {
    const noisy = '第一章 总则\n\n双方同意加强合作。双方将继续协调。\n\n（下转第6版）\n\n双方同意加强合作。双方将继续协调。\n\n相关链接：\nhttp://example.com/a\nhttp://example.com/b';
    const texts: Array<[string, 'zh' | 'en' | 'ru']> = [
      [noisy, 'zh'],
      [readFileSync(join(__dirname, '..', 'samples', 'joint-statement-2025-05-08.en.txt'), 'utf8'), 'en'],
      [readFileSync(join(__dirname, '..', 'samples', 'joint-statement-2025-05-08.ru.txt'), 'utf8'), 'ru'],
    ];
    const worker = createParseWorker();
    try {
      for (const [raw, lang] of texts) expect(await worker.run({ kind: 'importText', label: lang, raw, lang })).toEqual(importText(raw, lang));
      expect(importText(noisy, 'zh').paragraphs.some((p) => p.excluded)).toBe(true);
    } finally {
      await worker.close();
    }
  }, 60_000);
});
