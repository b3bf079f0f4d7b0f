import { describe, expect, it } from 'vitest';
import { oneGapAmong } from '../core/align/verdict/rival-members';
import { REPORT_PROBABILITY } from '../core/qa/checks/completeness-hidden-gap';

describe('oneGapAmong: the target members of a bead as rival explanations of one added sentence', () => {
  it('leaves a lone candidate as it was judged alone', () => {
    expect(oneGapAmong([0.6])).toEqual([0.6]);
    const [candidate, sound] = oneGapAmong([0.6, 0.001]);
    expect(candidate).toBeCloseTo(0.6, 3);
    expect(sound).toBeLessThan(0.001);
  });

  it('a sound member that only shares the bead’s length evidence is explained away by the addition', () => {
    // The other-genre bench's mac-en [40, 41]:[37, 38, 39]: the addition at 0.99, a sound member at 0.95.
    const [addition, beside, sound] = oneGapAmong([0.99, 0.004, 0.95]);
    expect(addition).toBeGreaterThan(0.8);
    expect(sound).toBeLessThan(REPORT_PROBABILITY);
    expect(beside).toBeLessThan(0.004);
  });

  it('two equal candidates split the belief; the shares never sum above 1', () => {
    const [a, b] = oneGapAmong([0.5, 0.5]);
    expect(a).toBeCloseTo(1 / 3, 10);
    expect(b).toBeCloseTo(1 / 3, 10);
    const shares = oneGapAmong([0.9, 0.7, 0.3, 1]);
    expect(shares.every((x) => Number.isFinite(x) && x >= 0)).toBe(true);
    expect(shares.reduce((s, x) => s + x, 0)).toBeLessThanOrEqual(1);
  });
});
