import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer } from '../../main/web/server';
import type { WebServer } from '../../main/web/server';
import { CHROMIUM, ROOT, chromiumAvailable, ensureRendererBuilt } from './harness';

// The glossary panel in web mode over a team folder of its own (a temp copy, never the repo's
// glossary/): search, edit written back to the file, a forbidden variant flagged live, a change
// made on disk by another process picked up, and a conflict shown instead of a blind overwrite.
const describeE2e = chromiumAvailable() ? describe : describe.skip;
const SHOTS = process.env.GLOSSARY_SHOTS;

const TEAM = 'zh,en,ru,en_forbidden,ru_forbidden\n战略稳定,strategic stability,стратегическая стабильность,,\n冷战思维,Cold War mentality,менталитет холодной войны,Cold War thinking,\n零和博弈,zero-sum game,игра с нулевой суммой,,\n一带一路,Belt and Road,Пояс и путь,,\n';

describeE2e('glossary panel (web mode, Chromium)', () => {
  let dir: string;
  let server: WebServer;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  const team = () => join(dir, 'glossary', 'team.csv');
  const panel = () => page.getByRole('complementary', { name: 'Glossary' });
  const glossaryProblems = async () => Number((await page.getByTestId('summary-glossary').innerText()).replace(/\D/g, ''));

  beforeAll(async () => {
    ensureRendererBuilt();
    dir = mkdtempSync(join(tmpdir(), 'duizhao-e2e-glossary-'));
    mkdirSync(join(dir, 'glossary'));
    writeFileSync(team(), TEAM);
    server = await startWebServer({ port: 0, workspace: join(dir, 'ws'), rendererDir: join(ROOT, 'out', 'renderer'), samplesDir: join(ROOT, 'samples'), glossaryDir: join(dir, 'glossary'), log: () => {} });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => void d.accept());
    await page.goto(server.url);
    await page.getByTestId('row').first().waitFor({ timeout: 60_000 });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('Ctrl+Shift+G opens the panel beside the grid; search runs across zh, en and ru', async () => {
    await page.keyboard.press('Control+Shift+G');
    await panel().waitFor();
    await expect.poll(() => panel().locator('.g-concept').count()).toBe(4);
    await panel().getByLabel('Search the glossary').fill('нулевой');
    await expect.poll(() => panel().locator('.g-concept').allInnerTexts()).toEqual([expect.stringContaining('零和博弈')]);
    await panel().getByLabel('Search the glossary').fill('');
    await panel().getByLabel('Which terms').selectOption('document');
    await expect.poll(() => panel().locator('.g-concept').count()).toBe(3);
    expect(await panel().locator('.g-concept', { hasText: '一带一路' }).count()).toBe(0);
    await panel().getByLabel('Which terms').selectOption('all');
    // The grid keeps its three columns visible beside the panel.
    for (const lang of ['zh', 'en', 'ru']) expect(await page.locator(`.cell[data-lang=${lang}]`).first().isVisible()).toBe(true);
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'panel-1440.png') });
  });

  it('an edit is written back to the file and its forbidden variant is flagged live', async () => {
    const before = await glossaryProblems();
    await panel().locator('.g-concept', { hasText: '战略稳定' }).click();
    const form = panel().getByRole('form', { name: 'Edit concept' });
    await form.locator('input[name=en]').fill('strategic steadiness');
    await form.locator('input[name=enForbidden]').fill('strategic stability');
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'edit-1440.png') });
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => readFileSync(team(), 'utf8')).toContain('战略稳定,strategic steadiness,стратегическая стабильность,strategic stability,');
    await expect.poll(() => panel().locator('.g-concept', { hasText: '战略稳定' }).innerText()).toContain('forbidden');
    await expect.poll(glossaryProblems, { timeout: 20_000 }).toBeGreaterThan(before);
  });

  it('a term added by another process appears without a restart', async () => {
    writeFileSync(team(), `${readFileSync(team(), 'utf8')}东盟,ASEAN,АСЕАН,,\n`);
    await panel().getByLabel('Search the glossary').fill('ASEAN');
    await expect.poll(() => panel().locator('.g-concept').allInnerTexts(), { timeout: 15_000 }).toEqual([expect.stringContaining('东盟')]);
  });

  it('an edit of a file changed on disk meanwhile shows the conflict, then writes into their file on request', async () => {
    await panel().getByLabel('Search the glossary').fill('zero-sum');
    await panel().locator('.g-concept', { hasText: '零和博弈' }).click();
    const form = panel().getByRole('form', { name: 'Edit concept' });
    await form.locator('input[name=en]').fill('zero-sum game | zero-sum approach');
    // A teammate's sync lands before the save (and before the page reloads it).
    writeFileSync(team(), readFileSync(team(), 'utf8').replace('冷战思维,Cold War mentality', '冷战思维,Cold War mindset'));
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => form.getByRole('alert').innerText()).toMatch(/team\.csv was changed on disk/);
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'conflict-1024.png'), clip: { x: 0, y: 0, width: 1440, height: 900 } });
    await form.getByRole('button', { name: 'Write mine into their file' }).click();
    await expect.poll(() => readFileSync(team(), 'utf8')).toContain('零和博弈,zero-sum game|zero-sum approach,');
    expect(readFileSync(team(), 'utf8')).toContain('冷战思维,Cold War mindset,');
    expect(errors).toEqual([]);
  });
});
