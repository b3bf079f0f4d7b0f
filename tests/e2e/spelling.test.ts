import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, chromiumAvailable, openApp, startHarness } from './harness';
import type { Harness } from './harness';

// Spelling in the app: the QA worker loads Hunspell (WebAssembly, allowed by the CSP's
// 'wasm-unsafe-eval') with the dictionaries from `spelling:dictionaries`; a misspelling typed into
// the sample shows in the Problems panel with its correction, and the sample itself raises none.
const describeE2e = chromiumAvailable() ? describe : describe.skip;
const SHOTS = process.env.DUIZHAO_SHOTS;

describeE2e('spelling in the workbench (web mode, Chromium)', () => {
  let h: Harness;
  let page: Page;
  let errors: string[] = [];
  const spelling = () => page.locator('[data-testid=problems-panel] [data-check="spelling.misspelling"]');

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    h = await startHarness();
    ({ page, errors } = await openApp(h, { width: 1440, height: 900 }));
    await page.getByTestId('row').first().waitFor({ timeout: 60_000 });
  }, 180_000);

  afterAll(async () => {
    await h?.close();
  });

  it('flags a word typed with a typo, with its correction, and nothing on the sample', async () => {
    // Give the worker time to load the dictionaries and re-check: the sample stays clean.
    await page.waitForTimeout(3000);
    expect(await spelling().allInnerTexts()).toEqual([]);
    const row = page.locator('[data-testid=row][data-row="2"]');
    await row.locator('.cell[data-lang=en] .sentence-text').first().click();
    await page.locator('[data-testid=editor-slot] .monaco-editor').waitFor();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' The goverment agrees.');
    await page.keyboard.press('Enter');
    await expect.poll(() => spelling().count(), { timeout: 20_000 }).toBe(1);
    expect(await spelling().first().innerText()).toContain('Unknown word “goverment”; did you mean “government”?');
    if (SHOTS) {
      for (const [w, hgt] of [[1440, 900], [1024, 700]] as const) {
        await page.setViewportSize({ width: w, height: hgt });
        await page.screenshot({ path: join(SHOTS, `spelling-${w}.png`) });
      }
    }
    expect(errors.filter((e) => /wasm|Content Security Policy|spelling/i.test(e))).toEqual([]);
  }, 90_000);
});
