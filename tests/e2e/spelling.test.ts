import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, chromiumAvailable, findingsSettled, openApp, ROOT, startHarness } from './harness';
import type { Harness } from './harness';

// Spelling in the app: the QA worker loads Hunspell (WebAssembly, allowed by the CSP's
// 'wasm-unsafe-eval') with the dictionaries from `spelling:dictionaries`. The sentence being edited
// is checked live: unknown words get a violet squiggle, Ctrl+. offers corrections, "Add to
// dictionary" (the team file, seen by a second window) and "Ignore in this project". After the
// whole-project run the Problems panel lists the word too; the sample itself raises nothing.
const describeE2e = chromiumAvailable() ? describe : describe.skip;
const SHOTS = process.env.DUIZHAO_SHOTS;
const VIOLET = 'rgb(124, 58, 237)';

describeE2e('spelling in the workbench (web mode, Chromium)', () => {
  let h: Harness;
  let page: Page;
  let errors: string[] = [];
  let glossaryDir: string;
  const spellingProblems = (p: Page) => p.locator('[data-testid=problems-panel] [data-check="spelling.misspelling"]');
  const squiggles = (p: Page) => p.locator('[data-testid=editor-slot] .squiggly-inline-deprecated');
  const fixes = (p: Page) => p.locator('.action-widget .monaco-list-row.action');

  async function editRow(p: Page, row: number): Promise<void> {
    await p.locator(`[data-testid=row][data-row="${row}"] .cell[data-lang=en] .sentence-text`).first().click();
    await p.locator('[data-testid=editor-slot] .monaco-editor').waitFor();
    await p.keyboard.press('Control+End');
  }

  /** Opens the quick-fix menu with the cursor inside the last word typed (`back` characters from the end). */
  async function quickFix(p: Page, back: number): Promise<void> {
    await p.keyboard.press('Control+End');
    for (let i = 0; i < back; i++) await p.keyboard.press('ArrowLeft');
    await squiggles(p).last().scrollIntoViewIfNeeded();
    await p.keyboard.press('Control+.');
    await fixes(p).first().waitFor({ timeout: 10_000 });
  }

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    // "Add to dictionary" writes the team file: into a copy of the glossary folder, not the repository's.
    glossaryDir = mkdtempSync(join(tmpdir(), 'duizhao-spelling-glossary-'));
    cpSync(join(ROOT, 'glossary'), glossaryDir, { recursive: true });
    h = await startHarness({ glossaryDir });
    ({ page, errors } = await openApp(h, { width: 1440, height: 900 }));
    await page.getByTestId('row').first().waitFor({ timeout: 60_000 });
  }, 180_000);

  afterAll(async () => {
    await h?.close();
    if (glossaryDir) rmSync(glossaryDir, { recursive: true, force: true });
  });

  it('underlines a typo in violet as it is typed, corrects it from Ctrl+. in one undo step; the Problems panel lists it', async () => {
    // Once the worker has loaded the dictionaries and re-checked ("checking…" gone), the sample is clean.
    await findingsSettled(page);
    expect(await spellingProblems(page).allInnerTexts()).toEqual([]);
    await editRow(page, 2);
    await page.keyboard.type(' The goverment agrees.');
    await expect.poll(() => squiggles(page).allInnerTexts(), { timeout: 20_000 }).toEqual(['goverment']);
    expect(await squiggles(page).first().evaluate((el) => getComputedStyle(el).textDecorationColor)).toBe(VIOLET);
    // The whole-project run that follows lists it in the Problems panel, with its correction.
    await expect.poll(() => spellingProblems(page).count(), { timeout: 20_000 }).toBe(1);
    expect(await spellingProblems(page).first().innerText()).toContain('Unknown word “goverment”; did you mean “government”?');

    await quickFix(page, ' agrees.'.length + 2);
    const titles = await fixes(page).allInnerTexts();
    expect(titles[0]).toContain('Change to “government”');
    expect(titles.some((t) => t.includes('Add “goverment” to the team dictionary'))).toBe(true);
    expect(titles.some((t) => t.includes('Ignore “goverment” in this project'))).toBe(true);
    if (SHOTS) {
      await page.screenshot({ path: join(SHOTS, 'spelling-quickfix-1440.png') });
      await page.keyboard.press('Escape');
      await page.setViewportSize({ width: 1024, height: 700 });
      await quickFix(page, ' agrees.'.length + 2);
      await page.screenshot({ path: join(SHOTS, 'spelling-quickfix-1024.png') });
    }
    await fixes(page).first().click();
    // Monaco draws spaces as no-break spaces.
    await expect.poll(async () => (await page.locator('[data-testid=editor-slot] .view-lines').innerText()).replace(/\u00a0/g, ' ')).toContain('The government agrees.');
    await expect.poll(() => squiggles(page).count(), { timeout: 10_000 }).toBe(0);
    // The correction is its own undo step, not merged into the typing before it.
    expect(await page.locator('[data-command="edit.undo"]').getAttribute('title')).toBe('Undo correct the spelling (Ctrl+Z)');
    await expect.poll(() => spellingProblems(page).count(), { timeout: 20_000 }).toBe(0);
    await page.setViewportSize({ width: 1440, height: 900 });
    expect(errors.filter((e) => /wasm|Content Security Policy|spelling/i.test(e))).toEqual([]);
  }, 120_000);

  it('"Add to dictionary" writes the team file; a second window stops flagging the word too', async () => {
    const second = await openApp(h, { width: 1440, height: 900 });
    const other = second.page;
    await other.getByTestId('row').first().waitFor({ timeout: 60_000 });
    await editRow(other, 3);
    await other.keyboard.type(' Gorbunkel said.');
    await expect.poll(() => squiggles(other).allInnerTexts(), { timeout: 20_000 }).toEqual(['Gorbunkel']);

    await editRow(page, 3);
    await page.keyboard.type(' Gorbunkel said.');
    await expect.poll(() => squiggles(page).allInnerTexts(), { timeout: 20_000 }).toEqual(['Gorbunkel']);
    await quickFix(page, ' said.'.length + 2);
    await fixes(page).filter({ hasText: 'Add “Gorbunkel” to the team dictionary' }).click();
    await expect.poll(() => squiggles(page).count(), { timeout: 10_000 }).toBe(0);
    const file = readFileSync(join(glossaryDir, 'team-dictionary.txt'), 'utf8');
    expect(file.split('\n')).toContain('Gorbunkel');
    // The other window reads the team file again within seconds and re-checks its open sentence.
    await expect.poll(() => squiggles(other).count(), { timeout: 20_000 }).toBe(0);
    await other.close();
  }, 120_000);

  it('"Ignore in this project" stops flagging the word in every sentence of the project', async () => {
    await editRow(page, 4);
    await page.keyboard.type(' Dongzhimenxo wrote.');
    await expect.poll(() => squiggles(page).allInnerTexts(), { timeout: 20_000 }).toEqual(['Dongzhimenxo']);
    await quickFix(page, ' wrote.'.length + 2);
    await fixes(page).filter({ hasText: 'Ignore “Dongzhimenxo” in this project' }).click();
    await expect.poll(() => squiggles(page).count(), { timeout: 10_000 }).toBe(0);
    expect(await page.locator('[data-command="edit.undo"]').getAttribute('title')).toBe('Undo ignore a word (Ctrl+Z)');
    // Another sentence: the ignored word (inflected too: the list matches by stem) is not flagged.
    await editRow(page, 5);
    await page.keyboard.type(' Dongzhimenxo wrote about goverments.');
    await expect.poll(() => squiggles(page).allInnerTexts(), { timeout: 20_000 }).toEqual(['goverments']);
    // The team file was not touched by ignoring.
    expect(readFileSync(join(glossaryDir, 'team-dictionary.txt'), 'utf8')).not.toContain('Dongzhimenxo');
  }, 120_000);

  it("a teammate's word written into team-dictionary.txt on disk reaches the open editor through the folder watcher", async () => {
    await editRow(page, 6);
    await page.keyboard.type(' Zorblatix spoke.');
    await expect.poll(() => squiggles(page).allInnerTexts(), { timeout: 20_000 }).toEqual(['Zorblatix']);
    // Another writer (a sync client, a teammate's CLI): no click, no focus change in this window.
    const file = join(glossaryDir, 'team-dictionary.txt');
    writeFileSync(file, `${readFileSync(file, 'utf8')}Zorblatix\n`);
    await expect.poll(() => squiggles(page).count(), { timeout: 20_000 }).toBe(0);
  }, 120_000);
});
