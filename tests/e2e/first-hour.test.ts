import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { writeHtml } from '../../core/formats/html-write';
import { sampleProject } from '../fixtures/formats/sample-project';
import { chromiumAvailable, openSampleWorkbench } from './harness';
import type { Harness } from './harness';

// What a translator met in a first hour with the app (round 12, ux): Enter on the grid did nothing;
// Tab in the sentence editor typed spaces into the translation and kept the keyboard there; the status bar said "1 glossary
// violations"; the exported HTML gave "#" and the status columns as much room as the texts.
const describeE2e = chromiumAvailable() ? describe : describe.skip;

describeE2e('a translator’s first hour (Chromium, web mode)', () => {
  let h: Harness;
  let page: Page;
  let errors: string[] = [];
  // Monaco draws spaces as no-break spaces.
  const editorText = async () => (await page.locator('[data-testid=editor-slot] .view-lines').innerText()).replace(/\u00a0/g, ' ');
  const focusInEditor = () => page.evaluate(() => document.activeElement?.closest('[data-testid=editor-slot]') !== null);

  beforeAll(async () => {
    ({ h, page, errors } = await openSampleWorkbench({ width: 1440, height: 900 }));
  }, 120_000);

  afterAll(async () => {
    await h?.close();
  });

  it('Enter on the grid (reached with Tab, nothing open) opens the first row’s English sentence', async () => {
    await page.getByTestId('grid-scroller').focus();
    await page.keyboard.press('Enter');
    await expect.poll(focusInEditor).toBe(true);
    expect(await page.getByTestId('status-bar').innerText()).toMatch(/row 1 · ¶ 1 · en/);
    expect(await editorText()).toContain('Joint Statement');
  });

  it('Tab and Shift+Tab leave the sentence editor and never change the translation', async () => {
    // Row 1's English is open (the test before); click into it.
    await page.locator('[data-testid=editor-slot] .view-lines').click();
    await expect.poll(focusInEditor).toBe(true);
    const before = await editorText();
    await page.keyboard.press('Tab');
    expect(await focusInEditor()).toBe(false);
    await page.locator('[data-testid=editor-slot] .view-lines').click();
    await expect.poll(focusInEditor).toBe(true);
    await page.keyboard.press('Shift+Tab');
    expect(await focusInEditor()).toBe(false);
    expect(await editorText()).toBe(before);
    // Nothing was typed: the history holds no step.
    expect(await page.locator('[data-command="edit.undo"]').isDisabled()).toBe(true);
  });

  it('a problem whose row is off screen opens its sentence with the keyboard focus there', async () => {
    const numbers = page.getByTestId('problems-panel').locator('[data-check="numbers.mismatch"]');
    await numbers.first().click(); // row 2, on screen
    await expect.poll(focusInEditor).toBe(true);
    await numbers.nth(1).click(); // row 33, off screen until the grid scrolls there
    await expect.poll(() => page.getByTestId('status-bar').innerText()).toMatch(/row 33 · ¶ \d+ · en/);
    await expect.poll(focusInEditor).toBe(true);
    // The status bar may name row 33 a moment before the editor holds its sentence on a busy machine.
    await expect.poll(editorText).toMatch(/^The two sides reaffirm/);
    const before = await editorText();
    // The key lands in the sentence (at the finding), and one undo takes it back.
    await page.keyboard.type('Z');
    await expect.poll(async () => (await editorText()).replace('Z', '')).toBe(before);
    await page.keyboard.press('Control+z');
    await expect.poll(editorText).toBe(before);
  });

  it('the status bar counts in the right number: "1 glossary violation"', async () => {
    await expect.poll(() => page.getByTestId('summary-glossary').innerText()).toBe('1 glossary violation');
    expect(await page.getByTestId('summary-errors').innerText()).toMatch(/^\d+ errors?$/);
    expect(await page.getByTestId('row-count').innerText()).toBe('56 rows');
  });

  it('at 1024×700 the status bar fits the window: the row count and the web badge are not cut off', async () => {
    await page.setViewportSize({ width: 1024, height: 700 });
    const fit = () => page.getByTestId('status-bar').evaluate((bar) => ({ over: bar.scrollWidth - bar.clientWidth, right: Math.round(bar.querySelector('[data-testid=row-count]')!.getBoundingClientRect().right) }));
    await expect.poll(async () => (await fit()).over).toBeLessThanOrEqual(0);
    expect((await fit()).right).toBeLessThanOrEqual(1024);
    // The confirmed share is still there, in the item's tooltip.
    expect(await page.getByTestId('summary-en').getAttribute('title')).toMatch(/\d+ % of the beads confirmed/);
    await page.setViewportSize({ width: 1440, height: 900 });
    expect(await page.getByTestId('summary-en').innerText()).toMatch(/ · \d+ % confirmed/);
  });

  it('every finding of the Problems panel sits at the same height, with or without Chinese in it', async () => {
    const offsets = await page.getByTestId('problems-panel').locator('.problem').evaluateAll((items) =>
      items.map((li) => {
        const top = li.getBoundingClientRect().top;
        return ['.problem-where', '.problem-message'].map((sel) => {
          const range = document.createRange();
          range.selectNodeContents(li.querySelector(sel)!);
          const r = range.getBoundingClientRect();
          return `${Math.round(r.top - top)}-${Math.round(r.bottom - top)}`;
        }).join(' ');
      }),
    );
    // The sample lists rows with "中" and quoted Chinese beside rows in Latin script only.
    expect(offsets.length).toBeGreaterThan(4);
    expect(new Set(offsets).size).toBe(1);
  });

  it('a dismissed omission of a blank row is "left out", no longer "to check"', async () => {
    await expect.poll(() => page.getByTestId('summary-ru').innerText()).toMatch(/^RU 98 % translated \(1 to check\)/);
    const omissionRu = page.getByTestId('problems-panel').locator('[data-check="completeness.omission"]').filter({ hasText: /^\s*\S\s*34 RU/ });
    await omissionRu.getByTestId('problem-dismiss').click();
    await expect.poll(() => page.getByTestId('summary-ru').innerText()).toMatch(/^RU 98 % translated \(1 left out\)/);
    expect(await page.locator('.column-stat').nth(1).innerText()).toBe('98 % translated · 1 left out');
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByTestId('summary-ru').innerText()).toMatch(/^RU 98 % translated \(1 to check\)/);
  });

  it('the clean-up findings are sentences that name their place once', async () => {
    const panel = page.getByTestId('problems-panel');
    await expect.poll(() => panel.locator('[data-check="source.cleanup-flag"]').count()).toBe(2);
    const messages = await panel.locator('[data-check="source.cleanup-flag"] .problem-message').allInnerTexts();
    expect(messages).toEqual(['Line 2 repeats line 1 word for word (set aside)', '85 paragraphs of links and site boilerplate after the document (lines 29–113)']);
  });

  it('the exported HTML gives the texts the room: one narrow status column, at 1440 and 1024 pixels', async () => {
    for (const viewport of [{ width: 1440, height: 900 }, { width: 1024, height: 700 }]) {
      const html = await h.browser.newPage({ viewport });
      await html.setContent(writeHtml(sampleProject(), { findings: [{ sentenceIds: ['zh-s0'], severity: 'warning', message: 'A finding.' }] }));
      const widths = await html.locator('thead th').evaluateAll((ths) => ths.map((th) => [th.textContent, Math.round(th.getBoundingClientRect().width)] as const));
      const table = await html.locator('table').evaluate((t) => t.getBoundingClientRect().width);
      const status = await html.locator('tbody tr').first().locator('td.st').innerText();
      await html.close();
      const width = Object.fromEntries(widths);
      // One status column for both targets, as DOCX has it: each target's status on a line of its own.
      expect(Object.keys(width)).toEqual(['#', '中文', 'English', 'Русский', 'Status', 'QA']);
      expect(status.split('\n').filter((line) => /^(en|ru)\u00A0(draft|edited|confirmed|mt|empty)$/.test(line))).toHaveLength(2);
      for (const narrow of ['#', 'Status']) expect(width[narrow]!).toBeLessThan(width['中文']! * 0.6);
      // The three texts take most of the table even in a 1024-pixel window (with a status column
      // per target they had under half of it there).
      expect(width['中文']! + width['English']! + width['Русский']!).toBeGreaterThan(table * 0.6);
    }
    expect(errors).toEqual([]);
  });
});
