import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, chromiumAvailable, findingsSettled, openApp, startHarness } from './harness';
import type { Harness } from './harness';

// The screen a translator works in (issue 10), on the built-in sample in web mode: at 1024×700 at
// least six rows show (one-line header with an overflow menu, one-line alignment and status bars,
// a resizable and collapsible Problems panel); at 1440×900 nothing wraps. Every finding counted
// is listed, a jump to one centres it, menus close on Esc and outside clicks, the confidence
// figure has AA contrast, a hand merge shows ✎.
const describeE2e = chromiumAvailable() ? describe : describe.skip;

/** WCAG relative-luminance contrast of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Heights of the one-line bars, and whether any of their children is cut off or wrapped. */
async function bars(page: Page) {
  return page.evaluate(() => {
    const h = (sel: string) => Math.round(document.querySelector(sel)!.getBoundingClientRect().height);
    return { header: h('.header'), alignBar: h('.align-bar'), statusBar: h('.status-bar') };
  });
}

/** Rows of the grid that show at least partly between the column headers and the Problems panel. */
async function visibleRows(page: Page): Promise<number> {
  return page.evaluate(() => {
    const box = document.querySelector('.grid-scroller')!.getBoundingClientRect();
    return [...document.querySelectorAll('[data-testid=row]')].filter((r) => {
      const b = r.getBoundingClientRect();
      return b.bottom > box.top + 20 && b.top < box.bottom - 20;
    }).length;
  });
}

describeE2e('the screen at 1024×700 and 1440×900 (web mode, Chromium)', () => {
  let h: Harness;
  const shot = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS, `e2e-layout-${name}.png`) });

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    h = await startHarness();
  }, 180_000);
  afterAll(async () => {
    await h?.close();
  });

  it('1024×700: one-line bars, at least six rows, More ▾ holds the rest of the toolbar', async () => {
    const { page, errors } = await openApp(h, { width: 1024, height: 700 });
    await page.getByTestId('row').first().waitFor({ timeout: 60_000 });
    await shot(page, '1024x700');
    const b = await bars(page);
    expect(b.header).toBeLessThanOrEqual(44);
    expect(b.alignBar).toBeLessThanOrEqual(34);
    expect(b.statusBar).toBeLessThanOrEqual(26);
    expect(await visibleRows(page)).toBeGreaterThanOrEqual(6);
    // The toolbar's last groups are in More ▾, which opens, runs a command and closes.
    expect(await page.locator('[data-command="qa.run"]').isVisible()).toBe(false);
    await page.getByTestId('toolbar-more').click();
    await page.getByRole('menuitem', { name: /Run all checks|Run checks/i }).click();
    await expect.poll(() => page.getByRole('menu').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('1440×900: nothing wraps; every counted finding is listed; a jump to one centres its row', async () => {
    const { page, errors } = await openApp(h, { width: 1440, height: 900 });
    await page.getByTestId('row').first().waitFor({ timeout: 60_000 });
    await shot(page, '1440x900');
    const b = await bars(page);
    expect(b.header).toBeLessThanOrEqual(44);
    expect(b.alignBar).toBeLessThanOrEqual(34);
    expect(b.statusBar).toBeLessThanOrEqual(26);
    expect(await page.locator('.align-legend').isVisible()).toBe(true);
    // Status bar counts = Problems panel counts (the repeated paragraph was counted, not listed),
    // read from the last run's findings: the counts read one after the other must not change between.
    const number = async (sel: string) => Number((await page.locator(sel).innerText()).replace(/\D/g, ''));
    await findingsSettled(page);
    expect(await number('[data-testid=summary-warnings]')).toBeGreaterThan(0);
    expect(await number('.problems .count-warning')).toBe(await number('[data-testid=summary-warnings]'));
    expect(await number('.problems .count-error')).toBe(await number('[data-testid=summary-errors]'));
    // Counts are nouns of their number: the sample has one note ("1 note", not "1 notes").
    expect(await page.locator('.problems-header .count').nth(2).innerText()).toBe('1 note');
    expect(await page.locator('.problem').filter({ hasText: 'Line 2 repeats line 1 word for word (set aside)' }).count()).toBe(1);

    // The last finding of the list: its row comes to the middle of the grid, not the bottom edge.
    const list = page.locator('.problems-list');
    await list.evaluate((el) => (el.scrollTop = el.scrollHeight));
    const last = page.locator('.problem').last();
    const where = (await last.locator('.problem-where').innerText()).trim();
    await last.click();
    const rowNumber = Number(where.split(/\s+/)[0]) - 1;
    const row = page.locator(`[data-testid=row][data-row="${rowNumber}"]`);
    await row.waitFor();
    await expect
      .poll(async () => {
        const [r, s] = await Promise.all([row.boundingBox(), page.locator('.grid-scroller').boundingBox()]);
        // Centre of the row within the middle half of the grid (or the grid scrolled to its end).
        const atEnd = await page.locator('.grid-scroller').evaluate((el) => el.scrollTop + el.clientHeight >= el.scrollHeight - 2);
        const centre = r!.y + Math.min(r!.height, s!.height) / 2;
        return atEnd || (centre > s!.y + s!.height / 4 && centre < s!.y + (3 * s!.height) / 4);
      })
      .toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the Problems panel resizes by its edge and collapses to one line', async () => {
    const { page } = await openApp(h, { width: 1024, height: 700 });
    await page.getByTestId('row').first().waitFor({ timeout: 60_000 });
    const panel = page.getByTestId('problems-panel');
    const before = (await panel.boundingBox())!.height;
    const handle = (await page.getByTestId('problems-resize').boundingBox())!;
    await page.mouse.move(handle.x + 200, handle.y + handle.height / 2);
    await page.mouse.down();
    await page.mouse.move(handle.x + 200, handle.y - 80, { steps: 4 });
    await page.mouse.up();
    await expect.poll(async () => (await panel.boundingBox())!.height).toBeGreaterThan(before + 60);
    const rowsBefore = await visibleRows(page);
    await page.getByTestId('problems-toggle').click();
    await expect.poll(async () => (await panel.boundingBox())!.height).toBeLessThan(40);
    expect(await visibleRows(page)).toBeGreaterThan(rowsBefore);
    // Remembered: a reload keeps it collapsed.
    await page.reload();
    await page.getByTestId('row').first().waitFor({ timeout: 60_000 });
    expect((await page.getByTestId('problems-panel').boundingBox())!.height).toBeLessThan(40);
    await page.getByTestId('problems-toggle').click();
    await page.close();
  });

  it('Open ▾ closes on Esc and on a click outside', async () => {
    const { page } = await openApp(h, { width: 1440, height: 900 });
    await page.getByTestId('row').first().waitFor({ timeout: 60_000 });
    const open = page.locator('[data-command="file.open"]');
    await open.click();
    await expect.poll(() => page.getByRole('menu').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('menu').count()).toBe(0);
    await open.click();
    await expect.poll(() => page.getByRole('menu').count()).toBe(1);
    await page.locator('.column-header').first().click();
    await expect.poll(() => page.getByRole('menu').count()).toBe(0);
    await page.close();
  });

  it('the confidence figure has AA contrast; a hand merge shows ✎ in the gutter', async () => {
    const { page } = await openApp(h, { width: 1440, height: 900 });
    await page.getByTestId('row').first().waitFor({ timeout: 60_000 });
    const ratios = await page.locator('.confidence').evaluateAll((els) =>
      els.map((el) => {
        let bg = 'rgba(0, 0, 0, 0)';
        for (let e: Element | null = el; e && /rgba\(0, 0, 0, 0\)|transparent/.test(bg); e = e.parentElement) bg = getComputedStyle(e).backgroundColor;
        return [getComputedStyle(el).color, bg];
      }),
    );
    expect(ratios.length).toBeGreaterThan(3);
    for (const [fg, bg] of ratios) expect(contrast(fg!, bg!)).toBeGreaterThanOrEqual(4.5);

    const row = page.locator('[data-testid=row][data-row="3"]');
    await row.locator('.cell[data-lang=en] .sentence-text').first().click();
    await page.keyboard.press('Control+m');
    await expect.poll(() => page.locator('[data-testid=row][data-row="3"] .confidence').innerText()).toMatch(/^✎/);
    await page.close();
  });
});
