import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, chromiumAvailable, gridRow, openSampleWorkbench } from './harness';
import type { Harness } from './harness';

// Windows up to 800 px tall show three lines per sentence in rows other than the cursor's. A cut
// sentence says so where it stops (“more” at the end of its last line, in each column that is
// cut, in room of its own: it hid the line's last words; it was in the gutter, a column or two away) and opens the row whole on a click, without an
// editor; “less” under the long sentences cuts it again. From the keyboard the cursor's row is
// whole, and Alt+Z shows every row whole. The virtual list keeps its rows stacked as heights
// change (no overlap, no gap).
const describeE2e = chromiumAvailable() ? describe : describe.skip;

/**
 * Per drawn row: whether a sentence of it is cut, its "more"/"less" buttons, its frame's top and
 * height, and for each cut sentence whether its own "more" sits over the end of its last line.
 */
async function drawnRows(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.row-frame')].map((frame) => {
      const row = frame.querySelector<HTMLElement>('[data-testid=row]')!;
      const texts = [...row.querySelectorAll<HTMLElement>('.sentence-text')];
      const isCut = (t: HTMLElement) => t.scrollHeight > t.clientHeight + 1;
      // A cut sentence's "more": inside its sentence, its right edge at the text's, its bottom at the last line's.
      const moreAtCut = texts.filter(isCut).map((t) => {
        const more = t.closest('.sentence')!.querySelector<HTMLElement>('.cut-more');
        if (!more) return false;
        const a = more.getBoundingClientRect();
        const b = t.getBoundingClientRect();
        return Math.abs(a.right - b.right) < 2 && Math.abs(a.bottom - b.bottom) < 2 && a.top >= b.top + b.height / 2;
      });
      // …and lies over none of the words left visible (it lay over the last line's end behind a fade,
      // hiding its last words): no piece of the text inside the clamped box meets the button.
      const moreClear = texts.filter(isCut).map((t) => {
        const more = t.closest('.sentence')!.querySelector<HTMLElement>('.cut-more');
        if (!more) return false;
        const a = more.getBoundingClientRect();
        const box = t.getBoundingClientRect();
        // Word by word: a line's trailing space hangs past its end unseen and is no word to read.
        const shown: DOMRect[] = [];
        const walker = document.createTreeWalker(t, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const word of node.textContent!.matchAll(/\S+/g)) {
            const range = document.createRange();
            range.setStart(node, word.index);
            range.setEnd(node, word.index + word[0].length);
            for (const r of range.getClientRects()) if (r.width > 0 && r.top < box.bottom - 1) shown.push(r);
          }
        }
        return shown.length > 0 && shown.every((r) => r.right <= a.left + 1 || r.left >= a.right - 1 || r.bottom <= a.top + 1 || r.top >= a.bottom - 1);
      });
      const buttons = [...row.querySelectorAll<HTMLButtonElement>('button')].map((b) => b.innerText.replace(/\s+/g, ' ').trim());
      return {
        row: Number(row.dataset.row),
        cut: texts.some(isCut),
        cutSentences: texts.filter(isCut).length,
        moreAtCut,
        moreClear,
        buttons,
        gutterButtons: row.querySelectorAll('.gutter button').length,
        top: frame.offsetTop + new DOMMatrix(getComputedStyle(frame).transform).m42,
        height: frame.getBoundingClientRect().height,
      };
    }).sort((a, b) => a.row - b.row),
  );
}

/** Whether each drawn row starts where the one before it ends. */
function stacked(rows: Awaited<ReturnType<typeof drawnRows>>): boolean {
  return rows.every((r, i) => i === 0 || r.row !== rows[i - 1]!.row + 1 || Math.abs(r.top - (rows[i - 1]!.top + rows[i - 1]!.height)) < 1);
}

describeE2e('rows cut to three lines (web mode, Chromium, 1024×700)', () => {
  let h: Harness;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ h, page, errors } = await openSampleWorkbench({ width: 1024, height: 700 }));
  }, 180_000);
  afterAll(async () => {
    await h?.close();
  });

  it('each cut sentence offers “more” over the end of its own last line; nothing else does, and the gutter has none', async () => {
    const rows = await drawnRows(page);
    expect(rows.filter((r) => r.cut).length).toBeGreaterThan(2);
    // Several columns of one row cut: each has its own (the Russian one too, at 1440 px as at 1024).
    expect(rows.some((r) => r.cutSentences > 1)).toBe(true);
    for (const r of rows) {
      expect(r.buttons, `row ${r.row + 1}`).toEqual(Array(r.cutSentences).fill('more'));
      expect(r.moreAtCut.every(Boolean), `row ${r.row + 1}`).toBe(true);
      expect(r.moreClear, `row ${r.row + 1}: “more” over words`).toEqual(Array(r.cutSentences).fill(true));
      expect(r.gutterButtons).toBe(0);
    }
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-grid-clamp-1024.png') });
  });

  it('“more” shows the whole row without an editor; the rows below move down, “less” cuts it again', async () => {
    const before = await drawnRows(page);
    const cut = before.find((r) => r.cut && r.row > 0 && r.cutSentences > 1)!;
    const row = gridRow(page, cut.row);
    // The Russian column's “more”, the one the translator reads last.
    await row.locator('.cell[data-lang=ru] .cut-more').first().click();
    await expect.poll(async () => (await drawnRows(page)).find((r) => r.row === cut.row)!.cut).toBe(false);
    const after = await drawnRows(page);
    const opened = after.find((r) => r.row === cut.row)!;
    expect(opened.height).toBeGreaterThan(cut.height + 10);
    expect(opened.buttons.length).toBeGreaterThan(0);
    expect(new Set(opened.buttons)).toEqual(new Set(['less']));
    expect(stacked(after)).toBe(true);
    // Reading is not editing: no editor opened, the row is not selected for re-alignment.
    expect(await page.locator('[data-testid=editor-slot]').count()).toBe(0);
    expect(await row.getAttribute('class')).not.toMatch(/row-active|row-selected/);
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-grid-clamp-more-1024.png') });

    await row.getByRole('button', { name: 'Cut the row to three lines' }).first().click();
    await expect.poll(async () => (await drawnRows(page)).find((r) => r.row === cut.row)!.cut).toBe(true);
    expect(stacked(await drawnRows(page))).toBe(true);
  });

  it('at 1440×700 the Russian column’s cut text carries its own “more” at its “…”', async () => {
    await page.setViewportSize({ width: 1440, height: 700 });
    await expect.poll(async () => (await drawnRows(page)).filter((r) => r.cut).length).toBeGreaterThan(0);
    const rows = await drawnRows(page);
    const russianCut = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.cell[data-lang=ru] .sentence-text')].filter((t) => t.scrollHeight > t.clientHeight + 1).length);
    expect(russianCut).toBeGreaterThan(0);
    expect(await page.locator('.cell[data-lang=ru] .cut-more').count()).toBe(russianCut);
    for (const r of rows) {
      expect(r.moreAtCut.every(Boolean), `row ${r.row + 1}`).toBe(true);
      expect(r.moreClear, `row ${r.row + 1}: “more” over words`).toEqual(Array(r.cutSentences).fill(true));
    }
    expect(stacked(rows)).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-grid-clamp-1440x700.png') });
    await page.setViewportSize({ width: 1024, height: 700 });
  });

  it('from the keyboard the row the cursor is on shows whole, and the shortcut help says how to read a cut row', async () => {
    const isCut = (n: number) => gridRow(page, n).evaluate((row) => [...row.querySelectorAll<HTMLElement>('.sentence-text')].some((t) => t.scrollHeight > t.clientHeight + 1));
    const firstRows = await drawnRows(page);
    expect(firstRows.find((r) => r.row === 0)!.cut).toBe(true);
    await page.getByTestId('grid-scroller').focus();
    await page.keyboard.press('Enter'); // row 1, in the editor
    await expect.poll(() => page.locator('[data-testid=editor-slot]').count()).toBe(1);
    await page.keyboard.press('Escape'); // back to the grid, still on row 1
    expect(await isCut(0)).toBe(false);
    expect(await gridRow(page, 0).locator('button').count()).toBe(0);
    await page.keyboard.press('Control+ArrowDown'); // row 2
    await expect.poll(() => isCut(0)).toBe(true);
    expect(await isCut(1)).toBe(false);
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    // Beside Alt+Z in the View list, on screen as the help opens, and in the note under the lists.
    expect(await help.locator('.help-item', { hasText: 'Alt+Z' }).innerText()).toMatch(/the row you are on is always whole/);
    const note = await help.getByTestId('help-cut-rows').innerText();
    expect(note).toMatch(/row you are on always shows whole/);
    expect(note).toContain('Alt+Z');
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-grid-clamp-help-1024.png') });
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
  });

  it('Alt+Z on the grid shows every row whole, and again cuts them', async () => {
    await page.getByTestId('grid-scroller').focus();
    await page.keyboard.press('Alt+z');
    await expect.poll(async () => (await drawnRows(page)).filter((r) => r.cut).length).toBe(0);
    const whole = await drawnRows(page);
    expect(whole.every((r) => r.buttons.length === 0)).toBe(true);
    expect(stacked(whole)).toBe(true);
    await page.keyboard.press('Alt+z');
    await expect.poll(async () => (await drawnRows(page)).filter((r) => r.cut).length).toBeGreaterThan(2);
    expect(errors).toEqual([]);
  });
});
