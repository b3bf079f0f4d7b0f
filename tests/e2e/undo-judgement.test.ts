import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, chromiumAvailable, gridRow, openSampleWorkbench, toastAfter } from './harness';
import type { Harness } from './harness';

// A confidence score judges a text. After a source edit and a re-align that finds the same beads (the
// edited bead judged anew), Undo brings the old text back and must bring its own figure back with
// it; Redo the edited text's. Before: the undone row kept the edited text's 78 %.
const describeE2e = chromiumAvailable() ? describe : describe.skip;
// The re-align runs in main over the whole document: seconds here, many times that on a loaded machine.
const SLOW_MACHINE = 180_000;

describeE2e('undo after fresh confidence (web mode, Chromium)', () => {
  let h: Harness;
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    ({ h, page, errors } = await openSampleWorkbench({ width: 1024, height: 700 }));
  }, 180_000);
  afterAll(() => h?.close());

  it('undo and redo show the confidence of the text they bring back', async () => {
    const row = gridRow(page, 3);
    const confidence = () => row.locator('.confidence').innerText();
    const chinese = async () => (await row.locator('.cell[data-lang=zh]').innerText()).replace(/\s+/gu, '');
    await expect.poll(confidence).toBe('100%');
    const original = await chinese();
    // The source cut to its first half: the English now translates more than it (the same beads).
    const half = `${original.slice(0, Math.floor(original.length / 2))}。`;
    await row.locator('.cell[data-lang=zh] .sentence-text').first().click();
    await page.locator('[data-testid=editor-slot] .monaco-editor').waitFor();
    await page.keyboard.press('Control+a');
    await page.keyboard.type(half);
    await page.keyboard.press('Escape');
    await expect.poll(chinese).toBe(half);
    await page.getByTestId('grid-scroller').focus();
    expect(await toastAfter(page, () => page.keyboard.press('Alt+r'), /^Alignment unchanged/, 90_000)).toMatch(/; their confidence is updated$/);
    await expect.poll(confidence).toBe('78%');
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-undo-judgement-edited.png') });

    await page.getByTestId('grid-scroller').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(chinese).toBe(original);
    await expect.poll(confidence).toBe('100%');
    await page.keyboard.press('Control+y');
    await expect.poll(chinese).toBe(half);
    await expect.poll(confidence).toBe('78%');
    expect(errors).toEqual([]);
  }, SLOW_MACHINE);
});
