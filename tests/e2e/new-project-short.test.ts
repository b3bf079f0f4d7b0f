import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { ARTIFACTS, ROOT, chromiumAvailable, openSampleWorkbench } from './harness';
import type { Harness } from './harness';

// New project in a 1024×700 window: with three texts chosen and a slot warning, the warning's
// Swap and "Create and align" are on screen (they were 90 px below the dialog's scroll box).
const describeE2e = chromiumAvailable() ? describe : describe.skip;

const sample = (lang: string) => readFileSync(join(ROOT, 'samples', `strategic-stability-2025-05-08.${lang}.txt`), 'utf8');

/** Whether the middle of the element is what the page shows there (on screen, not scrolled off or covered). */
async function inSight(page: Page, element: Locator): Promise<boolean> {
  const box = await element.boundingBox();
  if (!box) return false;
  return element.evaluate((el, { x, y }) => el.contains(document.elementFromPoint(x, y)), { x: box.x + box.width / 2, y: box.y + box.height / 2 });
}

describeE2e('New project in a short window (web mode, Chromium, 1024×700)', () => {
  let h: Harness;
  let page: Page;

  beforeAll(async () => {
    ({ h, page } = await openSampleWorkbench({ width: 1024, height: 700 }));
  }, 180_000);
  afterAll(async () => {
    await h?.close();
  });

  it('keeps the slot warning, its Swap and Create and align in sight', async () => {
    await page.keyboard.press('Control+Alt+n');
    const dialog = page.locator('form.new-project');
    await dialog.waitFor();
    const text = (name: string, body: string) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(body) });
    await page.getByTestId('new-zh-file').setInputFiles(text('s.zh.txt', sample('zh')));
    await page.getByTestId('new-en-file').setInputFiles(text('s.ru.txt', sample('ru')));
    await page.getByTestId('new-ru-file').setInputFiles(text('s.en.txt', sample('en')));
    const swap = page.getByTestId('lang-problem').getByRole('button', { name: 'Swap English and Russian' });
    await swap.waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-new-project-1024x700.png') });
    expect(await inSight(page, swap)).toBe(true);
    expect(await inSight(page, dialog.getByRole('button', { name: 'Create and align' }))).toBe(true);
    expect(await inSight(page, page.getByTestId('new-ru'))).toBe(true);
    await swap.click();
    await expect.poll(() => page.getByTestId('lang-problem').count()).toBe(0);
    expect(await inSight(page, dialog.getByRole('button', { name: 'Create and align' }))).toBe(true);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });
});
