import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTermMatcher, mergeTermBases, parseTermBaseFile } from '../core/glossary';
import { runChecks } from '../core/qa';
import type { Finding } from '../core/qa';
import { makeProject } from './fixtures/qa/make-project';
import type { BeadSpec } from './fixtures/qa/make-project';

const file = join(__dirname, 'fixtures', 'qa', 'glossary.csv');
const parsed = parseTermBaseFile(file, readFileSync(file, 'utf8'));
const matcher = createTermMatcher(mergeTermBases([parsed]).termBase);

/** Real sentences from samples/ (the joint statement and the strategic-stability statement). */
const ZH_FOUNDATION = '双方一致认为,两国人民在世界反法西斯战争中铸就了深厚的战斗友谊和守望相助之情,为中俄新时代全面战略协作伙伴关系奠定了坚实基础。';
const EN_FOUNDATION = 'The two sides agree that the profound friendship forged in battle and the spirit of mutual assistance developed by the two peoples during the World Anti-Fascist War laid a solid foundation for the China-Russia comprehensive strategic partnership of coordination for a new era.';
const RU_FOUNDATION = 'Стороны едины во мнении, что скреплённая в годы Мировой антифашистской войны боевая дружба двух народов и их готовность прийти друг другу на помощь заложили прочную основу китайско-российских отношений всеобъемлющего партнёрства и стратегического взаимодействия, вступающих в новую эпоху.';
const ZH_ZERO_SUM = '核武器国家对国际安全和全球战略稳定负有特殊责任,应摒弃冷战思维和零和博弈,并放弃采取引发战略风险的举措。';
const EN_ZERO_SUM = 'Nuclear-weapon states bear a special responsibility for international security and global strategic stability. They should abandon the Cold War mentality and zero-sum games, and refrain from actions that generate strategic risks.';
const RU_ZERO_SUM = 'Ядерные государства несут особую ответственность за международную безопасность и глобальную стратегическую стабильность и должны отказаться от менталитета холодной войны и игры с нулевой суммой, а также от шагов, порождающих стратегические риски.';

function glossaryFindings(lang: 'en' | 'ru', beads: BeadSpec[]): Finding[] {
  return runChecks(makeProject({ [lang]: beads }), { matcher }).filter((f) => f.check.startsWith('glossary.'));
}

describe('the fixture term base', () => {
  it('loads without problems', () => expect(parsed.problems).toEqual([]));
});

describe('glossary checks on clean sentences', () => {
  it('accept the required terms, inflected in Russian and pluralised in English', () => {
    expect(glossaryFindings('en', [[ZH_FOUNDATION, EN_FOUNDATION], [ZH_ZERO_SUM, EN_ZERO_SUM]])).toEqual([]);
    expect(glossaryFindings('ru', [[ZH_FOUNDATION, RU_FOUNDATION], [ZH_ZERO_SUM, RU_ZERO_SUM]])).toEqual([]);
  });
  it('stay silent without a matcher', () => {
    expect(runChecks(makeProject({ en: [[ZH_ZERO_SUM, 'Nuclear states should abandon old thinking.']] })).filter((f) => f.check.startsWith('glossary.'))).toEqual([]);
  });
});

describe('glossary.missing-term', () => {
  it('points at the source term whose rendering is missing (English)', () => {
    const en = EN_ZERO_SUM.replace('zero-sum games', 'the pursuit of one-sided gains');
    const [f, ...rest] = glossaryFindings('en', [[ZH_ZERO_SUM, en]]);
    expect(rest).toEqual([]);
    expect(f?.check).toBe('glossary.missing-term');
    expect(f?.message).toContain('“zero-sum game”');
    expect(f?.source?.range).toEqual({ sentence: 'zh-s0', start: ZH_ZERO_SUM.indexOf('零和博弈'), end: ZH_ZERO_SUM.indexOf('零和博弈') + 4 });
  });
  it('does the same in Russian', () => {
    const ru = RU_ZERO_SUM.replace('менталитета холодной войны', 'логики противостояния');
    const [f, ...rest] = glossaryFindings('ru', [[ZH_ZERO_SUM, ru]]);
    expect(rest).toEqual([]);
    expect(f?.message).toContain('冷战思维');
  });
});

describe('glossary.forbidden-term', () => {
  it('reports a forbidden variant once (not also as missing), pointing at both sides', () => {
    const en = EN_FOUNDATION.replace('partnership of coordination for', 'partnership for');
    const [f, ...rest] = glossaryFindings('en', [[ZH_FOUNDATION, en]]);
    expect(rest).toEqual([]);
    expect(f?.check).toBe('glossary.forbidden-term');
    expect(f?.severity).toBe('error');
    const at = en.indexOf('comprehensive strategic partnership');
    expect(f?.target?.range).toEqual({ sentence: 'en-s0', start: at, end: at + 'comprehensive strategic partnership'.length });
  });
  it('catches the Russian word-order variant in an oblique case', () => {
    const ru = RU_FOUNDATION.replace('всеобъемлющего партнёрства и стратегического взаимодействия', 'всеобъемлющего стратегического партнёрства и взаимодействия');
    const [f, ...rest] = glossaryFindings('ru', [[ZH_FOUNDATION, ru]]);
    expect(rest).toEqual([]);
    expect(f?.check).toBe('glossary.forbidden-term');
  });
});

describe('the shipped term base on United Nations wording', () => {
  const shipped = join(__dirname, '..', 'glossary', 'diplomatic.tbx');
  const unMatcher = createTermMatcher(mergeTermBases([parseTermBaseFile(shipped, readFileSync(shipped, 'utf8'))]).termBase);
  const missing = (zh: string, ru: string) =>
    runChecks(makeProject({ ru: [[zh, ru]] }), { matcher: unMatcher }).filter((f) => f.check === 'glossary.missing-term').map((f) => f.message);

  it('takes «Объединённые Нации», the Charter’s name for the Organization, for 联合国 in any case', () => {
    expect(missing('各联合国国家的人民决心促进社会进步。', 'Народы Объединенных Наций решили содействовать социальному прогрессу.')).toEqual([]);
    expect(missing('联合国应促进合作。', 'Объединённые Нации содействуют сотрудничеству.')).toEqual([]);
  });
  it('still asks for a rendering when the Organization is not named', () => {
    expect(missing('联合国应促进合作。', 'Следует содействовать сотрудничеству.')).toHaveLength(1);
  });
});
