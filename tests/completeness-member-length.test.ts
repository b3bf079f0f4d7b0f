/**
 * The members' second length witness (core/align/verdict/member-length.ts): the QA's letters-only
 * length ratio, with the document's own tail, asked whether a 2:1 bead's target is long enough
 * for both source sentences or only for the one the translator kept.
 */
import { describe, expect, it } from 'vitest';
import { fitNu, lengthModel, memberLengthFit, sentenceLengths } from '../core/align/verdict/member-length';
import { fixtureLines } from './align-helpers';

describe('fitNu: the tail of a document’s length deviations', () => {
  // Normal quantiles at evenly spaced probabilities: deviations that look normal.
  const normalish = [-1.64, -1.28, -1.04, -0.84, -0.67, -0.52, -0.39, -0.25, -0.13, 0, 0.13, 0.25, 0.39, 0.52, 0.67, 0.84, 1.04, 1.28, 1.64];

  it('is large when the deviations look normal, small when a few sentences lie far out', () => {
    expect(fitNu(normalish)).toBeGreaterThanOrEqual(20);
    expect(fitNu([...normalish, -6, -7.5, 5])).toBeLessThanOrEqual(4);
  });
});

describe('memberLengthFit on a zh→ru document', () => {
  // The strategic-stability statement's 16 zh / ru lines, one sentence each, give the document's model.
  const zh = fixtureLines('strategic-stability/zh.txt');
  const ru = fixtureLines('strategic-stability/ru.txt');
  const model = lengthModel(sentenceLengths(zh, ru), zh.map((_, i) => ({ i, j: i })))!;
  // Our own two sentences, the second dropped or translated.
  const mate = '双方强调，维护全球战略稳定符合各国人民的共同利益。';
  const member = '双方将继续在联合国和其他多边机制框架内密切协调，共同应对新的安全挑战。';
  const mateRu = 'Стороны подчёркивают, что поддержание глобальной стратегической стабильности отвечает общим интересам народов всех стран.';
  const memberRu = 'Стороны продолжат тесную координацию в рамках ООН и других многосторонних механизмов, чтобы совместно отвечать на новые вызовы безопасности.';
  const fit = (target: string, source = [mate, member]): number => memberLengthFit(model, sentenceLengths(source, [target]), [0, 1], [0], 1)!;

  it('is measured on the document (Russian runs longer than Chinese by its own ratio)', () => {
    expect(model).toBeDefined();
    expect(Math.exp(model.median)).toBeGreaterThan(2);
  });

  it('says "left out" when the target holds only the mate’s translation, "translated" when it holds both', () => {
    expect(fit(mateRu)).toBeLessThan(-1);
    expect(fit(`${mateRu} ${memberRu}`)).toBeGreaterThan(1);
  });

  it('reads a member that is mostly a Latin name by its carried letters: a target that copies the name fits "translated"', () => {
    // Counted as Han characters (the aligner's lengths), 26 Latin letters would ask for about 60
    // Russian letters more than the name itself gives.
    const named = '会谈由 Sergey Lavrov 和 Wang Yi 共同主持。';
    const withName = fit(`${mateRu} Переговоры провели Sergey Lavrov и Wang Yi.`, [mate, named]);
    const withoutName = fit(mateRu, [mate, named]);
    expect(withName).toBeGreaterThan(0);
    expect(withoutName).toBeLessThan(withName);
  });
});
