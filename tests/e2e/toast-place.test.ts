import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, chromiumAvailable, openSampleWorkbench } from './harness';
import type { Harness } from './harness';

// A toast sits above the Problems panel, not over it: dismissing findings one after another, the
// translator's next Dismiss must be in sight and take the click while "Dismissed …" is shown.
// Before: the toast stood at the window's bottom right, over the panel's Dismiss buttons.
const describeE2e = chromiumAvailable() ? describe : describe.skip;

describeE2e('toasts and the Problems panel (web mode, Chromium)', () => {
  let h: Harness;
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    ({ h, page, errors } = await openSampleWorkbench({ width: 1024, height: 700 }));
  }, 180_000);
  afterAll(() => h?.close());

  it('after a dismissal the toast leaves the next Dismiss buttons in sight and clickable', async () => {
    const panel = page.getByTestId('problems-panel');
    await expect.poll(() => panel.getByTestId('problem-dismiss').count()).toBeGreaterThan(3);
    await panel.getByTestId('problem-dismiss').first().click();
    const toast = page.getByTestId('toast').filter({ hasText: /^Dismissed/ });
    await toast.waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-toast-above-problems-1024.png') });
    const toastBox = (await toast.boundingBox())!;
    const listBox = (await panel.boundingBox())!;
    expect(toastBox.y + toastBox.height).toBeLessThanOrEqual(listBox.y);
    // Every Dismiss button shown whole in the panel is the element a click at its centre reaches.
    const reached = await panel.getByTestId('problem-dismiss').evaluateAll((buttons) =>
      buttons.flatMap((b) => {
        const r = b.getBoundingClientRect();
        const shown = b.closest('[data-testid=problems-panel]')!.getBoundingClientRect();
        if (r.height === 0 || r.bottom > shown.bottom) return [];
        return [document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === b];
      }),
    );
    expect(reached.length).toBeGreaterThan(2);
    expect(reached.every(Boolean)).toBe(true);
    // And the toast takes no click: what is under it does.
    expect(await toast.evaluate((t) => getComputedStyle(t).pointerEvents)).toBe('none');
    expect(errors).toEqual([]);
  });
});
