/**
 * A whole document on one line (issue 12: 50 MB took 1:54 and 2.8 GB). Decoding and segmentation
 * must stay linear: asserted by how CPU time grows from 1 MB to 8 MB (×8 text; quadratic would be
 * ×64), never by a wall-clock limit.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../core/text';

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
