import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumAvailable, editEnglish, gridRow, openSampleWorkbench } from './harness';
import type { Harness } from './harness';

// What a translator met at work on the sample (round 13, ux5): Go to paragraph put the next
// keystrokes into the Chinese source.
const describeE2e = chromiumAvailable() ? describe : describe.skip;

describeE2e('a translator’s working day (Chromium, web mode)', () => {
  let h: Harness;
  let page: Page;
  let errors: string[] = [];
  const status = () => page.getByTestId('status-bar').innerText();
  // The script of the open sentence: which column's text the editor holds.
  const editorScript = async () => {
    const text = await page.locator('[data-testid=editor-slot] .view-lines').innerText();
    return /[\u4e00-\u9fff]/.test(text) ? 'zh' : /[а-яё]/i.test(text) ? 'ru' : /[a-z]/i.test(text) ? 'en' : 'none';
  };
  const focusInEditor = () => page.evaluate(() => document.activeElement?.closest('[data-testid=editor-slot]') !== null);

  beforeAll(async () => {
    ({ h, page, errors } = await openSampleWorkbench({ width: 1440, height: 900 }));
  }, 120_000);

  afterAll(async () => {
    await h?.close();
  });

  const gotoParagraph = async (n: number) => {
    await page.keyboard.press('Control+g');
    await page.getByRole('dialog').locator('input').fill(String(n));
    await page.keyboard.press('Enter');
  };

  it('Go to paragraph stays in the column the translator works in: English, then Russian', async () => {
    await editEnglish(page, 2);
    await page.keyboard.press('Escape'); // the grid, row 3's English still current
    await gotoParagraph(12);
    await expect.poll(status).toMatch(/row \d+ · ¶ 12 · en/);
    await expect.poll(focusInEditor).toBe(true);
    await expect.poll(editorScript).toBe('en');
    await gotoParagraph(3); // row 3, back on screen
    await gridRow(page, 2).locator('.cell[data-lang=ru] .sentence-text').first().click();
    await expect.poll(status).toMatch(/ · ru/);
    await page.keyboard.press('Escape');
    await gotoParagraph(6);
    await expect.poll(status).toMatch(/row \d+ · ¶ 6 · ru/);
    await expect.poll(editorScript).toBe('ru');
    expect(errors).toEqual([]);
  });
});
