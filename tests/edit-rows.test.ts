import { describe, expect, it } from 'vitest';
import { buildRows, mergeWithNext, sameSentenceLayout, setSentenceText, splitSentence } from '../core/project/edit';
import { makeAlignment, makeDoc, makeProject, sampleChineseSentences } from './edit-helpers';

const zh = sampleChineseSentences(4);
const en = ['E0.', 'E1.', 'E2.', 'E3.', 'E4.'];
const ru = ['Р0.', 'Р1.', 'Р2.'];

describe('trilingual rows (join of zh→en and zh→ru on source sentences)', () => {
  it('groups source sentences until both alignments cut at the same place', () => {
    const source = makeDoc('zh', [zh.slice(0, 2), zh.slice(2)]);
    const enDoc = makeDoc('en', [en]);
    const ruDoc = makeDoc('ru', [ru]);
    const project = makeProject(source, { en: enDoc, ru: ruDoc }, {
      // en: 1:1, 1:1, 0:1 (an addition), 1:1, 1:1 — ru: 2:1 (merge), 1:1, 1:1
      en: makeAlignment('en', source, enDoc, [[1, 1], [1, 1], [0, 1], [1, 1], [1, 1]]),
      ru: makeAlignment('ru', source, ruDoc, [[2, 1], [1, 1], [1, 1]]),
    });
    const rows = buildRows(project);
    expect(rows.map((r) => r.src)).toEqual([['zh-s0', 'zh-s1'], [], ['zh-s2'], ['zh-s3']]);
    expect(rows[0]!.targets.en!.sentences).toEqual(['en-s0', 'en-s1']);
    expect(rows[0]!.targets.en!.beads).toEqual([0, 1]);
    expect(rows[0]!.targets.ru!.sentences).toEqual(['ru-s0']);
    expect(rows[1]!.targets).toEqual({ en: expect.objectContaining({ sentences: ['en-s2'], beads: [2] }) });
    expect(rows.map((r) => r.para)).toEqual([0, 0, 1, 1]);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });

  it('shows one row per source sentence before anything is aligned', () => {
    const source = makeDoc('zh', [zh]);
    expect(buildRows(makeProject(source, {}, {})).map((r) => r.src)).toEqual([['zh-s0'], ['zh-s1'], ['zh-s2'], ['zh-s3']]);
  });
});

describe('sentence layout (when the rows can be kept)', () => {
  const source = makeDoc('zh', [zh.slice(0, 2), zh.slice(2)]);
  const enDoc = makeDoc('en', [en.slice(0, 4)]);
  const p = makeProject(source, { en: enDoc }, { en: makeAlignment('en', source, enDoc, [[1, 1], [1, 1], [1, 1], [1, 1]]) });

  it('is the same after typing, different after a sentence split', () => {
    expect(sameSentenceLayout(p.source, setSentenceText(p, 'zh', 'zh-s2', '改过的句子。').source)).toBe(true);
    expect(sameSentenceLayout(p.source, splitSentence(p, 'zh', 'zh-s2', 3).project.source)).toBe(false);
    expect(sameSentenceLayout(p.source, mergeWithNext(p, 'en', 0).source)).toBe(true); // alignment edits leave the Doc alone
  });
});
