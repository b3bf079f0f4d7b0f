import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, openGlossaryWorkbench } from './harness';
import type { Harness } from './harness';

// The glossary panel's layout: resizable by its edge, width remembered, never covering a grid
// column at 1440 px nor at 1024 px (the grid narrows); below 980 px it overlays the grid and closes with ×.
const describeE2e = chromiumAvailable() ? describe : describe.skip;
const SHOTS = process.env.GLOSSARY_SHOTS;

describeE2e('glossary panel layout (web mode, Chromium)', () => {
  let h: Harness;
  let page: Page;
  let errors: string[];
  const panel = () => page.getByRole('complementary', { name: 'Glossary' });
  const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!;

  beforeAll(async () => {
    ({ h, page, errors } = await openGlossaryWorkbench({ glossary: { 'team.csv': 'zh,en,ru\n战略稳定,strategic stability,стратегическая стабильность\n' } }));
  }, 120_000);

  afterAll(() => h?.close());

  async function columnsBesidePanel(): Promise<void> {
    const p = await panel().boundingBox();
    for (const lang of ['zh', 'en', 'ru']) {
      const cell = await box(`.cell[data-lang=${lang}]`);
      expect(cell.width).toBeGreaterThan(200);
      expect(cell.x + cell.width).toBeLessThanOrEqual(p!.x + 1);
    }
  }

  it('1440 px: drag the edge wider, clamped so every column stays beside it; the width is remembered', async () => {
    await page.keyboard.press('Control+Shift+G');
    await panel().waitFor();
    expect(Math.round((await panel().boundingBox())!.width)).toBe(340);
    await columnsBesidePanel();
    const handle = await box('[data-testid=glossary-resize]');
    await page.mouse.move(handle.x + 3, handle.y + 200);
    await page.mouse.down();
    await page.mouse.move(handle.x - 120, handle.y + 200, { steps: 5 });
    await page.mouse.up();
    await expect.poll(async () => Math.round((await panel().boundingBox())!.width)).toBe(463);
    await columnsBesidePanel();
    // As far as it goes: the grid keeps 900 px.
    const moved = await box('[data-testid=glossary-resize]');
    await page.mouse.move(moved.x + 3, moved.y + 200);
    await page.mouse.down();
    await page.mouse.move(moved.x - 600, moved.y + 200, { steps: 5 });
    await page.mouse.up();
    await expect.poll(async () => Math.round((await panel().boundingBox())!.width)).toBe(540);
    await columnsBesidePanel();
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'panel-wide-1440.png') });
    await page.keyboard.press('Control+Shift+G');
    await page.keyboard.press('Control+Shift+G');
    await expect.poll(async () => Math.round((await panel().boundingBox())!.width)).toBe(540);
    await page.reload();
    await page.getByTestId('row').first().waitFor({ timeout: 60_000 });
    await page.keyboard.press('Control+Shift+G');
    await expect.poll(async () => Math.round((await panel().boundingBox())!.width)).toBe(540);
    expect(errors).toEqual([]);
  });

  it('1024×700: the panel sits beside the grid; zh, en and ru are each wholly visible', async () => {
    await page.setViewportSize({ width: 1024, height: 700 });
    await expect.poll(() => page.evaluate(() => window.innerWidth)).toBe(1024);
    // Each text column (its header and its first cell): its right edge against the panel's left edge, and its width.
    const columns = () =>
      page.evaluate(() => {
        const panelLeft = document.querySelector('[data-testid=glossary-panel]')!.getBoundingClientRect().left;
        return ['zh', 'en', 'ru'].flatMap((lang) =>
          [`.grid-header [data-lang=${lang}]`, `.cell[data-lang=${lang}]`].map((selector) => {
            const b = document.querySelector(selector)!.getBoundingClientRect();
            return { selector, covered: b.right > panelLeft + 1, readable: b.width > 200 };
          }),
        );
      });
    // Not covered by the panel (polled: the layout follows the resize a frame later), and wide enough to read.
    await expect.poll(async () => (await columns()).filter((c) => c.covered).map((c) => c.selector)).toEqual([]);
    expect((await columns()).filter((c) => !c.readable).map((c) => c.selector)).toEqual([]);
    const p = (await panel().boundingBox())!;
    expect(Math.round(p.width)).toBe(260);
    expect(p.x + p.width).toBeLessThanOrEqual(1024);
    // Column names and figures do not run into each other in these narrower columns ("Русский98 %").
    const headers = await page.evaluate(() =>
      [...document.querySelectorAll('.grid-header .column-header')].flatMap((h) => {
        const [name, stat] = [...h.children].map((c) => c.getBoundingClientRect());
        return stat ? [stat.left - name!.right] : [];
      }),
    );
    expect(headers.length).toBe(2);
    for (const gap of headers) expect(gap).toBeGreaterThanOrEqual(6);
    // The figures stay on one line, whole (before: "98 % translated · 1 to / check" in two, and the
    // panel's "170 of 170 · 2 file(s)" in four, which pushed its × out of the panel).
    const figures = await page.evaluate(() => {
      const lines = (el: Element) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom))).size;
      };
      const panelRight = document.querySelector('[data-testid=glossary-panel]')!.getBoundingClientRect().right;
      return [...document.querySelectorAll('.column-stat, .g-count')].map((el) => ({
        text: el.textContent,
        lines: lines(el),
        cut: el.scrollWidth > el.clientWidth,
      })).concat([{ text: 'Close glossary', lines: 1, cut: document.querySelector('[aria-label="Close glossary"]')!.getBoundingClientRect().right > panelRight }]);
    });
    expect(figures.length).toBe(4);
    for (const f of figures) expect(f, f.text ?? '').toEqual({ text: f.text, lines: 1, cut: false });
    // The search box shows its whole hint ("Search zh / er" before: the filter took the room).
    const search = await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('[aria-label="Search the glossary"]')!;
      const style = getComputedStyle(input);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontSize} ${style.fontFamily}`;
      const room = input.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
      return { hint: input.placeholder, fits: context.measureText(input.placeholder).width <= room };
    });
    expect(search).toEqual({ hint: 'Search terms', fits: true });
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'panel-beside-1024.png') });
    // No room to widen it here: the edge says so, is no Tab stop, and a drag changes nothing,
    // neither now nor the width remembered from the wider window (540 px above).
    const edge = page.getByTestId('glossary-resize');
    expect(await edge.getAttribute('aria-disabled')).toBe('true');
    expect(await edge.getAttribute('tabindex')).toBeNull();
    expect(await edge.getAttribute('title')).toMatch(/too narrow to widen the glossary/);
    const handle = await box('[data-testid=glossary-resize]');
    await page.mouse.move(handle.x + 3, handle.y + 200);
    await page.mouse.down();
    await page.mouse.move(handle.x - 150, handle.y + 200, { steps: 5 });
    await page.mouse.up();
    expect(Math.round((await panel().boundingBox())!.width)).toBe(260);
    await page.setViewportSize({ width: 1440, height: 900 });
    await expect.poll(async () => Math.round((await panel().boundingBox())!.width)).toBe(540);
    expect(await page.getByTestId('glossary-resize').getAttribute('aria-valuemax')).toBe('540');
    await page.setViewportSize({ width: 1024, height: 700 });
    await expect.poll(async () => Math.round((await panel().boundingBox())!.width)).toBe(260);
    await panel().getByRole('button', { name: 'Close glossary' }).click();
    await expect.poll(() => panel().count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('below 980 px (900×700) the panel overlays the grid and closes with ×', async () => {
    await page.setViewportSize({ width: 900, height: 700 });
    if ((await panel().count()) === 0) await page.keyboard.press('Control+Shift+G');
    await expect.poll(() => panel().getAttribute('class')).toContain('is-overlay');
    const p = (await panel().boundingBox())!;
    expect(p.x + p.width).toBeLessThanOrEqual(900);
    await panel().getByRole('button', { name: 'Close glossary' }).click();
    await expect.poll(() => panel().count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
