import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, chromiumAvailable, gridRow, openSampleWorkbench } from './harness';
import type { Harness } from './harness';

// Windows up to 800 px tall show three lines per sentence in rows other than the cursor's. A row
// cut short says so (“more” in its gutter, beside the ellipsis) and opens whole on a click, without
// an editor; Alt+Z shows every row whole from the keyboard. The virtual list keeps its rows
// stacked as heights change (no overlap, no gap).
const describeE2e = chromiumAvailable() ? describe : describe.skip;

/** Per drawn row: whether a sentence of it is cut, whether it offers "more"/"less", its frame's top and height. */
async function drawnRows(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.row-frame')].map((frame) => {
      const row = frame.querySelector<HTMLElement>('[data-testid=row]')!;
      const cut = [...row.querySelectorAll<HTMLElement>('.sentence-text')].some((t) => t.scrollHeight > t.clientHeight + 1);
      const button = row.querySelector<HTMLButtonElement>('.row-more');
      return { row: Number(row.dataset.row), cut, button: button?.innerText.trim() ?? null, top: frame.offsetTop + new DOMMatrix(getComputedStyle(frame).transform).m42, height: frame.getBoundingClientRect().height };
    }).sort((a, b) => a.row - b.row),
  );
}

/** Whether each drawn row starts where the one before it ends. */
function stacked(rows: Awaited<ReturnType<typeof drawnRows>>): boolean {
  return rows.every((r, i) => i === 0 || r.row !== rows[i - 1]!.row + 1 || Math.abs(r.top - (rows[i - 1]!.top + rows[i - 1]!.height)) < 1);
}

describeE2e('rows cut to three lines (web mode, Chromium, 1024×700)', () => {
  let h: Harness;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ h, page, errors } = await openSampleWorkbench({ width: 1024, height: 700 }));
  }, 180_000);
  afterAll(async () => {
    await h?.close();
  });

  it('a cut row offers “more” in its gutter; a whole one does not', async () => {
    const rows = await drawnRows(page);
    expect(rows.filter((r) => r.cut).length).toBeGreaterThan(2);
    for (const r of rows) expect(r.button, `row ${r.row + 1}`).toBe(r.cut ? 'more' : null);
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-grid-clamp-1024.png') });
  });

  it('“more” shows the whole row without an editor; the rows below move down, “less” cuts it again', async () => {
    const before = await drawnRows(page);
    const cut = before.find((r) => r.cut && r.row > 0)!;
    const row = gridRow(page, cut.row);
    await row.getByRole('button', { name: 'Show the whole row' }).click();
    await expect.poll(async () => (await drawnRows(page)).find((r) => r.row === cut.row)!.cut).toBe(false);
    const after = await drawnRows(page);
    const opened = after.find((r) => r.row === cut.row)!;
    expect(opened.height).toBeGreaterThan(cut.height + 10);
    expect(opened.button).toBe('less');
    expect(stacked(after)).toBe(true);
    // Reading is not editing: no editor opened, the row is not selected for re-alignment.
    expect(await page.locator('[data-testid=editor-slot]').count()).toBe(0);
    expect(await row.getAttribute('class')).not.toMatch(/row-active|row-selected/);
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-grid-clamp-more-1024.png') });

    await row.getByRole('button', { name: 'Cut the row to three lines' }).click();
    await expect.poll(async () => (await drawnRows(page)).find((r) => r.row === cut.row)!.cut).toBe(true);
    expect(stacked(await drawnRows(page))).toBe(true);
  });

  it('Alt+Z on the grid shows every row whole, and again cuts them', async () => {
    await page.getByTestId('grid-scroller').focus();
    await page.keyboard.press('Alt+z');
    await expect.poll(async () => (await drawnRows(page)).filter((r) => r.cut).length).toBe(0);
    const whole = await drawnRows(page);
    expect(whole.every((r) => r.button === null)).toBe(true);
    expect(stacked(whole)).toBe(true);
    await page.keyboard.press('Alt+z');
    await expect.poll(async () => (await drawnRows(page)).filter((r) => r.cut).length).toBeGreaterThan(2);
    expect(errors).toEqual([]);
  });
});
