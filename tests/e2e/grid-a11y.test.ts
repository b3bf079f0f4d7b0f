import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, chromiumAvailable, editEnglish, findingsSettled, openSampleWorkbench } from './harness';
import type { Harness } from './harness';

// Decision 0005, round 13 (ux4): what round 13's first pass left open for a screen reader and a
// translator — the grid announced as rows and columns, the Problems list a valid list, and a
// one-click Trim for a space at a sentence's edge. One page on the sample for all three (2 cores).
const describeE2e = chromiumAvailable() ? describe : describe.skip;

describeE2e('the grid and the Problems list for a screen reader, and Trim (Chromium, web mode)', () => {
  let h: Harness;
  let page: Page;
  let errors: string[] = [];

  beforeAll(async () => {
    ({ h, page, errors } = await openSampleWorkbench({ width: 1440, height: 900 }));
  }, 120_000);

  afterAll(async () => {
    await h?.close();
  });

  it('the alignment grid is a grid: all its rows counted, the drawn ones indexed, each cell named', async () => {
    const grid = page.getByRole('grid', { name: 'Alignment' });
    await grid.waitFor();
    const rowCount = Number(await grid.getAttribute('aria-rowcount'));
    const columns = await grid.getByRole('columnheader').allInnerTexts();
    // The header row and every bead row, though only the rows on screen are in the DOM (virtualised).
    const drawn = await page.getByTestId('row').count();
    expect(rowCount).toBeGreaterThan(drawn + 1);
    expect(columns.length).toBe(4); // #, 中文, English, Русский
    expect(await grid.getAttribute('aria-colcount')).toBe('4');
    // The third bead row: the grid's fourth (the header is row 1), with a row header and three cells.
    const row = grid.locator('[role=row][data-row="2"]');
    expect(await row.getAttribute('aria-rowindex')).toBe('4');
    const header = row.getByRole('rowheader');
    expect(await header.getAttribute('aria-label')).toMatch(/^Row 3, confidence \d+ %|^Row 3, aligned by hand/);
    const cells = row.getByRole('gridcell');
    expect(await cells.count()).toBe(3);
    expect(await cells.nth(0).getAttribute('aria-colindex')).toBe('2');
    expect(await cells.nth(2).getAttribute('aria-colindex')).toBe('4');
    const english = row.getByRole('gridcell', { name: /^Row 3, English, / });
    const label = (await english.getAttribute('aria-label'))!;
    const text = (await row.locator('.cell[data-lang=en] .sentence-text').allInnerTexts()).join(' ').replace(/\s+/g, ' ').trim();
    // Row, language and status, then the sentence itself (the name replaces the cell's content).
    expect(label).toMatch(/^Row 3, English, (machine translation|draft|edited|confirmed)[^:]*: /);
    expect(label.endsWith(text)).toBe(true);
    expect(await row.getByRole('gridcell', { name: /^Row 3, Chinese source, / }).count()).toBe(1);
    // Scrolled far down, the drawn rows keep their place in the whole grid.
    await page.getByTestId('grid-scroller').evaluate((el) => (el.scrollTop = el.scrollHeight));
    const last = page.locator(`[role=row][data-row="${rowCount - 2}"]`);
    await last.waitFor();
    expect(await last.getAttribute('aria-rowindex')).toBe(String(rowCount));
    // The keyboard model is the one it was: the grid's Tab stop takes Enter and opens a sentence.
    await page.getByTestId('grid-scroller').evaluate((el) => (el.scrollTop = 0));
    await page.getByTestId('grid-scroller').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-testid=editor-slot]') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    await page.screenshot({ path: `${ARTIFACTS}/e2e-grid-a11y.png` });
    expect(errors).toEqual([]);
  });

  it('the Problems list is a list: each finding an item of it, counted in the whole list, one Tab stop', async () => {
    const panel = page.getByTestId('problems-panel');
    // The list read several times below must be the same list: the last run's, not one still to grow.
    await findingsSettled(page);
    const total = await page.evaluate(() => document.querySelectorAll('[data-testid=problems-panel] .problem').length);
    // Each drawn finding is an <li> directly in the <ol> (before: inside the virtualiser's positioning <div>).
    const parents = await page.evaluate(() => [...document.querySelectorAll('[data-testid=problems-panel] li.problem')].map((li) => li.parentElement?.tagName));
    expect(parents.length).toBe(total);
    expect(new Set(parents)).toEqual(new Set(['OL']));
    const list = panel.getByRole('list', { name: 'Findings' });
    const items = list.getByRole('listitem');
    expect(await items.count()).toBe(total);
    // Virtualised: each item says its place in the whole list, not only among the drawn ones.
    const header = await panel.locator('.problems-header').innerText();
    const all = [...header.matchAll(/(\d+) (errors?|warnings?|notes?)/g)].reduce((n, m) => n + Number(m[1]), 0);
    expect(await items.first().getAttribute('aria-posinset')).toBe('1');
    expect(await items.first().getAttribute('aria-setsize')).toBe(String(all));
    // The roving tabindex still holds: one Tab stop, Down moves to the second finding.
    await panel.locator('.problems-header button').last().focus();
    await page.keyboard.press('Tab');
    const focusedIndex = () => page.evaluate(() => (document.activeElement?.classList.contains('problem-go') ? Number(document.activeElement.getAttribute('data-index')) : null));
    expect(await focusedIndex()).toBe(0);
    await page.keyboard.press('ArrowDown');
    await expect.poll(focusedIndex).toBe(1);
    expect(await panel.locator('.problem-go[tabindex="0"]').count()).toBe(1);
    await page.keyboard.press('Escape');
    await page.screenshot({ path: `${ARTIFACTS}/e2e-problems-list.png` });
    expect(errors).toEqual([]);
  });

  it('a space pasted at a sentence’s start is trimmed in one click, one undo step', async () => {
    await editEnglish(page, 3); // bead row 4 (the grid's fifth row, after the header)
    // What the sentence editor shows (Monaco draws the spaces as no-break spaces; \s covers both).
    const text = () => page.locator('[data-testid=editor-slot] .view-lines').innerText();
    const original = await text();
    expect(original).toMatch(/^\S/);
    // The sentence's very start (Home alone goes to the start of the wrapped line the click landed on).
    await page.keyboard.press('Control+Home');
    await page.keyboard.type(' ');
    await expect.poll(text).toMatch(/^\s\S/);
    await page.keyboard.press('Escape');
    const undo = page.locator('[data-command="edit.undo"]');
    const finding = page.getByTestId('problems-panel').locator('li[data-check="spacing.edge-space"]');
    await finding.waitFor();
    expect(await finding.locator('.problem-go').getAttribute('aria-label')).toBe('Note, row 4, English: Space at the start of the translation.');
    const trim = finding.getByRole('button', { name: 'Trim' });
    await page.screenshot({ path: `${ARTIFACTS}/e2e-trim-offered.png` });
    await trim.click();
    // The space is gone (the open editor follows), the note with it, and the step is named for Undo.
    await finding.waitFor({ state: 'detached' });
    await expect.poll(text).toBe(original);
    await expect.poll(() => undo.getAttribute('title')).toBe('Undo trim (Ctrl+Z)');
    // One Ctrl+Z brings the space back (the typing before it is a step of its own).
    await page.getByTestId('grid-scroller').focus();
    await page.keyboard.press('Control+Z');
    await finding.waitFor();
    await expect.poll(text).toMatch(/^\s\S/);
    await expect.poll(() => undo.getAttribute('title')).toMatch(/^Undo typing/);
    await page.keyboard.press('Control+Z');
    await finding.waitFor({ state: 'detached' });
    await expect.poll(text).toBe(original);
    expect(errors).toEqual([]);
  });
});
