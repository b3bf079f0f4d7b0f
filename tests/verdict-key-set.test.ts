import { describe, expect, it } from 'vitest';
import { KeyInterner } from '../core/align/verdict/key-set';

describe('KeyInterner: compact key sets for the verdicts', () => {
  it('answers has() exactly as the Set it was made from, for keys in it, in other sets and in none', () => {
    const interner = new KeyInterner();
    const sets = [new Set(['china', 'chin', 'russia', 'month:5']), new Set(['russia', 'declar', '@name']), new Set<string>(), new Set(['ё', 'е', 'zeta', 'alpha'])];
    const compact = sets.map((s) => interner.compact(s));
    const probes = ['china', 'chin', 'russia', 'month:5', 'month:6', 'declar', '@name', 'ё', 'е', 'zeta', 'alpha', 'absent', ''];
    for (const [k, set] of sets.entries()) for (const p of probes) expect(compact[k]!.has(p), `${p} in set ${k}`).toBe(set.has(p));
  });

  it('finds every key of a large set (binary search over ids given in any order)', () => {
    const interner = new KeyInterner();
    // Ids are given in first-seen order: the second set's keys get ids out of its own order.
    interner.compact(new Set(Array.from({ length: 500 }, (_, k) => `w${(k * 7919) % 1000}`)));
    const big = new Set(Array.from({ length: 1000 }, (_, k) => `w${k}`));
    const compact = interner.compact(big);
    for (let k = 0; k < 1000; k++) expect(compact.has(`w${k}`)).toBe(true);
    expect(compact.has('w1000')).toBe(false);
  });
});
