import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, openGlossaryWorkbench } from './harness';
import type { Harness } from './harness';
import { misalignedSample } from './misaligned-sample';

// Yes/no questions use the app's one modal shell (panels/confirm.tsx over panels/dialog.tsx), never
// the browser's window.confirm: the re-align question and the glossary's Delete. Focus moves in (on
// the safe answer for Delete), Esc is the safe answer and changes nothing, focus comes back.
const describeE2e = chromiumAvailable() ? describe : describe.skip;
const SHOTS = process.env.CONFIRM_SHOTS;
const TEAM = 'zh,en,ru\n战略稳定,strategic stability,стратегическая стабильность\n零和博弈,zero-sum game,игра с нулевой суммой\n';

describeE2e('confirmation dialogs (web mode, Chromium)', () => {
  let h: Harness;
  let page: Page;
  const nativeDialogs: string[] = [];
  const focusedLabel = () => page.evaluate(() => (document.activeElement?.closest('.modal') ? document.activeElement?.textContent?.trim() ?? '' : 'outside'));
  const toasts = () => page.getByTestId('toast').allInnerTexts();

  beforeAll(async () => {
    // A project whose re-alignment changes something (an unchanged one asks nothing).
    const misaligned = misalignedSample();
    ({ h, page } = await openGlossaryWorkbench({ glossary: { 'team.csv': TEAM }, workspace: misaligned.files }));
    await page.locator('[data-command="file.open"]').click();
    await page.getByRole('menuitem', { name: misaligned.name }).click();
    await page.getByTestId('project-name').filter({ hasText: misaligned.name }).waitFor();
    page.on('dialog', (d) => nativeDialogs.push(d.message()));
  }, 120_000);

  afterAll(() => h?.close());

  it('re-align says what will change in a modal: Esc cancels, the Re-align button applies it', async () => {
    await page.setViewportSize({ width: 1024, height: 700 });
    // At 1024 px the re-align buttons fold into the bar's Re-align ▾ menu.
    await page.getByTestId('realign-menu').click();
    await page.getByRole('menuitem', { name: /^Re-align whole document \(/ }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Re-align the document?' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toMatch(/^Row \d+ changes[\s\S]*zh→en: [\s\S]*zh→ru: [\s\S]*Undo reverts it in one step/m);
    expect(await dialog.getAttribute('aria-modal')).toBe('true');
    // Re-align is the default (Enter), as the question is not destructive: one undo step reverts it.
    await expect.poll(focusedLabel).toBe('Re-align');
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'realign-confirm-1024.png') });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(toasts).toContainEqual('Re-align cancelled: nothing changed');

    await page.setViewportSize({ width: 1440, height: 900 });
    await page.locator('[data-command="align.realign"]').click();
    await dialog.waitFor();
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'realign-confirm-1440.png') });
    await dialog.getByRole('button', { name: 'Re-align' }).click();
    await expect.poll(toasts).toContainEqual('Re-aligned zh→en: 1 row changed');
    expect(await page.locator('[data-command="edit.undo"]').getAttribute('title')).toBe('Undo re-align (Ctrl+Z)');
    expect(nativeDialogs).toEqual([]);
  });

  it("the glossary's Delete asks in a modal with Cancel focused: Esc keeps the term, Delete removes it from the file", async () => {
    const team = join(h.glossaryDir, 'team.csv');
    await page.keyboard.press('Control+Shift+G');
    const panel = page.getByRole('complementary', { name: 'Glossary' });
    await panel.waitFor();
    await panel.locator('.g-concept', { hasText: '零和博弈' }).click();
    const form = panel.getByRole('form', { name: 'Edit concept' });
    await form.getByRole('button', { name: 'Delete…' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Delete 零和博弈 from team.csv?' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('Teammates sharing the glossary folder lose it too.');
    // Destructive: the safe answer has focus, so Enter does not delete.
    await expect.poll(focusedLabel).toBe('Cancel');
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'glossary-delete-1440.png') });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    // Focus is back on the Delete… button, and the term is still in the file.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Delete…');
    expect(readFileSync(team, 'utf8')).toContain('零和博弈');

    await page.setViewportSize({ width: 1024, height: 700 });
    await form.getByRole('button', { name: 'Delete…' }).click();
    await dialog.waitFor();
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'glossary-delete-1024.png') });
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(() => readFileSync(team, 'utf8')).not.toContain('零和博弈');
    expect(readFileSync(team, 'utf8')).toContain('战略稳定');
    await expect.poll(toasts).toContainEqual('Deleted 零和博弈 from the glossary');
    expect(nativeDialogs).toEqual([]);
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('no window.confirm, alert or prompt is left anywhere in the renderer', () => {
    const root = join(__dirname, '..', '..', 'renderer', 'src');
    const offenders = readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.tsx?$/.test(f))
      .filter((f) => /\b(?:window\.)?(?<![.\w])(confirm|alert|prompt)\(|window\.(confirm|alert|prompt)\b/.test(readFileSync(join(root, f), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')));
    expect(offenders).toEqual([]);
  });
});
