import { describe, expect, it } from 'vitest';
import { runChecks } from '../core/qa';
import { buildRows, mergeWithNext, setSentenceText } from '../core/project/edit';
import type { Sentence } from '../core/model';
import { markersForSentence, placeFindings, rowLookup } from '../renderer/src/state/findings';
import { findMatches } from '../renderer/src/util/search';
import { sentencePatch } from '../renderer/src/state/project-diff';
import { makeAlignment, makeDoc, makeProject, sampleChineseSentences } from './edit-helpers';

// The grid's pure views over real QA output: where findings are drawn, which squiggles the editor
// gets, and what search finds.
const zh = sampleChineseSentences(3);
const en = [
  'On the occasion of the 80th anniversary of the victory in the Second World War and the founding of the United Nations, the two sides stress the importance of global strategic stability.',
  'The two sides are convinced that the the peoples of all countries share a common destiny.',
];
const ru = [
  'В связи с 80-летием Победы во Второй мировой войне и основания ООН Стороны подчёркивают важность глобальной стратегической стабильности.',
  'Стороны убеждены, что судьбы всех народов взаимосвязаны.',
  'Стороны призывают все государства придерживаться принципа равной и неделимой безопасности.',
];

function project() {
  const source = makeDoc('zh', [zh]);
  const enDoc = makeDoc('en', [en]);
  const ruDoc = makeDoc('ru', [ru]);
  // en omits the third source sentence (1:0); ru is complete.
  return makeProject(source, { en: enDoc, ru: ruDoc }, {
    en: makeAlignment('en', source, enDoc, [[1, 1], [1, 1], [1, 0]]),
    ru: makeAlignment('ru', source, ruDoc, [[1, 1], [1, 1], [1, 1]]),
  });
}

describe('findings in the grid', () => {
  const p = project();
  const rows = buildRows(p);
  const placed = placeFindings(runChecks(p), rows, rowLookup(rows));

  it('draws a doubled word on the English text, and the editor squiggles exactly those characters', () => {
    const doubled = placed.find((f) => f.finding.check === 'words.doubled');
    expect(doubled).toMatchObject({ row: 1, lang: 'en', sentenceId: 'en-s1' });
    const markers = markersForSentence(placed, 'en', 'en-s1', en[1]!.length);
    const marker = markers.find((m) => m.source === 'words.doubled')!;
    expect(en[1]!.slice(marker.start, marker.end).toLowerCase()).toContain('the the');
  });

  it('puts an omission in the empty English cell of its row, in reading order', () => {
    const omission = placed.find((f) => f.finding.check === 'completeness.omission');
    expect(omission).toMatchObject({ row: 2, lang: 'en', sentenceId: null });
    const order = placed.map((f) => f.row);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});

describe('search across source and targets', () => {
  const p = project();
  const rows = buildRows(p);
  const maps = {
    zh: new Map<string, Sentence>(),
    en: new Map<string, Sentence>(),
    ru: new Map<string, Sentence>(),
  };
  for (const doc of [p.source, p.targets.en!, p.targets.ru!]) for (const para of doc.paragraphs) for (const s of para.sentences) maps[doc.lang].set(s.id, s);

  it('matches Latin and Cyrillic without regard to case, Chinese exactly, with offsets into the text', () => {
    const cyr = findMatches(rows, maps, ['zh', 'en', 'ru'], 'стороны');
    expect(cyr.map((m) => m.sentenceId)).toEqual(['ru-s0', 'ru-s1', 'ru-s2']);
    expect(ru[0]!.slice(cyr[0]!.start, cyr[0]!.end)).toBe('Стороны');
    expect(findMatches(rows, maps, ['zh', 'en', 'ru'], 'THE TWO SIDES').map((m) => m.row)).toEqual([0, 1]);
    const han = findMatches(rows, maps, ['zh', 'en', 'ru'], '双方');
    expect(han.every((m) => m.lang === 'zh')).toBe(true);
    expect(han.length).toBeGreaterThan(0);
  });

  it('searches only the visible columns', () => {
    expect(findMatches(rows, maps, ['zh', 'en'], 'стороны')).toEqual([]);
  });
});

describe('what the QA worker is sent after an edit', () => {
  it('only the typed sentence after typing, the whole project after an alignment edit', () => {
    const p = project();
    const typed = setSentenceText(setSentenceText(p, 'ru', 'ru-s1', 'Стороны убеждены.'), 'zh', 'zh-s0', zh[0]!.slice(0, 10));
    expect(sentencePatch(p, typed)).toEqual([
      { lang: 'zh', sentence: expect.objectContaining({ id: 'zh-s0', status: 'edited' }) },
      { lang: 'ru', sentence: expect.objectContaining({ id: 'ru-s1', text: 'Стороны убеждены.' }) },
    ]);
    expect(sentencePatch(p, p)).toEqual([]);
    expect(sentencePatch(p, mergeWithNext(p, 'en', 0))).toBeNull();
  });
});
