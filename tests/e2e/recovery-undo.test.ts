import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, chromiumAvailable, editEnglish, gridRow, openSampleWorkbench } from './harness';
import type { Harness } from './harness';

// Issue 10: a recovered copy brings back its undo history. Edit twice, "crash" (reload without
// saving), restore the recovered work: Ctrl+Z undoes the last edit, then the one before it.
// Round 13: the banner's date follows the app (ISO order, 24-hour), not the browser's locale.
const describeE2e = chromiumAvailable() ? describe : describe.skip;

describeE2e('recovered work keeps its undo history (web mode, Chromium)', () => {
  let h: Harness;
  let page: Page;
  let pageErrors: string[] = [];
  const row = (n: number) => gridRow(page, n);
  const en = (n: number) => row(n).locator('.cell[data-lang=en]').innerText();

  async function editRow(n: number, text: string): Promise<void> {
    await page.locator('.grid-scroller').evaluate((el) => (el.scrollTop = 0));
    await editEnglish(page, n);
    await page.keyboard.press('Control+End');
    await page.keyboard.type(text);
    await page.keyboard.press('Escape');
  }

  beforeAll(async () => {
    ({ h, page, errors: pageErrors } = await openSampleWorkbench({ width: 1440, height: 900 }, { locale: 'en-US' }));
  }, 180_000);

  afterAll(async () => {
    await h?.close();
  });

  it('edit, reload without saving, restore: Ctrl+Z undoes the last edit, then the one before', async () => {
    await editRow(2, ' FIRSTEDIT');
    await editRow(4, ' SECONDEDIT');
    await expect.poll(() => en(4)).toContain('SECONDEDIT');
    // The recovery copy is written within a few seconds of the last edit (the whole of it).
    const copy = () => readdirSync(join(h.workspace, '.duizhao', 'recovery')).filter((n) => n.startsWith('recovery-')).map((n) => readFileSync(join(h.workspace, '.duizhao', 'recovery', n), 'utf8')).join('');
    await expect.poll(() => (existsSync(join(h.workspace, '.duizhao', 'recovery')) ? copy() : ''), { timeout: 20_000 }).toContain('SECONDEDIT');
    // The status bar says when, on the same 24-hour clock as the banner below ("6:10:22 AM" before).
    await expect.poll(() => page.getByTestId('status-bar').innerText(), { timeout: 15_000 }).toMatch(/recovery copy \d{2}:\d{2}:\d{2}(?! ?[AP]M)/);
    // "Crash": the page goes away without saving (the leave-page question is answered Leave).
    page.on('dialog', (d) => void d.accept());
    await page.reload();
    const banner = page.getByRole('button', { name: 'Restore it' });
    await banner.waitFor({ timeout: 30_000 });
    // An en-US browser wrote "12/7/2026, 6:10:22 AM" (7 December or 12 July?): the app's own form now.
    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    const said = await page.locator('.banner[role=alert]', { hasText: 'Unsaved work' }).innerText();
    expect(said).toMatch(new RegExp(`^Unsaved work from ${today} \\d{2}:\\d{2} was recovered`));
    await page.screenshot({ path: `${ARTIFACTS}/recovery-banner.png` });
    await banner.click();
    await page.getByTestId('row').first().waitFor();
    expect(await en(4)).toContain('SECONDEDIT');
    expect(await page.locator('[data-command="edit.undo"]').getAttribute('title')).toMatch(/^Undo typing/);
    await page.locator('.grid-scroller').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => en(4)).not.toContain('SECONDEDIT');
    expect(await en(2)).toContain('FIRSTEDIT');
    await page.keyboard.press('Control+z');
    await expect.poll(() => en(2)).not.toContain('FIRSTEDIT');
    // Redo brings the last edit back: the whole history came back, not only its past.
    await page.keyboard.press('Control+y');
    await page.keyboard.press('Control+y');
    await expect.poll(() => en(4)).toContain('SECONDEDIT');
    expect(pageErrors).toEqual([]);
  }, 90_000);
});
