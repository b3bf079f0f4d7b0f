/**
 * Golden segmentation cases per language, kept as data in tests/fixtures/segment/<lang>.json.
 * A case with "fails" (the reason) is a known failure: it documents the limit and runs as `it.fails`,
 * so it stays red-marked in the report and turns into a failure the day the segmenter gets it right.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../core/model/types';
import { segmentSentences } from '../core/segment';
import type { SegmentOptions } from '../core/segment';

interface GoldenCase {
  name: string;
  text: string;
  sentences: string[];
  options?: SegmentOptions;
  fails?: string;
}

const LANGS: Lang[] = ['zh', 'en', 'ru'];

for (const lang of LANGS) {
  const cases = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'segment', `${lang}.json`), 'utf8')) as GoldenCase[];
  describe(`segmentSentences golden cases (${lang})`, () => {
    for (const c of cases) {
      const test = c.fails ? it.fails : it;
      test(c.fails ? `${c.name} — ${c.fails}` : c.name, () => {
        const spans = segmentSentences(c.text, lang, c.options);
        expect(spans.map((s) => c.text.slice(s.start, s.end))).toEqual(c.sentences);
      });
    }
  });
}
