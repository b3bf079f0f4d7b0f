import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, chromiumAvailable, openSampleWorkbench } from './harness';
import type { Harness } from './harness';

// F8 / Shift+F8 walk the findings that have a place in the grid. The sample's source clean-up notes
// (a repeated line, site boilerplate set aside) have none: F8 wrapping onto them left the cursor
// where it was with a "Not in the grid" toast, two dead presses a round. They stay in the list.
const describeE2e = chromiumAvailable() ? describe : describe.skip;

describeE2e('walking problems with F8 (web mode, Chromium, 1024×700)', () => {
  let h: Harness;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ h, page, errors } = await openSampleWorkbench({ width: 1024, height: 700 }));
  }, 180_000);
  afterAll(() => h?.close());

  it('F8 goes round every finding in the grid and never stops on one outside it; the list still shows those', async () => {
    const panel = page.getByTestId('problems-panel');
    const outside = panel.locator('[data-check="source.cleanup-flag"]');
    await expect.poll(() => outside.count()).toBeGreaterThan(0);
    // The spelling findings come seconds after the first paint ("checking…" until then): the walk
    // below is of the whole list.
    await expect.poll(() => panel.getByText('checking…').count(), { timeout: 60_000 }).toBe(0);
    // The cursor's row, 1-based (the status bar leaves it out at 1024 px).
    const place = () => page.evaluate(() => { const r = document.querySelector<HTMLElement>('.row-active'); return r ? String(Number(r.dataset.row) + 1) : null; });
    const toasts = () => page.getByTestId('toast').allInnerTexts();
    await page.getByTestId('grid-scroller').focus();
    // Shift+F8 from the top wraps to the last finding; F8 then wraps to the first one in the grid.
    await page.keyboard.press('Shift+F8');
    await expect.poll(place).not.toBeNull();
    const last = await place();
    await page.keyboard.press('F8');
    await expect.poll(place).not.toBe(last);
    const first = await place();
    expect(Number(first)).toBeLessThan(Number(last));
    // The first finding in the list with a row: that is where F8 went.
    const firstInGrid = await panel.locator('.problem').evaluateAll((items) => items.map((li) => li.textContent ?? '').map((t) => /^\D*?(\d+)\s*(EN|RU|中)/.exec(t)?.[1]).find((n) => n !== undefined));
    expect(first).toBe(firstInGrid);
    expect((await toasts()).filter((t) => t.startsWith('Not in the grid'))).toEqual([]);
    expect(await outside.count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-problem-walk-1024.png') });
    expect(errors).toEqual([]);
  });
});
