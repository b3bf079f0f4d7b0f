import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, chromiumAvailable, openSampleWorkbench } from './harness';
import type { Harness } from './harness';
import { misalignedSample } from './misaligned-sample';

// Re-align says what it would do before doing it: when the aligner finds the very beads there are,
// "Alignment unchanged" in a toast, no question and no undo step; when it changes something, the
// question names the rows that change. Screenshots at 1024×700 and 1440×900.
const describeE2e = chromiumAvailable() ? describe : describe.skip;

describeE2e('re-align feedback (web mode, Chromium)', () => {
  let h: Harness;
  let page: Page;
  let errors: string[];
  const toasts = () => page.getByTestId('toast').allInnerTexts();
  const undoTitle = () => page.locator('[data-command="edit.undo"]').getAttribute('title');

  beforeAll(async () => {
    ({ h, page, errors } = await openSampleWorkbench({ width: 1024, height: 700 }));
  }, 180_000);
  afterAll(() => h?.close());

  it('re-aligning the freshly aligned sample asks nothing and leaves no undo step', async () => {
    const undoBefore = await undoTitle();
    await page.getByTestId('grid-scroller').focus();
    await page.keyboard.press('Alt+r');
    await expect.poll(toasts, { timeout: 30_000 }).toContainEqual(expect.stringMatching(/^Alignment unchanged: the aligner finds the same \d+ zh→en and \d+ zh→ru beads$/));
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-realign-unchanged-1024.png') });
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    expect(await undoTitle()).toBe(undoBefore);
    expect(await page.locator('[data-command="edit.undo"]').isDisabled()).toBe(true);
  });

  it('when the beads differ, the question names the rows that change; Re-align applies it as one step', async () => {
    // The sample with two automatic English beads joined, as an older aligner might have left them.
    const misaligned = misalignedSample();
    for (const [file, text] of Object.entries(misaligned.files)) writeFileSync(join(h.workspace, file), text);
    const { row, rows } = misaligned;
    await page.locator('[data-command="file.open"]').click();
    await page.getByRole('menuitem', { name: misaligned.name }).click();
    await expect.poll(() => page.getByTestId('project-name').innerText()).toBe(misaligned.name);
    await expect.poll(() => page.locator(`[data-testid=row][data-row="${row}"] .confidence`).innerText()).toBe('40%');

    await page.getByTestId('grid-scroller').focus();
    await page.keyboard.press('Alt+r');
    const dialog = page.getByRole('alertdialog', { name: 'Re-align the document?' });
    await dialog.waitFor({ timeout: 30_000 });
    const text = await dialog.innerText();
    expect(text).toContain(`Row ${row + 1} changes (1 of ${rows} rows).`);
    expect(text).toMatch(/zh→en: 1 bead replaced by 2/);
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-realign-rows-1024.png') });
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-realign-rows-1440.png') });
    await dialog.getByRole('button', { name: 'Re-align' }).click();
    await expect.poll(toasts).toContainEqual('Re-aligned zh→en: 1 row changed');
    expect(await undoTitle()).toBe('Undo re-align (Ctrl+Z)');
    expect(await page.getByTestId('row').count()).toBeGreaterThan(0);
    expect(await page.locator(`[data-testid=row][data-row="${row}"] .confidence`).innerText()).not.toBe('40%');
    // Again: now nothing would change.
    const unchanged = async () => (await toasts()).filter((t) => t.startsWith('Alignment unchanged')).length;
    const before = await unchanged();
    await page.getByTestId('grid-scroller').focus();
    await page.keyboard.press('Alt+r');
    await expect.poll(unchanged, { timeout: 30_000 }).toBe(before + 1);
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-realign-unchanged-1440.png') });
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    expect(await undoTitle()).toBe('Undo re-align (Ctrl+Z)');
    expect(errors).toEqual([]);
  });
});
