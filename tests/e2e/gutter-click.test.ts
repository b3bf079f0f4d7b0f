import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, chromiumAvailable, editEnglish, gridRow, openSampleWorkbench } from './harness';
import type { Harness } from './harness';

// A click on a row's number makes that row the one the alignment bar acts on. Before, the bar said
// "rows 5–5 selected" while Merge ↓ merged the row of the last sentence clicked (row 3, maybe
// scrolled away), which a translator only saw after the fact.
const describeE2e = chromiumAvailable() ? describe : describe.skip;

const zhOf = (page: Page, n: number) => gridRow(page, n).locator('.cell[data-lang=zh]').innerText();

describeE2e('a row number clicked is the row acted on (web mode, Chromium)', () => {
  let h: Harness;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ h, page, errors } = await openSampleWorkbench({ width: 1440, height: 900 }));
  }, 180_000);
  afterAll(async () => {
    await h?.close();
  });

  it('Merge ↓ after a click on row 5’s number merges row 5 with row 6, not the row last edited', async () => {
    await editEnglish(page, 2);
    await page.keyboard.press('Escape');
    const [row3, row5, row6] = [await zhOf(page, 2), await zhOf(page, 4), await zhOf(page, 5)];
    await gridRow(page, 4).locator('.gutter').click();
    await expect.poll(() => page.locator('.align-bar').innerText()).toContain('row 5 selected');
    // Pointing at a row does not open the editor; the status bar names the row.
    expect(await page.locator('[data-testid=editor-slot]').count()).toBe(0);
    expect(await page.locator('.status-bar').innerText()).toContain('row 5 ·');
    await page.locator('[data-command="align.merge"]').click();
    await expect.poll(() => zhOf(page, 4)).toBe(`${row5}\n${row6}`);
    expect(await zhOf(page, 2)).toBe(row3);
    // Shift+click still extends the selection from the row pointed at.
    await gridRow(page, 6).locator('.gutter').click({ modifiers: ['Shift'] });
    await expect.poll(() => page.locator('.align-bar').innerText()).toContain('rows 5–7 selected');
    // Nothing in the bar is cut off: the selection, not the legend, is shown when both do not fit.
    expect(await page.locator('.align-bar').evaluate((bar) => [...bar.children].every((c) => (c as HTMLElement).offsetWidth === 0 || c.getBoundingClientRect().right <= bar.getBoundingClientRect().right + 0.5))).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-gutter-click-selection.png') });
    await page.keyboard.press('Control+z');
    await expect.poll(() => zhOf(page, 4)).toBe(row5);
    expect(errors).toEqual([]);
  });

  it('1024×700: a cut row whose number is clicked stays as drawn, so the row to Shift+click stays under the pointer', async () => {
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.getByTestId('grid-scroller').evaluate((e) => e.scrollTo(0, 0));
    // Row 3 is cut (its "more" shows); rows 4 and 5 are on screen below it.
    const cut = gridRow(page, 2);
    await expect.poll(() => cut.locator('.cut-more').count()).toBeGreaterThan(0);
    const top = async (n: number) => Math.round((await gridRow(page, n).boundingBox())!.y);
    const [height, row5] = [Math.round((await cut.boundingBox())!.height), await top(4)];
    await cut.locator('.gutter').click();
    await expect.poll(() => page.locator('.align-bar').innerText()).toContain('row 3 selected');
    // Before, the row opened whole (the cursor's row is never cut) and pushed row 5 out of the window.
    expect(Math.round((await cut.boundingBox())!.height)).toBe(height);
    expect(await top(4)).toBe(row5);
    await gridRow(page, 4).locator('.gutter').click({ modifiers: ['Shift'] });
    await expect.poll(() => page.locator('.align-bar').innerText()).toContain('rows 3–5 selected');
    // Opening a sentence there still shows the row whole.
    await cut.locator('.cell[data-lang=en] .sentence-text').first().click();
    await expect.poll(async () => Math.round((await cut.boundingBox())!.height)).toBeGreaterThan(height);
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
  });
});
