import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, chromiumAvailable, editEnglish, findingsSettled, openSampleWorkbench } from './harness';
import type { Harness } from './harness';

// More of what a translator met in a first hour (decision 0005, round 12): the second built-in
// sample (the joint statement) could not be opened from the app; Esc did not leave the sentence editor.
// Round 13: a screen reader heard "The editor is not accessible at this time" in the sentence editor,
// and the Problems panel's findings were no Tab stops.
const describeE2e = chromiumAvailable() ? describe : describe.skip;

describeE2e('a translator’s first hour, continued (Chromium, web mode)', () => {
  let h: Harness;
  let page: Page;
  let errors: string[] = [];

  beforeAll(async () => {
    ({ h, page, errors } = await openSampleWorkbench({ width: 1440, height: 900 }));
  }, 120_000);

  afterAll(async () => {
    await h?.close();
  });

  it('Open ▾ offers both built-in samples; the joint statement opens with its drafts', async () => {
    await page.locator('[data-command="file.open"]').click();
    await page.screenshot({ path: `${ARTIFACTS}/open-menu-samples.png` });
    await page.getByRole('menuitem', { name: 'Joint statement' }).click();
    await expect.poll(() => page.getByTestId('project-name').innerText()).toMatch(/comprehensive strategic partnership/);
    const firstRow = page.getByTestId('row').first();
    expect(await firstRow.locator('.cell[data-lang=en]').innerText()).toMatch(/Joint Statement of the People's Republic of China/);
    expect(await firstRow.locator('.cell[data-lang=ru]').innerText()).toMatch(/Совместное заявление/);
    // And back: the first sample is still one click away.
    await page.locator('[data-command="file.open"]').click();
    await page.getByRole('menuitem', { name: 'Strategic stability statement' }).click();
    await expect.poll(() => page.getByTestId('project-name').innerText()).toMatch(/global strategic stability/);
    expect(errors).toEqual([]);
  });

  it('Esc leaves the sentence editor for the grid, after closing a suggestion list first', async () => {
    const focusInEditor = () => page.evaluate(() => document.activeElement?.closest('[data-testid=editor-slot]') !== null);
    const focusOnGrid = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'grid-scroller');
    const editorText = () => page.locator('[data-testid=editor-slot] .view-lines').innerText();
    await editEnglish(page, 2); // the grid's third row (data-row counts from 0)
    await expect.poll(focusInEditor).toBe(true);
    const before = await editorText();
    await expect.poll(() => page.getByTestId('status-bar').innerText()).toMatch(/row 3 · ¶ \d+ · en/);
    const status = await page.getByTestId('status-bar').innerText();
    // A suggestion list open: Esc closes it and the keyboard stays in the sentence.
    await page.keyboard.press('Control+Space');
    const suggestions = page.locator('.suggest-widget.visible');
    await suggestions.waitFor();
    await page.keyboard.press('Escape');
    await suggestions.waitFor({ state: 'hidden' });
    expect(await focusInEditor()).toBe(true);
    // Nothing open: Esc gives the keyboard back to the grid, on the same row, the text untouched.
    await page.keyboard.press('Escape');
    await expect.poll(focusOnGrid).toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}/esc-leaves-editor.png` });
    expect(await page.getByTestId('status-bar').innerText()).toBe(status);
    expect(await editorText()).toBe(before);
    // And Enter there goes on to the next row, as it does on the grid.
    await page.keyboard.press('Enter');
    await expect.poll(focusInEditor).toBe(true);
    await expect.poll(() => page.getByTestId('status-bar').innerText()).toMatch(/row 4 · ¶ \d+ · en/);
    expect(errors).toEqual([]);
  });

  it('a keystroke stays where it was typed when the page reports a selection change before the next frame (a loaded machine)', async () => {
    // On a busy machine "Отказ" came out "Оказ … холодной войныт": with Monaco's screen-reader mode
    // over the EditContext API, a `selectionchange` arriving between a keystroke and the next frame put
    // the cursor back before the letter just typed. That mode is now on only for a screen reader (the
    // system's report or Settings: renderer/src/editor/screen-reader.ts). Here the page reports such a
    // change right after each keystroke is taken (fails before: the typed text came out reversed).
    const row = await editEnglish(page, 7);
    const editorText = () => row.locator('[data-testid=editor-slot] .view-lines').innerText().then((t) => t.replace(/\s+/gu, ' ').trim());
    await page.keyboard.press('Control+End');
    const before = await editorText();
    await page.evaluate(() => {
      const input = document.activeElement as HTMLElement & { editContext?: EventTarget };
      const late = () => {
        // Two events, further apart than Monaco's 5 ms de-bounce: the first is taken for its own.
        document.dispatchEvent(new Event('selectionchange'));
        const end = performance.now() + 8;
        while (performance.now() < end) {
          // the page is busy
        }
        document.dispatchEvent(new Event('selectionchange'));
      };
      const target: EventTarget = input.editContext ?? input;
      const type = input.editContext ? 'textupdate' : 'input';
      target.addEventListener(type, late);
      (window as unknown as { stopLate: () => void }).stopLate = () => target.removeEventListener(type, late);
    });
    const typed = ' Отказ от менталитета';
    try {
      await page.keyboard.type(typed, { delay: 20 });
      await expect.poll(editorText).toBe(`${before} ${typed.trim()}`);
    } finally {
      await page.evaluate(() => (window as unknown as { stopLate: () => void }).stopLate());
    }
    for (let i = 0; i < typed.length; i++) await page.keyboard.press('Backspace');
    await expect.poll(editorText).toBe(before);
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
  });

  it('with screen reader support on (Settings; a browser cannot detect one), the sentence editor says which row and language, and reads the sentence', async () => {
    const settings = page.locator('[data-command="app.settings"]');
    if (await settings.isVisible()) await settings.click();
    else {
      await page.getByTestId('toolbar-more').click(); // the toolbar's last groups fold into More ▾
      await page.getByRole('menuitem', { name: /^Settings/ }).click();
    }
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await dialog.getByLabel('Screen reader support').selectOption('on');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'detached' });
    await editEnglish(page, 4); // the grid's fifth row
    const focused = () => page.evaluate(() => {
      const el = document.activeElement;
      return { label: el?.getAttribute('aria-label') ?? null, role: el?.getAttribute('role') ?? null, text: el?.textContent ?? '' };
    });
    await expect.poll(async () => (await focused()).label).toBe('English translation of row 5');
    const sentence = (await page.locator('[data-testid=editor-slot] .view-lines').innerText()).replace(/\s+/g, ' ').trim();
    expect(sentence.length).toBeGreaterThan(20);
    const read = await focused();
    expect(read.role).toBe('textbox');
    // What the screen reader reads: the sentence itself (Monaco's accessibility mode), not an empty box.
    expect(read.text.replace(/\s+/g, ' ').trim()).toBe(sentence);
    // The next row renames it.
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused()).label).toBe('English translation of row 6');
    expect(errors).toEqual([]);
  });

  it('the Problems panel’s findings are one Tab stop: arrows move, Enter goes to the row, each named', async () => {
    const panel = page.getByTestId('problems-panel');
    // Walked item by item below: the list must not grow under the walk (the findings' indexes shift).
    await findingsSettled(page);
    const focusedFinding = () => page.evaluate(() => {
      const el = document.activeElement;
      return el?.classList.contains('problem-go') ? { label: el.getAttribute('aria-label') ?? '', index: Number(el.getAttribute('data-index')) } : null;
    });
    // From the panel's last header button, Tab reaches the list: one finding, not every finding.
    await panel.locator('.problems-header button').last().focus();
    await page.keyboard.press('Tab');
    const first = await focusedFinding();
    expect(first).not.toBeNull();
    expect(await panel.locator('.problem-go[tabindex="0"]').count()).toBe(1);
    // Down past the document-wide notes (clean-up: "Note, Chinese, no row: …") to a row's finding.
    let target = first!;
    for (let step = 1; step <= 10 && !/, row \d+,/.test(target.label); step++) {
      await page.keyboard.press('ArrowDown');
      await expect.poll(async () => (await focusedFinding())?.index).toBe(first!.index + step);
      target = (await focusedFinding())!;
    }
    expect(await panel.locator('.problem-go[tabindex="0"]').count()).toBe(1);
    // Its accessible name says the problem and the row, as the row column and the message show it.
    const where = /^(Error|Warning|Note), row (\d+), (English|Russian|Chinese): (.+)$/.exec(target.label);
    expect(where, target.label).not.toBeNull();
    const item = panel.locator(`.problem-go[data-index="${target.index}"]`);
    expect(await item.locator('.problem-message').innerText()).toBe(where![4]);
    await page.screenshot({ path: `${ARTIFACTS}/problems-keyboard.png` });
    await page.keyboard.press('Enter');
    const lang = { English: 'en', Russian: 'ru', Chinese: 'zh' }[where![3]!];
    await expect.poll(() => page.getByTestId('status-bar').innerText()).toMatch(new RegExp(`row ${where![2]} · ¶ \\d+ · ${lang}`));
    expect(errors).toEqual([]);
  });
});
