/**
 * Where the grid draws a finding about a target that has no exact spot (a missing glossary term):
 * in a 1:2 bead, on the target sentence at the same relative place as the term in the source.
 */
import { describe, expect, it } from 'vitest';
import { buildRows } from '../core/project/edit';
import type { Finding } from '../core/qa';
import { markersForSentence, placeFindings, rowLookup } from '../renderer/src/state/findings';
import { makeAlignment, makeDoc, makeProject } from './edit-helpers';

const zh = '双方重申，愿同各方一道，反对冷战思维和零和博弈。';
const en = ['The two sides reaffirm their readiness to work with all parties.', 'They oppose a Cold War mentality and a game in which one side wins.'];

function setup() {
  const source = makeDoc('zh', [[zh]]);
  const enDoc = makeDoc('en', [en]);
  const p = makeProject(source, { en: enDoc }, { en: makeAlignment('en', source, enDoc, [[1, 2]]) });
  const rows = buildRows(p);
  const texts = new Map([...source.paragraphs, ...enDoc.paragraphs].flatMap((para) => para.sentences.map((s) => [s.id, s.text] as const)));
  return { rows, textOf: (_lang: string, id: string) => texts.get(id) };
}

const missing = (term: string): Finding => {
  const start = zh.indexOf(term);
  return {
    check: 'glossary.missing-term',
    severity: 'warning',
    message: `Glossary: ${term} should be translated "zero-sum game".`,
    lang: 'en',
    bead: 0,
    source: { sentences: ['zh-s0'], para: 0, range: { sentence: 'zh-s0', start, end: start + term.length } },
    target: { sentences: ['en-s0', 'en-s1'], para: 0 },
  };
};

describe('a missing term in a 1:2 bead', () => {
  it('is marked on the second English sentence when the term ends the Chinese one', () => {
    const { rows, textOf } = setup();
    const [placed] = placeFindings([missing('零和博弈')], rows, rowLookup(rows), textOf);
    expect(placed).toMatchObject({ lang: 'en', sentenceId: 'en-s1', sourceMark: { sentenceId: 'zh-s0' } });
  });

  it('and on the first when the term opens it', () => {
    const { rows, textOf } = setup();
    const [placed] = placeFindings([missing('双方')], rows, rowLookup(rows), textOf);
    expect(placed!.sentenceId).toBe('en-s0');
  });
});

describe('what the translation lacks is not drawn over its text', () => {
  it('the editor squiggles the Chinese term, and no characters of the English sentence', () => {
    const { rows, textOf } = setup();
    const placed = placeFindings([missing('零和博弈')], rows, rowLookup(rows), textOf);
    expect(markersForSentence(placed, 'en', 'en-s1', en[1]!.length)).toEqual([]);
    const [zhMarker] = markersForSentence(placed, 'zh', 'zh-s0', zh.length);
    expect(zh.slice(zhMarker!.start, zhMarker!.end)).toBe('零和博弈');
  });

  // A guard beside the rule: passes before and after.
  it('a finding with a place in the target keeps its squiggle there', () => {
    const { rows, textOf } = setup();
    const start = en[1]!.indexOf('Cold War');
    const forbidden: Finding = { ...missing('冷战思维'), check: 'glossary.forbidden-term', target: { sentences: ['en-s1'], para: 0, range: { sentence: 'en-s1', start, end: start + 8 } } };
    const placed = placeFindings([forbidden], rows, rowLookup(rows), textOf);
    expect(markersForSentence(placed, 'en', 'en-s1', en[1]!.length).map((m) => [m.start, m.end])).toEqual([[start, start + 8]]);
  });
});


describe('a finding keeps its key when the next result set adds findings before it', () => {
  // The spelling run lands seconds after opening with findings earlier in the text: F8 looks the
  // current problem up by key, and with an index in the key it lost its place and stayed put.
  it('the same finding has the same key in both sets, and two alike in one place differ', () => {
    const { rows, textOf } = setup();
    const lookup = rowLookup(rows);
    const term = missing('零和博弈');
    const spelling: Finding = { ...missing('双方'), check: 'spelling.misspelling', message: 'Unknown word' };
    const [before] = placeFindings([term], rows, lookup, textOf);
    const after = placeFindings([spelling, term], rows, lookup, textOf);
    expect(after.find((p) => p.finding === term)!.key).toBe(before!.key);
    const twice = placeFindings([term, { ...term }], rows, lookup, textOf);
    expect(new Set(twice.map((p) => p.key)).size).toBe(2);
  });
});
