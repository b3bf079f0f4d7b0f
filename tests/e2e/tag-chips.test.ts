import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumAvailable, editEnglish, openSampleWorkbench } from './harness';
import type { Harness } from './harness';

// Inline-code tokens (⟦1⟧) in the sentence editor: drawn as chips, kept whole (Backspace removes
// the whole chip, a cut through one is undone), and checked by tags.missing.
const describeE2e = chromiumAvailable() ? describe : describe.skip;
const SHOTS = process.env.DUIZHAO_SHOTS;

describeE2e('tag chips in the sentence editor (web mode, Chromium)', () => {
  let h: Harness;
  let page: Page;
  let errors: string[] = [];
  const editorText = () => page.locator('[data-testid=editor-slot] .view-lines').innerText();
  const chips = () => page.locator('[data-testid=editor-slot] .tag-chip');

  beforeAll(async () => {
    ({ h, page, errors } = await openSampleWorkbench({ width: 1440, height: 900 }));
  }, 180_000);

  afterAll(async () => {
    await h?.close();
  });

  it('shows a token as a chip, deletes it whole with Backspace, and never leaves half a token', async () => {
    const row = await editEnglish(page, 2);
    await page.keyboard.press('Control+End');
    // Tokens come from files or paste, in one piece (typed character by character they would be half tokens).
    await page.keyboard.insertText(' ⟦1⟧see⟦/1⟧');
    await expect.poll(() => chips().count()).toBe(2);
    if (SHOTS) {
      for (const [w, hgt] of [[1440, 900], [1024, 700]] as const) {
        await page.setViewportSize({ width: w, height: hgt });
        await page.locator('.row-active').screenshot({ path: join(SHOTS, `tag-chips-${w}.png`) });
      }
      await page.setViewportSize({ width: 1440, height: 900 });
    }
    // Backspace right after ⟦/1⟧ removes all three characters at once.
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    await expect.poll(editorText).toMatch(/⟦1⟧see$/);
    expect(await chips().count()).toBe(1);
    // A selection cutting through the remaining chip, then typing: undone, the chip stays whole.
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.type('x');
    await expect.poll(editorText).toMatch(/⟦1⟧/);
    expect((await editorText()).match(/[⟦⟧]/g)?.length).toBe(2);
    // Leaving the sentence: the plain cell draws the token as a chip too.
    await page.keyboard.press('Enter');
    await expect.poll(() => row.locator('.cell[data-lang=en] .sentence-text .tag-chip').count()).toBe(1);
    if (SHOTS) await row.screenshot({ path: join(SHOTS, 'tag-chips-cell-1440.png') });
    expect(errors).toEqual([]);
  });
});
