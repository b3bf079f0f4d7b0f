import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, openGlossaryWorkbench } from './harness';
import type { Harness } from './harness';

// Choosing the project's team glossary folder in web mode: a folder of the workspace picked from
// the list main gives (never a typed path); the glossary, matcher and watcher follow it.
const describeE2e = chromiumAvailable() ? describe : describe.skip;
const SHOTS = process.env.GLOSSARY_SHOTS;

describeE2e('team glossary folder per project (web mode, Chromium)', () => {
  let h: Harness;
  let page: Page;
  let errors: string[];
  const panel = () => page.getByRole('complementary', { name: 'Glossary' });
  const team = () => join(h.workspace, 'team-sync');

  beforeAll(async () => {
    ({ h, page, errors } = await openGlossaryWorkbench({
      glossary: { 'base.csv': 'zh,en,ru\n战略稳定,strategic stability,стратегическая стабильность\n冷战思维,Cold War mentality,менталитет холодной войны\n' },
      workspace: { 'team-sync/team.csv': 'zh,en,ru\n零和博弈,zero-sum game,игра с нулевой суммой\n' },
    }));
  }, 120_000);

  afterAll(() => h?.close());

  it('switches the project to a workspace folder; the glossary and the highlights follow', async () => {
    await page.keyboard.press('Control+Shift+G');
    await panel().waitFor();
    const folder = panel().getByTestId('glossary-folder');
    await expect.poll(() => folder.innerText()).toContain('Team folder: glossary (built in)');
    await expect.poll(() => panel().locator('.g-concept').count()).toBe(2);
    await folder.getByRole('button', { name: 'Change…' }).click();
    await folder.getByLabel('Team folder').selectOption('team-sync');
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'team-folder-choose-1440.png') });
    await folder.getByRole('button', { name: 'Use' }).click();
    await expect.poll(() => folder.innerText()).toContain('Team folder: team-sync');
    await expect.poll(() => panel().locator('.g-concept').allInnerTexts()).toEqual([expect.stringContaining('零和博弈')]);
    // The source highlights come from the new folder only.
    await expect.poll(() => page.locator('.cell[data-lang=zh] .term').allInnerTexts()).toContain('零和博弈');
    expect(await page.locator('.cell[data-lang=zh] .term', { hasText: '战略稳定' }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('a teammate’s file in the chosen folder appears without a restart', async () => {
    writeFileSync(join(team(), 'partner.csv'), 'zh,en,ru\n核共享,nuclear sharing,совместные ядерные миссии\n');
    await expect.poll(() => panel().locator('.g-concept').count(), { timeout: 15_000 }).toBe(2);
    if (SHOTS) {
      await page.screenshot({ path: join(SHOTS, 'team-folder-1440.png') });
      await page.setViewportSize({ width: 1024, height: 700 });
      await page.screenshot({ path: join(SHOTS, 'team-folder-1024.png') });
      await page.setViewportSize({ width: 1440, height: 900 });
    }
  });

  it('Built-in goes back to the app’s folder, as one undoable edit', async () => {
    const folder = panel().getByTestId('glossary-folder');
    await folder.getByRole('button', { name: 'Built-in' }).click();
    await expect.poll(() => folder.innerText()).toContain('Team folder: glossary (built in)');
    await expect.poll(() => panel().locator('.g-concept').count()).toBe(2);
    await page.keyboard.press('Control+Z');
    await expect.poll(() => folder.innerText()).toContain('Team folder: team-sync');
    expect(errors).toEqual([]);
  });
});
