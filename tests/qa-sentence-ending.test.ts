import { describe, expect, it } from 'vitest';
import { runChecks } from '../core/qa';
import type { Finding } from '../core/qa';
import { endingOf } from '../core/qa/sentence-ending';
import { makeProject } from './fixtures/qa/make-project';
import type { BeadSpec } from './fixtures/qa/make-project';

/** Real sentences from samples/ (the strategic-stability statement) and FLORES-like news lines. */
const ZH = '双方坚信,各国人民命运与共,各国及各组织不能以牺牲他国安全来保障自身安全。';
const EN = 'The two sides are convinced that all peoples share a common destiny and that no state or organization may ensure its own security at the expense of the security of others.';
const RU = 'Стороны убеждены, что судьбы всех народов взаимосвязаны и что ни одно государство или организация не может обеспечивать собственную безопасность за счёт безопасности других.';
const ZH_Q = '故事会就此结束，谎言会就此终结吗？';
const EN_Q = 'Will the story end here, and will the lie end with it?';

function check(id: string, lang: 'en' | 'ru', beads: BeadSpec[], headings?: number[]): Finding[] {
  return runChecks(makeProject({ [lang]: beads }, { headings })).filter((f) => f.check === id);
}

describe('endingOf', () => {
  it('looks through closing quotes and brackets', () => {
    expect(endingOf('“你去哪儿？”').ending).toBe('question');
    expect(endingOf('as “Iron Dome”.)').ending).toBe('stop');
    expect(endingOf('…сказал он»,').ending).toBe('comma');
    expect(endingOf('товаров;').ending).toBe('list');
    expect(endingOf('the security of others').ending).toBe('open');
  });
});

describe('punctuation.final', () => {
  it('reports a translation that stops without a final mark, at its last character', () => {
    const en = EN.slice(0, -1);
    const [f, ...rest] = check('punctuation.final', 'en', [[ZH, en]]);
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('warning');
    expect(f?.target?.range).toEqual({ sentence: 'en-s0', start: en.length - 1, end: en.length });
  });
  it('reports a Russian translation cut at a comma', () => {
    const ru = RU.slice(0, RU.indexOf(',') + 1);
    const [f] = check('punctuation.final', 'ru', [[ZH, ru]]);
    expect(f?.message).toContain('“,”');
    expect(f?.target?.range?.start).toBe(ru.length - 1);
  });
  it('looks at the end of the bead, so a 1:2 bead closed by its last sentence is clean', () => {
    const first = 'The two sides are convinced that all peoples share a common destiny,';
    const second = 'and that no state or organization may ensure its own security at the expense of the security of others.';
    expect(check('punctuation.final', 'en', [[ZH, [first, second]]])).toEqual([]);
    expect(check('punctuation.final', 'en', [[ZH, [EN, 'and more']]])).toHaveLength(1);
  });
  it('accepts any closing mark, a list item ending in a semicolon, and never checks a heading', () => {
    expect(check('punctuation.final', 'en', [[ZH, `${EN.slice(0, -1)}!`], [ZH, `${EN.slice(0, -1)}…`]])).toEqual([]);
    expect(check('punctuation.final', 'ru', [[ZH, `${RU.slice(0, -1)};`]])).toEqual([]);
    expect(check('punctuation.final', 'en', [['一、总体原则', 'I. General principles'], ['第一条。', 'Article 1']], [1])).toEqual([]);
  });
  it('is silent when the source itself leaves the sentence open', () => {
    expect(check('punctuation.final', 'en', [['双方坚信', 'The two sides are convinced']])).toEqual([]);
  });
});

describe('punctuation.question', () => {
  it('reports a question rendered as a statement, as information', () => {
    const [f] = check('punctuation.question', 'en', [[ZH_Q, 'This is where the story ends and the lie goes to die.']]);
    expect(f?.severity).toBe('info');
    expect(f?.message).toContain('asks a question');
  });
  it('reports a question mark the source never asks', () => {
    const en = `${EN.slice(0, -1)}?`;
    const [f] = check('punctuation.question', 'en', [[ZH, en]]);
    expect(f?.message).toContain('asks no question');
    expect(f?.target?.range?.start).toBe(en.length - 1);
  });
  it('accepts a question kept, and a question answered with an exclamation (rhetorical)', () => {
    expect(check('punctuation.question', 'en', [[ZH_Q, EN_Q]])).toEqual([]);
    expect(check('punctuation.question', 'ru', [[ZH_Q, 'Неужели на этом история и закончится!']])).toEqual([]);
    expect(check('punctuation.question', 'en', [[ZH, EN], ['“你去哪儿？”他问。', '“Where are you going?” he asked.']])).toEqual([]);
  });
});
