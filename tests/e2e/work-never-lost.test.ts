import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createSampleProject, serializeProject } from '../../core/project';
import { projectEngine } from '../../services/engine';
import { ARTIFACTS, ROOT, chromiumAvailable, editEnglish, gridRow, openApp, openSampleWorkbench } from './harness';
import type { Harness } from './harness';

// A translator's work is never lost (issue 10): "Save changes?" before a project with unsaved edits
// is replaced, the browser's leave-page question in web mode, re-align that keeps confirmed beads and
// asks first, and a non-Chinese source refused in New project unless overridden.
const describeE2e = chromiumAvailable() ? describe : describe.skip;
const MARK = 'KEEPTHISEDIT';
const sample = (lang: string) => readFileSync(join(ROOT, 'samples', `strategic-stability-2025-05-08.${lang}.txt`), 'utf8');

describeE2e('work is never lost (web mode, Chromium)', () => {
  let h: Harness;
  let page: Page;
  let pageErrors: string[] = [];
  const saveState = () => page.getByTestId('save-state').innerText();
  const row = (n: number) => gridRow(page, n);

  async function editRow(n: number, text: string): Promise<void> {
    await page.locator('.grid-scroller').evaluate((el) => (el.scrollTop = 0));
    await editEnglish(page, n);
    await page.keyboard.press('Control+End');
    await page.keyboard.type(text);
    await expect.poll(saveState).toContain('unsaved');
  }

  async function openSampleFromMenu(): Promise<void> {
    await page.locator('[data-command="file.open"]').click();
    await page.getByRole('menuitem', { name: 'Strategic stability statement' }).click();
  }

  beforeAll(async () => {
    ({ h, page, errors: pageErrors } = await openSampleWorkbench({ width: 1440, height: 900 }));
  }, 180_000);

  afterAll(async () => {
    await h?.close();
  });

  it('asks "Save changes?" before the sample replaces an edited project: Cancel keeps the work, Discard replaces it', async () => {
    await editRow(3, ` ${MARK}`);
    await openSampleFromMenu();
    const dialog = page.getByTestId('save-changes');
    await dialog.waitFor();
    expect(await dialog.innerText()).toMatch(/Save changes to .*open the sample project/s);
    await dialog.screenshot({ path: join(ARTIFACTS, 'e2e-save-changes.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await saveState()).toContain('unsaved');
    expect(await row(3).locator('.cell[data-lang=en]').innerText()).toContain(MARK);

    await openSampleFromMenu();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await row(3).locator('.cell[data-lang=en]').innerText()).toContain(MARK);

    await openSampleFromMenu();
    await dialog.getByRole('button', { name: 'Discard' }).click();
    await expect.poll(saveState).not.toContain('unsaved');
    expect(await row(3).locator('.cell[data-lang=en]').innerText()).not.toContain(MARK);
  });

  it('Save in the question saves, then replaces', async () => {
    await editRow(2, ` ${MARK}`);
    await openSampleFromMenu();
    await page.getByTestId('save-changes').getByRole('button', { name: 'Save' }).click();
    await expect.poll(saveState).not.toContain('unsaved');
    expect(await row(2).locator('.cell[data-lang=en]').innerText()).not.toContain(MARK);
    // The saved project is in the workspace, with the edit.
    await page.locator('[data-command="file.open"]').click();
    const saved = page.getByRole('menuitem').filter({ hasText: '.duizhao.json' }).first();
    await saved.click();
    await expect.poll(() => row(2).locator('.cell[data-lang=en]').innerText()).toContain(MARK);
  });

  it('re-align keeps a confirmed bead, says what changes and asks; one undo reverts it', async () => {
    await row(5).locator('.cell[data-lang=en] .sentence-text').first().click();
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => row(5).locator('.cell[data-lang=en].cell-confirmed').count()).toBe(1);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Alt+r');
    // The question is the app's own modal (panels/confirm.tsx), not the browser's confirm.
    const ask = page.getByRole('alertdialog', { name: 'Re-align the document?' });
    await ask.waitFor();
    const question = await ask.innerText();
    expect(question).toMatch(/zh→en: .*1 confirmed.* stay as they are/);
    expect(question).toMatch(/Undo reverts it in one step/);
    await ask.getByRole('button', { name: 'Re-align' }).click();
    await expect.poll(() => page.getByTestId('toast').allInnerTexts()).toContainEqual(expect.stringMatching(/^Re-aligned/));
    expect(await row(5).locator('.cell[data-lang=en].cell-confirmed').count()).toBe(1);
    // One undo step: the step on top is the re-align, the one below it the confirmation.
    const undo = page.locator('[data-command="edit.undo"]');
    expect(await undo.getAttribute('title')).toBe('Undo re-align (Ctrl+Z)');
    await undo.click();
    expect(await undo.getAttribute('title')).toBe('Undo confirm (Ctrl+Z)');
    // Declining changes nothing.
    await page.keyboard.press('Alt+r');
    await ask.waitFor();
    await ask.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.getByTestId('toast').allInnerTexts()).toContainEqual('Re-align cancelled: nothing changed');
  });

  it('English and Russian text use a Latin font first: curly quotes are narrow there, full width only in Chinese', async () => {
    const quoteWidth = (lang: string) =>
      page.evaluate((l) => {
        const cell = document.querySelector(`.cell[data-lang=${l}]`)!;
        const span = document.createElement('span');
        span.textContent = '“';
        cell.appendChild(span);
        const width = span.getBoundingClientRect().width / parseFloat(getComputedStyle(span).fontSize);
        span.remove();
        return width;
      }, lang);
    expect(await quoteWidth('en')).toBeLessThan(0.6);
    expect(await quoteWidth('ru')).toBeLessThan(0.6);
    expect(await quoteWidth('zh')).toBeGreaterThan(0.9);
  });

  it('New project names an English "Chinese source" with a clear message and refuses it, unless overridden', async () => {
    await page.keyboard.press('Control+Alt+n');
    const form = page.locator('form.new-project');
    await form.waitFor();
    await page.getByTestId('new-zh').fill('The Parties state as follows. They reaffirm strategic stability.');
    await page.getByTestId('new-en').fill('Стороны заявляют следующее. Они подтверждают стратегическую стабильность.');
    await form.getByRole('button', { name: 'Create and align' }).click();
    await expect.poll(() => page.getByTestId('lang-problem').innerText()).toMatch(/^The Chinese source looks English, not Chinese/);
    await page.getByTestId('new-en').fill('中华人民共和国和俄罗斯联邦声明如下。');
    await expect.poll(() => page.getByTestId('lang-problem').innerText()).toMatch(/^The Chinese source looks English and the text pasted as English looks Chinese: the Chinese text belongs in the source\. Swap source and English/);
    expect(await form.getByRole('button', { name: 'Create anyway' }).count()).toBe(1);
    await form.getByRole('button', { name: 'Cancel' }).click();
  });

  it('web mode: Open file… opens a project file or an aligned TMX from the computer; Import TMX/XLIFF… is in Open ▾', async () => {
    const project = createSampleProject({ name: 'Uploaded statement', zh: sample('zh'), en: sample('en') }, projectEngine);
    // Unsaved work first: opening asks; Discard.
    await editRow(4, ` ${MARK}`);
    await page.keyboard.press('Escape');
    await page.locator('[data-command="file.open"]').click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('menuitem', { name: 'Open file…' }).click();
    await (await chooser).setFiles({ name: 'uploaded.duizhao.json', mimeType: 'application/json', buffer: Buffer.from(serializeProject(project)) });
    await page.getByTestId('save-changes').getByRole('button', { name: 'Discard' }).click();
    await expect.poll(() => page.getByTestId('project-name').innerText()).toBe('Uploaded statement');
    expect(await saveState()).toContain('unsaved');
    expect(await row(0).locator('.cell[data-lang=en]').innerText()).toMatch(/Strategic Stability/i);

    const tmx = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="zh-CN" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/><body>
<tu><tuv xml:lang="zh-CN"><seg>双方重申维护全球战略稳定。</seg></tuv><tuv xml:lang="en"><seg>The two sides reaffirm global strategic stability.</seg></tuv></tu>
<tu><tuv xml:lang="zh-CN"><seg>双方反对冷战思维。</seg></tuv><tuv xml:lang="en"><seg>They oppose a Cold War mentality.</seg></tuv></tu>
</body></tmx>`;
    await page.locator('[data-command="file.open"]').click();
    const chooser2 = page.waitForEvent('filechooser');
    await page.getByRole('menuitem', { name: 'Import TMX/XLIFF…' }).click();
    await (await chooser2).setFiles({ name: 'pairs.tmx', mimeType: 'application/xml', buffer: Buffer.from(tmx) });
    await page.getByTestId('save-changes').getByRole('button', { name: 'Discard' }).click();
    await expect.poll(() => page.getByTestId('row-count').innerText()).toBe('2 rows');
    expect(await row(1).locator('.cell[data-lang=en]').innerText()).toContain('Cold War mentality');
    // Back to the sample for the next steps (an imported file is not unsaved work: no question).
    await openSampleFromMenu();
    await expect.poll(() => page.getByTestId('project-name').innerText()).toMatch(/Joint statement/);
    expect(await page.getByTestId('save-changes').count()).toBe(0);
  });

  it('Find and replace in the translations: all in one undo step, regex groups, match case, one at a time', async () => {
    // The grid follows the current match (virtualised rows leave the DOM): back to the top first.
    const enOf = async (n: number) => {
      await page.locator('.grid-scroller').evaluate((el) => (el.scrollTop = 0));
      return row(n).locator('.cell[data-lang=en]').innerText({ timeout: 2000 });
    };
    page.setDefaultTimeout(8000);
    await page.locator('.grid-scroller').evaluate((el) => (el.scrollTop = 0));
    const zhBefore = await row(1).locator('.cell[data-lang=zh]').innerText();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+f');
    await page.getByTestId('search-input').fill('the two sides');
    const count = Number((await page.getByTestId('search-count').innerText()).split('/')[1]);
    expect(count).toBeGreaterThan(5);
    await page.getByTestId('replace-input').fill('both parties');
    await page.getByTestId('replace-all').click();
    await expect.poll(() => page.getByTestId('toast').allInnerTexts()).toContainEqual(`Replaced ${count} matches in EN and RU (one undo step)`);
    expect(await enOf(1)).toContain('both parties');
    expect(await enOf(1)).not.toMatch(/the two sides/i);
    expect(await row(1).locator('.cell[data-lang=zh]').innerText()).toBe(zhBefore);
    const undo = page.locator('[data-command="edit.undo"]');
    expect(await undo.getAttribute('title')).toBe('Undo replace all (Ctrl+Z)');
    await undo.click();
    await expect.poll(() => enOf(1)).toMatch(/the two sides/);

    // Regex with a group; match case; one replacement at the current match.
    await page.getByTestId('search-regex').click();
    await page.getByTestId('search-input').fill('(\\d+)th anniversary');
    await page.getByTestId('replace-input').fill('$1-year anniversary');
    await page.getByTestId('replace-one').click();
    await expect.poll(() => enOf(1)).toContain('80-year anniversary');
    await page.getByTestId('search-input').fill('(unclosed');
    expect(await page.locator('.search-problem').innerText()).toMatch(/not a valid regular expression/);
    await page.getByTestId('search-regex').click();
    await page.getByTestId('search-case').click();
    await page.getByTestId('search-input').fill('THE TWO SIDES');
    expect(await page.getByTestId('search-count').innerText()).toBe('0 / 0');
    await page.keyboard.press('Escape');
    await undo.click();
    await page.locator('.grid-scroller').evaluate((el) => (el.scrollTop = 0));
    await expect.poll(() => enOf(1)).toContain('80th anniversary');
  });

  it('web mode: leaving the page with unsaved edits asks the browser first (beforeunload), not after a save', async () => {
    // Chromium shows its "Leave site?" only for a beforeunload that is cancelled: that is what is checked.
    const leaveAsks = () => page.evaluate(() => {
      const e = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(e);
      return e.defaultPrevented;
    });
    await editRow(1, ` ${MARK}`);
    expect(await leaveAsks()).toBe(true);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+s');
    await expect.poll(saveState).toBe('saved');
    expect(await leaveAsks()).toBe(false);
    expect(pageErrors).toEqual([]);
  });

  it("a second tab is not offered the first tab's live work as a recovery", async () => {
    await editRow(2, ` ${MARK}`);
    await expect.poll(() => page.getByTestId('status-bar').innerText(), { timeout: 15_000 }).toMatch(/recovery copy/);
    const second = await openApp(h, { width: 1440, height: 900 });
    await second.page.getByTestId('row').first().waitFor({ timeout: 60_000 });
    expect(await second.page.locator('.banner').count()).toBe(0);
    await second.page.close();
  });
});
