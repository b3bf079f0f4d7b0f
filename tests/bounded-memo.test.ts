import { describe, expect, it } from 'vitest';
import { BoundedMemo } from '../core/text/bounded-memo';

describe('BoundedMemo', () => {
  it('computes a key once while it is kept', () => {
    const calls: string[] = [];
    const memo = new BoundedMemo(10, (k: string) => {
      calls.push(k);
      return k.length;
    });
    expect([memo.get('ab'), memo.get('abc'), memo.get('ab')]).toEqual([2, 3, 2]);
    expect(calls).toEqual(['ab', 'abc']);
  });

  it('keeps false, 0, empty strings and null (only undefined means "not yet")', () => {
    let calls = 0;
    const memo = new BoundedMemo(10, (k: number): number | boolean | string | null => {
      calls++;
      return [false, 0, '', null][k]!;
    });
    for (let round = 0; round < 2; round++) expect([0, 1, 2, 3].map((k) => memo.get(k))).toEqual([false, 0, '', null]);
    expect(calls).toBe(4);
  });

  it('is emptied when full: never more than its limit, and the same answers after', () => {
    const calls: number[] = [];
    const memo = new BoundedMemo(2, (k: number) => {
      calls.push(k);
      return k * 10;
    });
    expect([memo.get(1), memo.get(2)]).toEqual([10, 20]);
    // The third key finds the memo full: it is emptied, so 1 is computed again afterwards.
    expect([memo.get(3), memo.get(3), memo.get(1), memo.get(1)]).toEqual([30, 30, 10, 10]);
    expect(calls).toEqual([1, 2, 3, 1]);
  });
});
