import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, editEnglish, gridRow, openGlossaryWorkbench } from './harness';
import type { Harness } from './harness';

// Issue 11, "Done when": add a term from a selection — the Chinese selected in the source column and
// the rendering selected in the English editor; Add Term (Ctrl+Alt+T) opens the form prefilled with
// both, and Save writes the concept into the team file.
const describeE2e = chromiumAvailable() ? describe : describe.skip;
const TEAM = 'zh,en,ru,en_forbidden,ru_forbidden\n战略稳定,strategic stability,стратегическая стабильность,,\n';

describeE2e('glossary: add a term from the selection (web mode, Chromium)', () => {
  let h: Harness;
  let page: Page;
  beforeAll(async () => {
    ({ h, page } = await openGlossaryWorkbench({ glossary: { 'team.csv': TEAM } }));
  }, 120_000);
  afterAll(() => h?.close());

  /** The first row whose Chinese has `zh` and whose English has `en`. */
  async function rowWith(p: Page, zh: string, en: string): Promise<number> {
    for (let n = 0; n < 12; n++) {
      const row = gridRow(p, n);
      if ((await row.count()) === 0) continue;
      const [z, e] = [await row.locator('.cell[data-lang=zh]').innerText(), await row.locator('.cell[data-lang=en]').innerText()];
      if (z.includes(zh) && e.includes(en)) return n;
    }
    throw new Error(`no row with ${zh} / ${en}`);
  }

  it('the Chinese selected in the source and the rendering selected in the editor prefill the form; Save writes the team file', async () => {
    const n = await rowWith(page, '联合国', 'United Nations');
    const sentence = await gridRow(page, n).locator('.cell[data-lang=en] .sentence-text').first().innerText();
    await editEnglish(page, n);
    // Select "United Nations" in the editor with the keyboard.
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < sentence.indexOf('United Nations'); i++) await page.keyboard.press('ArrowRight');
    for (let i = 0; i < 'United Nations'.length; i++) await page.keyboard.press('Shift+ArrowRight');
    // Select 联合国 in the source cell with a mouse drag, as a translator does (the editor keeps its
    // own selection when the focus leaves it).
    const box = await gridRow(page, n).locator('.cell[data-lang=zh] .sentence-text').first().evaluate((cell) => {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf('联合国');
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 3);
        const r = range.getBoundingClientRect();
        return { x: r.left, y: r.top + r.height / 2, width: r.width };
      }
      throw new Error('联合国 not in one text node');
    });
    await page.mouse.move(box.x + 1, box.y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y, { steps: 4 });
    await page.mouse.move(box.x + box.width - 1, box.y, { steps: 4 });
    await page.mouse.up();
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('联合国');
    await page.keyboard.press('Control+Alt+T');
    const form = page.getByRole('form', { name: 'Add concept' });
    await form.waitFor({ timeout: 10_000 });
    expect(await form.locator('input[name=zh]').inputValue()).toBe('联合国');
    expect(await form.locator('input[name=en]').inputValue()).toBe('United Nations');
    await form.locator('input[name=ru]').fill('Организация Объединённых Наций');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => readFileSync(join(h.glossaryDir, 'team.csv'), 'utf8')).toContain('联合国,United Nations,Организация Объединённых Наций');
    const panel = page.getByRole('complementary', { name: 'Glossary' });
    await panel.getByLabel('Search the glossary').fill('Объединённых');
    await expect.poll(() => panel.locator('.g-concept').allInnerTexts()).toEqual([expect.stringContaining('联合国')]);
  }, 120_000);
});
