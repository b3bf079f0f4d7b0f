import { describe, expect, it } from 'vitest';
import { createQaContext, runChecks } from '../core/qa';
import { contentLength, sourceLength } from '../core/text/carried-letters';
import { beadLengths, lengthZ } from '../core/qa/stats/length-ratio';
import { makeProject, type BeadSpec } from './fixtures/qa/make-project';

describe('sourceLength', () => {
  it('counts Han characters as translated and Latin letters as carried', () => {
    expect(sourceLength('我把 iPhone 12 Pro 换成了 13 Pro Max。')).toEqual({ translated: 5, carried: 15 });
  });
  it('leaves out a parenthesised Latin gloss after Han text, nested parentheses included', () => {
    expect(sourceLength('研究所 (Haitian Institute) 表示')).toEqual({ translated: 5, carried: 0 });
    expect(sourceLength('法案》(Citizenship (Amendment) Act)的运动')).toEqual({ translated: 5, carried: 0 });
    expect(sourceLength('南设得兰群岛（South Shetland Islands）')).toEqual({ translated: 6, carried: 0 });
  });
  it('keeps a Chinese aside in parentheses, and Latin in parentheses after Latin', () => {
    expect(sourceLength('服务（2-3 个工作日）')).toEqual({ translated: 6, carried: 0 });
    expect(sourceLength('Joint Aid (JA) 产品')).toEqual({ translated: 2, carried: 10 });
  });
});

/** Sentence pairs of the strategic-stability statement (samples/), zh ↔ en. */
const PAIRS: BeadSpec[] = [
  ['双方强调维持建设性大国关系对解决全球战略性问题的重要性。', 'The two sides stress the importance of maintaining constructive relations among major countries for resolving global strategic issues.'],
  ['核武器国家对国际安全和全球战略稳定负有特殊责任,应摒弃冷战思维和零和博弈,并放弃采取引发战略风险的举措。', 'Nuclear-weapon states bear a special responsibility for international security and global strategic stability, and should abandon the Cold War mentality and zero-sum games and refrain from actions that generate strategic risks.'],
  ['应通过平等对话和相互尊重的磋商解决关切,增进信任水平,避免危险误判。', 'Concerns should be addressed through dialogue on an equal footing and consultations based on mutual respect, so as to build trust and avoid dangerous miscalculation.'],
  ['遗憾的是,并非所有核武器国家都奉行上述立场。', 'Regrettably, not all nuclear-weapon states adhere to the above position.'],
  ['新老军事联盟和同盟的破坏性、扩张性极强。', 'Old and new military alliances and coalitions are highly destructive and expansionist.'],
  ['与此同时,军事设施和先进攻击性、防御性武器的前沿部署不断增强。', 'At the same time, the forward deployment of military infrastructure and advanced offensive and defensive weapons keeps growing.'],
  ['某些核武器国家在境外部署陆基中短程导弹的计划和行动令人关切。', 'The plans and actions of certain nuclear-weapon states to deploy ground-based intermediate- and shorter-range missiles abroad are a matter of concern.'],
  ['相关导弹飞行时间短、覆盖面广,且针对其他核武器国家境内目标。', 'These missiles have short flight times and wide coverage, and are aimed at targets on the territory of other nuclear-weapon states.'],
  ['双方对此种破坏地区稳定与全球安全的挑衅行为表示强烈谴责。', 'The two sides strongly condemn such provocative acts that undermine regional stability and global security.'],
];

describe('length ratio with carried letters', () => {
  it('does not take a sentence with a long Latin gloss, rendered once, for a half translation', () => {
    const zh = '双方欢迎海地正义与民主研究所（Haitian Institute for Justice and Democracy）和南设得兰群岛（South Shetland Islands Research Council）代表与会。';
    const en = 'The two sides welcome representatives of the Haitian Institute for Justice and Democracy and of the South Shetland Islands Research Council.';
    const glossed: BeadSpec = [zh, en];
    const beads = [...PAIRS.slice(0, 4), glossed, ...PAIRS.slice(4)];
    const project = makeProject({ en: beads });
    const ctx = createQaContext(project);
    const view = ctx.beads.en![4]!;
    const stats = ctx.ratioStats.en!;
    // Counted letter for letter as Han characters, the gloss made the translation look far too short.
    const naive = lengthZ(stats, contentLength(zh), contentLength(en));
    expect(naive).toBeLessThan(-3.5);
    const { source, target } = beadLengths(view);
    expect(Math.abs(lengthZ(stats, source, target)!)).toBeLessThan(1.645);
    expect(runChecks(project).filter((f) => f.check === 'completeness.partial-omission')).toEqual([]);
  });
  it('still measures a translation that lost half a sentence with a Latin name as short', () => {
    const cut: BeadSpec = ['我们通过 FedEx 运送货物,核武器国家紧张关系升级,甚至到了面临直接军事冲突的地步,发生核冲突的风险上升。', 'We ship goods through FedEx.'];
    const project = makeProject({ en: [...PAIRS.slice(0, 4), cut, ...PAIRS.slice(4)] });
    const ctx = createQaContext(project);
    const { source, target } = beadLengths(ctx.beads.en![4]!);
    expect(lengthZ(ctx.ratioStats.en!, source, target)).toBeLessThan(-3.5);
  });
});
