import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, ROOT, chromiumAvailable, openSampleWorkbench } from './harness';
import type { Harness } from './harness';

// names.spelling in the app: the QA worker fetches pinyin-pro (the characters' readings) as a chunk
// of its own, under the page's CSP, and reports a Chinese name typed a letter off its source
// characters. The worker's own bundle does not carry pinyin-pro.
const describeE2e = chromiumAvailable() ? describe : describe.skip;

describeE2e('a misspelt Chinese name (web mode, Chromium, 1024×700)', () => {
  let h: Harness;
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    ({ h, page, errors } = await openSampleWorkbench({ width: 1024, height: 700 }));
  }, 180_000);
  afterAll(() => h?.close());

  it('the QA worker bundle leaves pinyin-pro to a chunk of its own', () => {
    const assets = join(ROOT, 'out', 'renderer', 'assets');
    const files = readdirSync(assets);
    const worker = files.find((f) => /^qa-worker-.*\.js$/.test(f));
    const chunk = files.find((f) => /^pinyin-pro-.*\.js$/.test(f));
    expect(worker && chunk).toBeTruthy();
    const workerCode = readFileSync(join(assets, worker!), 'utf8');
    // The worker names the chunk (its dynamic import) and holds none of pinyin-pro's dictionary.
    expect(workerCode).toContain(chunk);
    const chunkCode = readFileSync(join(assets, chunk!), 'utf8');
    expect(chunkCode).toContain('Surname');
    expect(workerCode).not.toContain('Surname');
  });

  it('"Xi Jingping" for 习近平 is reported, with the Pinyin spelling', async () => {
    await page.locator('[data-command="file.open"]').click();
    await page.getByRole('menuitem', { name: 'Joint statement', exact: true }).click();
    await expect.poll(() => page.getByTestId('project-name').innerText()).toMatch(/comprehensive strategic partnership/);
    const sentence = page.locator('.cell[data-lang=en] .sentence-text', { hasText: 'Xi Jinping' }).first();
    const text = await sentence.innerText();
    await sentence.click();
    await page.locator('[data-testid=editor-slot] .monaco-editor').waitFor();
    await page.keyboard.press('Control+a');
    await page.keyboard.insertText(text.replace('Xi Jinping', 'Xi Jingping'));
    const panel = page.getByTestId('problems-panel');
    const finding = panel.locator('[data-check="names.spelling"]');
    // The check is silent without the readings: the finding says the chunk loaded in the worker under the CSP.
    await expect.poll(() => finding.count(), { timeout: 30_000 }).toBe(1);
    expect(await finding.innerText()).toContain('“Xi Jingping”: 习近平 is Xi Jinping in Pinyin.');
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-names-spelling-1024.png') });
    expect(errors).toEqual([]);
  }, 120_000);
});
