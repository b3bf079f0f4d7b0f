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

  it('"Xi Jingping" for 习近平 is reported as it is typed, before the whole-project run, and gone when mended', async () => {
    await page.locator('[data-command="file.open"]').click();
    await page.getByRole('menuitem', { name: 'Joint statement', exact: true }).click();
    await expect.poll(() => page.getByTestId('project-name').innerText()).toMatch(/comprehensive strategic partnership/);
    const panel = page.getByTestId('problems-panel');
    // The dictionaries are in (the live names check runs with the speller, as the whole-project run does).
    await expect.poll(() => panel.getByText('checking…').count(), { timeout: 60_000 }).toBe(0);
    const sentence = page.locator('.cell[data-lang=en] .sentence-text', { hasText: 'Xi Jinping' }).first();
    const text = await sentence.innerText();
    await sentence.click();
    await page.locator('[data-testid=editor-slot] .monaco-editor').waitFor();
    const finding = panel.locator('[data-check="names.spelling"]');
    expect(await finding.count()).toBe(0);
    /**
     * Types `next` as the sentence, then goes on typing (a letter and Backspace every 300 ms, so the
     * whole-project run, 1.5 s after typing pauses, never comes) until `done` holds; false if it never does.
     */
    const typeAndKeepTyping = async (next: string, done: () => Promise<boolean>): Promise<boolean> => {
      await page.keyboard.press('Control+a');
      await page.keyboard.insertText(next);
      for (let i = 0; i < 16; i++) {
        if (i % 2 === 0) await page.keyboard.type('x');
        else await page.keyboard.press('Backspace');
        await page.waitForTimeout(300);
        // Still typing: the whole-project run has not come ("checking…" since the first key).
        if (await done()) return (await panel.getByText('checking…').count()) === 1;
      }
      return false;
    };
    const misspelt = text.replace('Xi Jinping', 'Xi Jingping');
    expect(await typeAndKeepTyping(misspelt, async () => (await finding.count()) === 1)).toBe(true);
    expect(await finding.innerText()).toContain('“Xi Jingping”: 习近平 is Xi Jinping in Pinyin.');
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-names-spelling-live-1024.png') });
    // The whole-project run, when typing pauses, agrees.
    await expect.poll(() => panel.getByText('checking…').count(), { timeout: 30_000 }).toBe(0);
    expect(await finding.count()).toBe(1);
    // Mended: gone as it is typed.
    expect(await typeAndKeepTyping(text, async () => (await finding.count()) === 0)).toBe(true);
    expect(errors).toEqual([]);
  }, 120_000);
});
