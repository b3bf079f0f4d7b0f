/**
 * A whole document on one line (issue 12: 50 MB took 1:54 and 2.8 GB). Decoding and segmentation
 * must stay linear: asserted by how CPU time grows from 1 MB to 8 MB (×8 text; quadratic would be
 * ×64), never by a wall-clock limit.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../core/text';
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
    expect(doc.flags.find((f) => f.kind === 'duplicate-paragraph')?.message).toBe('exact repeat of the paragraph at line 1');
  });
});
