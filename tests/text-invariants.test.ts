/**
 * Properties of clean-up and import on random line-structured input built from the things
 * clean-up reacts to (hard wraps, blank lines, hyphens, page markers, link lists, headings,
 * repeats): no character is lost except the hyphen of a flagged broken word, and every sentence
 * span points at its text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allSentences } from '../core/model';
import type { Lang } from '../core/model/types';
import { cleanText, importTextWithSource } from '../core/text';

const LINES = [
  '双方重申致力于维护联合国的核心作用。',
  '中方重视并精心维护在抗日战争中牺牲的苏军烈士纪',
  '念设施,俄方对此高度评价。',
  '(下转第6版)',
  '（上接第5版）',
  '一',
  '二、',
  '- • 比特币巨震,近20万人爆仓!',
  '本文 快租网 原创,转载保留链接!网址:https://m.kuaizu.me/post/2957.html',
  'The two sides call on all coun-',
  'tries to uphold the principle of equal and indivisible security.',
  'Mr. Wang met Dr. Smith in the U.S. The talks lasted 3.5 hours.',
  'Article 5',
  'Стороны, т.е. Китай и Россия, выступают против этого.',
  '  indented line',
  '\u3000\u3000缩进的段落。',
  'â€œmojibakeâ€',
  '',
  '',
  ' ',
];

const docArb = fc
  .array(fc.oneof(fc.constantFrom(...LINES), fc.string({ maxLength: 30 })), { maxLength: 40 })
  .map((lines) => lines.join('\n'));

const nonSpace = (s: string): string => s.replace(/\s+/gu, '');

describe('clean-up and import invariants', () => {
  for (const lang of ['zh', 'en', 'ru'] as Lang[]) {
    it(`loses no character except flagged broken-word hyphens (${lang})`, () => {
      fc.assert(
        fc.property(docArb, (raw) => {
          const result = cleanText(raw, lang);
          const hyphensRemoved = result.flags.filter((f) => f.kind === 'broken-word' && f.message.includes('without its hyphen')).length;
          const input = nonSpace(raw.normalize('NFC').replace(/^\uFEFF/, ''));
          expect(nonSpace(result.text).length).toBe(input.length - hyphensRemoved);
          for (const p of result.paragraphs) expect(result.text.slice(p.start, p.start + p.text.length)).toBe(p.text);
          for (const f of result.flags) {
            expect(f.span.start).toBeGreaterThanOrEqual(0);
            expect(f.span.end).toBeLessThanOrEqual(result.text.length);
            expect(f.line).toBeGreaterThanOrEqual(1);
          }
        }),
        { numRuns: 300 },
      );
    });

    it(`sentence spans point at their text and cover every paragraph (${lang})`, () => {
      fc.assert(
        fc.property(docArb, fc.boolean(), (raw, splitAtSemicolon) => {
          const { doc, text } = importTextWithSource(raw, lang, { splitAtSemicolon });
          const sentences = allSentences(doc);
          sentences.forEach((s, i) => {
            expect(s.id).toBe(`${lang}-s${i}`);
            expect(text.slice(s.span!.start, s.span!.end)).toBe(s.text);
            expect(s.text.trim()).toBe(s.text);
            expect(s.text.length).toBeGreaterThan(0);
          });
          expect(nonSpace(sentences.map((s) => s.text).join(''))).toBe(nonSpace(text));
        }),
        { numRuns: 300 },
      );
    });
  }
});
