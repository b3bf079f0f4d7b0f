import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '../core/qa/check-ids';
import { CHECKS } from '../core/qa/registry';

// The CLI lists the check ids without loading the checks (check-ids.ts): the list must stay the
// registry's, in report order, or `check --disable` would accept or refuse the wrong ids.
describe('CHECK_IDS', () => {
  it('is the registry’s checks’ ids, in report order', () => {
    expect(CHECK_IDS).toEqual(CHECKS.map((c) => c.id));
  });

  it('names each check once', () => {
    expect(new Set(CHECK_IDS).size).toBe(CHECK_IDS.length);
  });
});
