import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, chromiumAvailable, findingsSettled, openApp, ROOT, startHarness } from './harness';
import type { Harness } from './harness';

// The spelling quick fixes as a translator meets them in the grid (issue 16): a lightbulb over the
// unknown word under the cursor opens the corrections; the menu is never clipped by the grid or
// hidden under the Problems panel, even for a row just above it; the keyboard works in it; and
// after a correction the cursor stands at the end of the corrected word.
const describeE2e = chromiumAvailable() ? describe : describe.skip;
const SHOTS = process.env.DUIZHAO_SHOTS;

describeE2e('spelling quick-fix UX (web mode, Chromium)', () => {
  let h: Harness;
  let page: Page;
  let glossaryDir: string;
  const squiggles = (p: Page) => p.locator('[data-testid=editor-slot] .squiggly-inline-deprecated');
  const fixes = (p: Page) => p.locator('.action-widget .monaco-list-row.action');
  const lightbulb = (p: Page) => p.getByTestId('spelling-lightbulb');
  const editorText = async (p: Page) => (await p.locator('[data-testid=editor-slot] .view-lines').innerText()).replace(/\u00a0/g, ' ');

  /** The row drawn lowest in the grid that still shows its English cell whole (just above the Problems panel). */
  async function lowestRow(p: Page): Promise<number> {
    return p.evaluate(() => {
      const scroller = document.querySelector('.grid-scroller')!.getBoundingClientRect();
      let best = -1;
      let bestTop = -1;
      for (const cell of document.querySelectorAll<HTMLElement>('[data-testid=row] .cell[data-lang=en]')) {
        const r = cell.getBoundingClientRect();
        if (r.top > bestTop && r.bottom <= scroller.bottom - 4 && r.top >= scroller.top) {
          bestTop = r.top;
          best = Number(cell.closest<HTMLElement>('[data-testid=row]')!.dataset.row);
        }
      }
      return best;
    });
  }

  /**
   * Ctrl+. once the cursor's word is known to be unknown (our lightbulb shows); on a busy machine
   * Monaco may still be computing the code actions for the new position and open nothing, so ask
   * again (a few times) until the menu is there.
   */
  async function openQuickFix(p: Page): Promise<void> {
    await expect.poll(() => lightbulb(p).isVisible()).toBe(true);
    for (let attempt = 0; ; attempt++) {
      await p.keyboard.press('Control+.');
      try {
        await fixes(p).first().waitFor({ timeout: 4000 });
        return;
      } catch (err) {
        if (attempt >= 4) throw err;
      }
    }
  }

  async function editRowEnd(p: Page, row: number): Promise<void> {
    await p.locator(`[data-testid=row][data-row="${row}"] .cell[data-lang=en] .sentence-text`).first().click();
    await p.locator('[data-testid=editor-slot] .monaco-editor').waitFor();
    await p.keyboard.press('Control+End');
  }

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    glossaryDir = mkdtempSync(join(tmpdir(), 'duizhao-quickfix-glossary-'));
    cpSync(join(ROOT, 'glossary'), glossaryDir, { recursive: true });
    h = await startHarness({ glossaryDir });
    ({ page } = await openApp(h, { width: 1024, height: 700 }));
    await page.getByTestId('row').first().waitFor({ timeout: 60_000 });
    // The dictionaries load in the worker after the first paint.
    await findingsSettled(page);
  }, 180_000);

  afterAll(async () => {
    await h?.close();
    if (glossaryDir) rmSync(glossaryDir, { recursive: true, force: true });
  });

  it('a lightbulb shows over the unknown word under the cursor, and a click opens the corrections', async () => {
    await editRowEnd(page, 2);
    await page.keyboard.type(' The goverment agrees.');
    await expect.poll(() => squiggles(page).allInnerTexts(), { timeout: 20_000 }).toEqual(['goverment']);
    // The cursor after "agrees.": no lightbulb.
    await expect.poll(() => lightbulb(page).isVisible()).toBe(false);
    for (let i = 0; i < ' agrees.'.length + 3; i++) await page.keyboard.press('ArrowLeft');
    await expect.poll(() => lightbulb(page).isVisible()).toBe(true);
    // It floats just above the word's start.
    const bulb = (await lightbulb(page).boundingBox())!;
    const word = (await squiggles(page).first().boundingBox())!;
    expect(Math.abs(bulb.x - word.x)).toBeLessThan(12);
    expect(bulb.y + bulb.height).toBeLessThanOrEqual(word.y + 2);
    if (SHOTS) {
      await page.screenshot({ path: join(SHOTS, 'spelling-lightbulb-1024.png') });
      await page.screenshot({ path: join(SHOTS, 'spelling-lightbulb-detail.png'), clip: { x: word.x - 60, y: word.y - 50, width: 240, height: 80 } });
    }
    await lightbulb(page).click();
    await fixes(page).first().waitFor({ timeout: 10_000 });
    expect(await fixes(page).first().innerText()).toContain('Change to “government”');
    await page.keyboard.press('Escape');
    await expect.poll(() => fixes(page).count()).toBe(0);
    // Moving out of the word hides it again.
    await page.keyboard.press('Control+End');
    await expect.poll(() => lightbulb(page).isVisible()).toBe(false);
  }, 120_000);

  for (const size of [{ width: 1024, height: 700 }, { width: 1440, height: 900 }]) {
    it(`at ${size.width}×${size.height} the menu of the row just above the Problems panel is whole and on top; Enter corrects and the cursor ends after the word`, async () => {
      await page.setViewportSize(size);
      await page.waitForTimeout(300);
      const row = await lowestRow(page);
      expect(row).toBeGreaterThan(0);
      await editRowEnd(page, row);
      await page.keyboard.type(' Teh end.');
      await expect.poll(() => squiggles(page).allInnerTexts(), { timeout: 20_000 }).toContain('Teh');
      for (let i = 0; i < ' end.'.length + 1; i++) await page.keyboard.press('ArrowLeft');
      await openQuickFix(page);
      if (SHOTS) await page.screenshot({ path: join(SHOTS, `spelling-menu-bottom-${size.width}.png`) });
      // The menu is on screen and on top: its corners and every entry drawn in it are what the page
      // shows there (not the Problems panel or the grid's edge over it).
      const seen = await page.locator('.action-widget:not(.action-list-submenu-panel)').evaluate((menu) => {
        const b = menu.getBoundingClientRect();
        const points = [[b.left + 4, b.top + 4], [b.right - 4, b.top + 4], [b.left + 4, b.bottom - 4], [b.right - 4, b.bottom - 4]];
        for (const row of menu.querySelectorAll('.monaco-list-row.action')) {
          const r = row.getBoundingClientRect();
          if (r.top >= b.top && r.bottom <= b.bottom) points.push([r.left + r.width / 2, r.top + r.height / 2]);
        }
        return { inWindow: b.top >= 0 && b.bottom <= window.innerHeight && b.right <= window.innerWidth, width: b.width, onTop: points.map(([x, y]) => menu.contains(document.elementFromPoint(x!, y!))), rows: points.length - 4 };
      });
      expect(seen.inWindow).toBe(true);
      expect(seen.rows).toBeGreaterThanOrEqual(3);
      expect(seen.onTop.every(Boolean)).toBe(true);
      // Wide enough for the entries' words, not "Change to “…".
      expect(seen.width).toBeGreaterThanOrEqual(280);
      // The menu's layer is outside the grid: no scroller can clip it.
      expect(await page.locator('.grid-scroller .action-widget').count()).toBe(0);
      const first = await fixes(page).first().innerText();
      const correction = /Change to “(.+)”/.exec(first)?.[1];
      expect(correction).toBeTruthy();
      // The keyboard works in the menu: Down, Up, Enter takes the first correction.
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('Enter');
      await expect.poll(() => editorText(page)).toContain(` ${correction!} end.`);
      // The cursor stands right after the corrected word: what is typed next follows it.
      await page.keyboard.type('X');
      await expect.poll(() => editorText(page)).toContain(` ${correction!}X end.`);
      await page.keyboard.press('Backspace');
    }, 120_000);
  }

  /** The open menu's entries: how many, how many drawn whole inside it, and whether its list scrolls. */
  const menuShape = (p: Page) =>
    p.locator('.action-widget:not(.action-list-submenu-panel)').evaluate((menu) => {
      const b = menu.getBoundingClientRect();
      const rows = [...menu.querySelectorAll('.monaco-list-row.action')];
      const whole = rows.filter((row) => {
        const r = row.getBoundingClientRect();
        return r.top >= b.top - 0.5 && r.bottom <= b.bottom + 0.5 && menu.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
      });
      const list = menu.querySelector<HTMLElement>('.monaco-list')!;
      const scrollable = menu.querySelector<HTMLElement>('.monaco-scrollable-element')!;
      return { rows: rows.length, whole: whole.length, scrolls: list.scrollHeight > list.clientHeight + 1 || scrollable.scrollHeight > scrollable.clientHeight + 1, top: b.top, bottom: b.bottom, inWindow: b.top >= 0 && b.bottom <= window.innerHeight };
    });

  for (const size of [{ width: 1024, height: 700 }, { width: 1440, height: 900 }]) {
    it(`at ${size.width}×${size.height} the menu of a one-line sentence shows every entry whole, without a scrollbar, below or above the word as room allows`, async () => {
      await page.setViewportSize(size);
      await page.waitForTimeout(300);
      for (const where of ['top', 'bottom', 'window-bottom'] as const) {
        // Without the Problems panel the lowest row sits on the status bar: no room below the word.
        if (where === 'window-bottom' && (await page.getByTestId('problems-panel').isVisible())) {
          await page.getByTestId('problems-panel').getByTitle('Hide (Ctrl+J)').click();
          await page.waitForTimeout(300);
        }
        // Further down the document, so the grid can scroll both ways around the row.
        if (where === 'window-bottom') await page.locator('.grid-scroller').evaluate((el) => (el.scrollTop = 1500));
        await page.waitForTimeout(200);
        const row = where === 'top' ? 1 : await lowestRow(page);
        if (where === 'top') await page.locator('.grid-scroller').evaluate((el) => (el.scrollTop = 0));
        await editRowEnd(page, row);
        // One line: the whole sentence replaced by a short one with an unknown word.
        await page.keyboard.press('Control+a');
        await page.keyboard.type('Teh end.');
        await expect.poll(() => squiggles(page).allInnerTexts(), { timeout: 20_000 }).toEqual(['Teh']);
        const lines = await page.locator('[data-testid=editor-slot] .view-line').count();
        expect(lines).toBe(1);
        if (where === 'window-bottom') {
          // Scroll the grid up until the edited line sits at the bottom edge of the window.
          await page.evaluate(() => {
            const scroller = document.querySelector<HTMLElement>('.grid-scroller')!;
            const line = document.querySelector('[data-testid=editor-slot] .view-line')!.getBoundingClientRect();
            scroller.scrollTop -= scroller.getBoundingClientRect().bottom - line.bottom - 4;
          });
          await page.waitForTimeout(300);
        }
        await page.keyboard.press('Home');
        await page.keyboard.press('ArrowRight');
        await openQuickFix(page);
        // "Change to …" for the suggestions, then Add and Ignore: at least 3 entries, all of them shown.
        await expect.poll(async () => (await menuShape(page)).rows).toBeGreaterThanOrEqual(5);
        const shape = await menuShape(page);
        if (SHOTS) await page.screenshot({ path: join(SHOTS, `spelling-menu-oneline-${where}-${size.width}.png`) });
        expect(shape.whole).toBe(shape.rows);
        expect(shape.scrolls).toBe(false);
        expect(shape.inWindow).toBe(true);
        expect(await fixes(page).last().innerText()).toContain('Ignore “Teh” in this project');
        // Below the word when there is room there, above it otherwise.
        const word = (await squiggles(page).first().boundingBox())!;
        if (where === 'top') expect(shape.top).toBeGreaterThanOrEqual(word.y + word.height - 1);
        else if (where === 'window-bottom') {
          expect(size.height - (word.y + word.height)).toBeLessThan(shape.bottom - shape.top);
          expect(shape.bottom).toBeLessThanOrEqual(word.y + 1);
        }
        await page.keyboard.press('Escape');
        await expect.poll(() => fixes(page).count()).toBe(0);
        await page.keyboard.press('Escape');
        await page.keyboard.press('Control+z');
      }
    }, 120_000);
  }
});
