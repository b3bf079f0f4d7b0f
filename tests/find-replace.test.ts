/** Find and replace in the translations: literal or regex, case, one or all, never in the source. */
import { describe, expect, it } from 'vitest';
import { allSentences } from '../core/model';
import { replaceAllInTargets, replaceOneInTarget, setBeadConfirmed } from '../core/project/edit';
import { makeAlignment, makeDoc, makeProject } from './edit-helpers';

const zh = ['双方重申战略稳定。', '双方反对冷战思维。'];
const en = ['The sides reaffirm strategic stability; the Sides agree.', 'The sides oppose a Cold War mentality ($5 cost).'];
const ru = ['Стороны подтверждают стратегическую стабильность.', 'Стороны выступают против менталитета холодной войны.'];

function project() {
  const source = makeDoc('zh', [zh]);
  const enDoc = makeDoc('en', [en]);
  const ruDoc = makeDoc('ru', [ru]);
  return makeProject(source, { en: enDoc, ru: ruDoc }, { en: makeAlignment('en', source, enDoc, [[1, 1], [1, 1]]), ru: makeAlignment('ru', source, ruDoc, [[1, 1], [1, 1]]) });
}
const texts = (p: ReturnType<typeof project>, lang: 'en' | 'ru') => allSentences(p.targets[lang]!).map((s) => s.text);

describe('find and replace in the targets', () => {
  it('replaces all, case-insensitive by default, marks the sentences edited and un-confirms their beads', () => {
    const p0 = setBeadConfirmed(project(), 'en', 0, true);
    const { project: p, count } = replaceAllInTargets(p0, ['en'], { query: 'sides' }, 'parties');
    expect(count).toBe(3);
    expect(texts(p, 'en')).toEqual(['The parties reaffirm strategic stability; the parties agree.', 'The parties oppose a Cold War mentality ($5 cost).']);
    expect(allSentences(p.targets.en!).map((s) => s.status)).toEqual(['edited', 'edited']);
    expect(p.alignments.en!.beads[0]!.confirmed).toBe(false);
    expect(allSentences(p.source).map((s) => s.text)).toEqual(zh);
    expect(texts(p, 'ru')).toEqual(ru);
  });

  it('match case, literal $ in the replacement, and regex groups', () => {
    expect(replaceAllInTargets(project(), ['en'], { query: 'Sides', matchCase: true }, 'Parties').count).toBe(1);
    const dollars = replaceAllInTargets(project(), ['en'], { query: '($5 cost)' }, '($1 saved)').project;
    expect(texts(dollars, 'en')[1]).toBe('The sides oppose a Cold War mentality ($1 saved).');
    const swapped = replaceAllInTargets(project(), ['en', 'ru'], { query: '(Cold) (War)', regex: true }, '$2-$1').project;
    expect(texts(swapped, 'en')[1]).toContain('War-Cold mentality');
    const ruDone = replaceAllInTargets(project(), ['ru'], { query: 'стороны', regex: true }, 'Участники');
    expect(ruDone.count).toBe(2);
  });

  it('replaces one match at the current position only', () => {
    const p = replaceOneInTarget(project(), 'en', 'en-s0', en[0]!.indexOf('Sides'), { query: 'sides' }, 'parties');
    expect(texts(p, 'en')[0]).toBe('The sides reaffirm strategic stability; the parties agree.');
    expect(() => replaceOneInTarget(project(), 'en', 'en-s0', 0, { query: 'sides' }, 'x')).toThrow(/search again/);
  });

  it('refuses an invalid pattern with a clear message, and an empty query', () => {
    expect(() => replaceAllInTargets(project(), ['en'], { query: '(unclosed', regex: true }, 'x')).toThrow(/not a valid regular expression/);
    expect(() => replaceAllInTargets(project(), ['en'], { query: '' }, 'x')).toThrow(/type something/);
  });
});
