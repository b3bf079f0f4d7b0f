import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, openGlossaryWorkbench } from './harness';
import type { Harness } from './harness';

// Target-side glossary marks in web mode over the strategic-stability sample and a team folder of
// its own: the required terms in the English and Russian columns highlighted in their inflected
// forms with the source's hover, and a required term the translation lacks marked.
const describeE2e = chromiumAvailable() ? describe : describe.skip;
const SHOTS = process.env.GLOSSARY_SHOTS;

const TEAM = 'zh,en,ru,en_forbidden,ru_forbidden\n战略稳定,strategic stability,стратегическая стабильность,,\n冷战思维,Cold War mentality,менталитет холодной войны,,\n零和博弈,zero-sum game,игра с нулевой суммой,,\n';

/** The focused element's accessible name and description, as the browser gives them to a screen reader. */
async function focusedAx(page: Page): Promise<{ name: string; description: string }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result } = await cdp.send('Runtime.evaluate', { expression: 'document.activeElement' });
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { objectId: result.objectId!, fetchRelatives: false });
    return { name: String(nodes[0]?.name?.value ?? ''), description: String(nodes[0]?.description?.value ?? '') };
  } finally {
    await cdp.detach();
  }
}

describeE2e('glossary terms on the target side (web mode, Chromium)', () => {
  let h: Harness;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ h, page, errors } = await openGlossaryWorkbench({ glossary: { 'team.csv': TEAM } }));
  }, 120_000);

  afterAll(() => h?.close());

  it('highlights required terms in the English and Russian columns, inflected, with the source hover', async () => {
    const ruTerms = page.locator('.cell[data-lang=ru] .term');
    await expect.poll(() => ruTerms.allInnerTexts(), { timeout: 20_000 }).toContain('стратегической стабильности');
    const ru = await ruTerms.allInnerTexts();
    expect(ru).toContain('менталитета холодной войны');
    expect(ru).toContain('игры с нулевой суммой');
    const enTerms = await page.locator('.cell[data-lang=en] .term').allInnerTexts();
    expect(enTerms.map((t) => t.toLowerCase())).toContain('strategic stability');
    const title = await page.locator('.cell[data-lang=ru] .term', { hasText: 'менталитета холодной войны' }).first().getAttribute('title');
    expect(title).toMatch(/^冷战思维\nEN: Cold War mentality\nRU: менталитет холодной войны/);
    if (SHOTS) {
      await page.screenshot({ path: join(SHOTS, 'target-terms-1440.png') });
      await page.setViewportSize({ width: 1024, height: 700 });
      await page.screenshot({ path: join(SHOTS, 'target-terms-1024.png') });
      await page.setViewportSize({ width: 1440, height: 900 });
    }
  });

  it('marks a required term the translation lacks, in that column only', async () => {
    const row = page.getByTestId('row').filter({ has: page.locator('.cell[data-lang=zh] .term', { hasText: '零和博弈' }) }).first();
    const enMissing = row.locator('.cell[data-lang=en] [data-testid=term-missing]');
    await expect.poll(() => enMissing.allInnerTexts()).toEqual(['⚠ zero-sum game']);
    expect(await enMissing.getAttribute('title')).toBe('Glossary: 零和博弈 should be translated “zero-sum game”');
    expect(await row.locator('.cell[data-lang=ru] [data-testid=term-missing]').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('the English sentence lacking the term is flagged at its edge, not tinted or squiggled over its text', async () => {
    const row = page.getByTestId('row').filter({ has: page.locator('.cell[data-lang=zh] .term', { hasText: '零和博弈' }) }).first();
    const flag = row.locator('.cell[data-lang=en] [data-testid=sentence-flag]');
    await expect.poll(() => flag.count(), { timeout: 20_000 }).toBe(1);
    expect(await flag.getAttribute('title')).toContain('零和博弈 should be translated');
    // The Chinese term is the mark; the English text carries none of the finding's.
    expect(await row.locator('.cell[data-lang=zh] .qa', { hasText: '零和博弈' }).count()).toBe(1);
    expect(await row.locator('.cell[data-lang=en] .qa-whole').count()).toBe(0);
    const sentence = row.locator('.cell[data-lang=en] .sentence', { has: page.locator('[data-testid=sentence-flag]') });
    const flagBox = (await flag.boundingBox())!;
    const textBox = (await sentence.locator('.sentence-text').boundingBox())!;
    expect(flagBox.x + flagBox.width).toBeLessThanOrEqual(textBox.x);
    // A slim bar, but a pointer target as wide as the cell's padding: 1 px left of the bar and 5 px
    // right of it (the bar itself is 4 px) the pointer is still on the flag, and gets its tooltip.
    await flag.scrollIntoViewIfNeeded();
    const hitBox = (await flag.boundingBox())!;
    const bar = await flag.evaluate((el) => {
      const before = getComputedStyle(el, '::before');
      return { width: Number.parseFloat(before.width), left: Number.parseFloat(before.left) };
    });
    expect(bar.width).toBe(4);
    expect(hitBox.width).toBeGreaterThanOrEqual(12);
    const hit = (x: number) => page.evaluate(([px, py]) => (document.elementFromPoint(px!, py!) as HTMLElement | null)?.dataset.testid ?? null, [x, hitBox.y + hitBox.height / 2]);
    expect(await hit(hitBox.x + bar.left - 1)).toBe('sentence-flag');
    expect(await hit(hitBox.x + bar.left + bar.width + 5)).toBe('sentence-flag');
    // To a screen reader the flag's message (with its severity) describes the English cell.
    const message = 'Warning: Glossary: 零和博弈 should be translated “zero-sum game”.';
    const rowIndex = await row.getAttribute('data-row');
    const cdp = await page.context().newCDPSession(page);
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: `[data-testid=row][data-row="${rowIndex}"] .cell[data-lang=en]` });
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
    expect(nodes[0]!.description?.value).toBe(message);
    expect(nodes[0]!.name?.value).toMatch(/^Row \d+, English, /);
    await cdp.detach();
    // In the editor: no squiggle over the sentence, the flag still beside it, and the editor says
    // what the sentence lacks (it has no marker for it) in its description, after its name.
    await sentence.locator('.sentence-text').click();
    await row.locator('[data-testid=editor-slot] .monaco-editor .view-line').first().waitFor();
    await page.waitForTimeout(800); // the markers are set as the editor binds; give Monaco a few frames to draw them
    expect(await row.locator('[data-testid=editor-slot] [class*=squiggly]').count()).toBe(0);
    expect(await flag.count()).toBe(1);
    await expect.poll(async () => (await focusedAx(page)).description).toBe(message);
    expect((await focusedAx(page)).name).toMatch(new RegExp(`^English translation of row ${Number(rowIndex) + 1}(, sentence \\d+ of \\d+)?$`));
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
  });

  it('typing the missing term changes what the editor says it lacks, never its name (no re-announcement while typing)', async () => {
    const row = page.getByTestId('row').filter({ has: page.locator('.cell[data-lang=zh] .term', { hasText: '零和博弈' }) }).first();
    const flag = row.locator('.cell[data-lang=en] [data-testid=sentence-flag]');
    await expect.poll(() => flag.count(), { timeout: 20_000 }).toBe(1);
    // Open in the editor (the test before leaves it open there, the cursor's row).
    const open = row.locator('.cell[data-lang=en] [data-testid=editor-slot] .monaco-editor');
    if ((await open.count()) > 0) await open.click();
    else await row.locator('.cell[data-lang=en] .sentence', { has: flag }).locator('.sentence-text').click();
    await expect.poll(async () => (await focusedAx(page)).description).toMatch(/^Warning: Glossary: 零和博弈/);
    const { name } = await focusedAx(page);
    expect(name).toMatch(/^English translation of row \d+/);
    // Typed at the sentence's end, the term leaves the list: the description empties, the name stays.
    await page.keyboard.press('End');
    await page.keyboard.type(' A zero-sum game.');
    await expect.poll(() => flag.count(), { timeout: 20_000 }).toBe(0);
    await expect.poll(async () => (await focusedAx(page)).description).toBe('');
    expect((await focusedAx(page)).name).toBe(name);
    // Undone, the term is missing again: described again, the same name.
    await page.keyboard.press('Control+z');
    await expect.poll(() => flag.count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(async () => (await focusedAx(page)).description).toMatch(/^Warning: Glossary: 零和博弈/);
    expect((await focusedAx(page)).name).toBe(name);
    expect(await row.locator('.cell[data-lang=en]').innerText()).not.toContain('A zero-sum game.');
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
  });

  it('the open Russian sentence shows its terms in the editor too', async () => {
    const sentence = page.locator('.cell[data-lang=ru] .sentence', { has: page.locator('.term', { hasText: 'менталитета холодной войны' }) }).first();
    await sentence.locator('.sentence-text').click();
    await expect.poll(() => page.locator('.sentence-editor .term-inline').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('Russian completion offers the term in the case the preposition asks for: «от менталитета холодной войны»', async () => {
    // The editor is open on the sentence whose source has 冷战思维 (previous test).
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Отказ от ментал', { delay: 30 });
    const suggest = page.locator('.suggest-widget');
    await suggest.waitFor({ state: 'visible', timeout: 10_000 });
    const first = suggest.locator('.monaco-list-row').first();
    await expect.poll(() => first.getAttribute('aria-label')).toContain('менталитета холодной войны');
    const labels = await suggest.locator('.monaco-list-row .label-name').allInnerTexts();
    expect(labels).toContain('менталитет холодной войны');
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'ru-completion-1440.png') });
    await page.keyboard.press('Enter');
    // Monaco draws spaces as no-break spaces and wraps long lines.
    const shown = async () => (await page.locator('.sentence-editor .view-lines').innerText()).replace(/\s+/gu, ' ').trim();
    await expect.poll(shown).toMatch(/Отказ от менталитета холодной войны$/);
    expect(errors).toEqual([]);
  });
});
