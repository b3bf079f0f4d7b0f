import { describe, expect, it } from 'vitest';
import { runChecks } from '../core/qa';
import { makeProject } from './fixtures/qa/make-project';

const ZH_A = '双方对此种破坏地区稳定与全球安全的挑衅行为表示强烈谴责。';
const EN_A = 'The two sides strongly condemn such provocative acts that undermine regional stability and global security.';
const EN_A2 = 'The two sides firmly condemn such provocations against regional stability and global security.';
const RU_A = 'Стороны решительно осуждают подобные провокационные действия, подрывающие региональную стабильность и глобальную безопасность.';
const RU_A2 = 'Стороны резко осуждают такие провокации против региональной стабильности и глобальной безопасности.';
const ZH_B = '双方强调维持建设性大国关系对解决全球战略性问题的重要性。';
const EN_B = 'The two sides stress the importance of maintaining constructive relations among major countries for resolving global strategic issues.';
const RU_B = 'Стороны подчёркивают важность поддержания конструктивных отношений между великими державами для решения глобальных стратегических вопросов.';

const of = (id: string, p: ReturnType<typeof makeProject>) => runChecks(p).filter((f) => f.check === id);

describe('consistency.source', () => {
  it('flags the deviating translation of a repeated source sentence, in English and Russian', () => {
    const en = of('consistency.source', makeProject({ en: [[ZH_A, EN_A], [ZH_B, EN_B], [ZH_A, EN_A], [ZH_A, EN_A2]] }));
    expect(en.map((f) => f.bead)).toEqual([3]);
    expect(en[0]?.message).toContain('bead 1');
    const ru = of('consistency.source', makeProject({ ru: [[ZH_A, RU_A], [ZH_A, RU_A2]] }));
    expect(ru.map((f) => f.bead)).toEqual([1]);
  });
  it('is silent when repeats are translated alike (spacing and case aside)', () => {
    expect(of('consistency.source', makeProject({ en: [[ZH_A, EN_A], [ZH_A, EN_A.replace('The two', 'the  two')]] }))).toEqual([]);
  });
});

describe('consistency.target', () => {
  it('flags one translation used for two different sources', () => {
    const en = of('consistency.target', makeProject({ en: [[ZH_A, EN_A], [ZH_B, EN_A]] }));
    expect(en.map((f) => f.bead)).toEqual([1]);
    const ru = of('consistency.target', makeProject({ ru: [[ZH_A, RU_B], [ZH_B, RU_B]] }));
    expect(ru.map((f) => f.bead)).toEqual([1]);
    expect(of('consistency.target', makeProject({ en: [[ZH_A, EN_A], [ZH_B, EN_B]] }))).toEqual([]);
  });
});
