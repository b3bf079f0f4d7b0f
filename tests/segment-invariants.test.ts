/**
 * Properties every segmentation must keep, on random text built from the characters that matter
 * (terminators, closers, abbreviations, spaces, newlines, CJK): spans are ordered, trimmed and
 * non-empty, and everything between them is whitespace — so no text is ever lost.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Lang, Span } from '../core/model/types';
import { segmentSentences } from '../core/segment';

const PIECES = [
  '双方', '重申', '。', '！', '？', '……', '；', ';', '”', '“', '《', '》', '（', '）', ',', '2025', '3.5',
  'The', 'two', 'sides', 'Mr.', 'U.S.', 'No.', 'etc.', 'e.g.', 'V.', '.', '!', '?', '...', '"', "'", '»', '«', ')',
  'Стороны', 'т.е.', 'т. д.', 'г.', 'ст.', 'В.', ' ', ' ', ' ', '\n', '\n\n', '\u3000', '\t',
];

const textArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));
const anyText = fc.oneof(textArb, fc.string({ maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 40 }));

function checkInvariants(text: string, spans: Span[]): void {
  let previousEnd = 0;
  for (const span of spans) {
    expect(span.start).toBeGreaterThanOrEqual(previousEnd);
    expect(span.end).toBeGreaterThan(span.start);
    expect(text.slice(previousEnd, span.start).trim()).toBe('');
    const sentence = text.slice(span.start, span.end);
    expect(sentence.trim().length).toBe(sentence.length);
    previousEnd = span.end;
  }
  expect(text.slice(previousEnd).trim()).toBe('');
}

describe('segmentation invariants', () => {
  for (const lang of ['zh', 'en', 'ru'] as Lang[]) {
    it(`no text is lost and spans are ordered (${lang})`, () => {
      fc.assert(
        fc.property(anyText, fc.boolean(), (text, splitAtSemicolon) => {
          checkInvariants(text, segmentSentences(text, lang, { splitAtSemicolon }));
        }),
        { numRuns: 400 },
      );
    });
  }

  it('joined sentences equal the input without inter-sentence whitespace, on the real samples', () => {
    for (const name of ['joint-statement-2025-05-08', 'strategic-stability-2025-05-08']) {
      for (const lang of ['zh', 'en', 'ru'] as Lang[]) {
        const text = readFileSync(join(__dirname, '..', 'samples', `${name}.${lang}.txt`), 'utf8');
        const spans = segmentSentences(text, lang);
        checkInvariants(text, spans);
        expect(spans.map((s) => text.slice(s.start, s.end)).join('').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
      }
    }
  });

  it('segments 1 MB of text, losing nothing (its linear time is checked by `npm run bench -- limits`)', () => {
    const en = readFileSync(join(__dirname, '..', 'samples', 'strategic-stability-2025-05-08.en.txt'), 'utf8');
    const zh = readFileSync(join(__dirname, '..', 'samples', 'joint-statement-2025-05-08.zh.txt'), 'utf8');
    for (const [lang, text] of [['en', en], ['zh', zh]] as const) {
      const big = text.repeat(Math.ceil(1_000_000 / text.length));
      const spans = segmentSentences(big, lang);
      expect(spans.length).toBeGreaterThan(1000);
      expect(spans.at(-1)!.end).toBeLessThanOrEqual(big.length);
    }
  });
});
