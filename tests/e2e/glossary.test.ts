import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, openGlossaryWorkbench, signInUrl, startHarness } from './harness';
import type { Harness } from './harness';
import { FAKE_KEYS, startFakeDeepL } from '../helpers/fake-deepl-server';
import type { FakeDeepL } from '../helpers/fake-deepl-server';

// The glossary panel in web mode over a team folder of its own (a temp copy, never the repo's
// glossary/): search, edit written back to the file, a forbidden variant flagged live, a change
// made on disk by another process picked up, and a conflict shown instead of a blind overwrite.
const describeE2e = chromiumAvailable() ? describe : describe.skip;
const SHOTS = process.env.GLOSSARY_SHOTS;

const TEAM = 'zh,en,ru,en_forbidden,ru_forbidden\n战略稳定,strategic stability,стратегическая стабильность,,\n冷战思维,Cold War mentality,менталитет холодной войны,Cold War thinking,\n零和博弈,zero-sum game,игра с нулевой суммой,,\n一带一路,Belt and Road,Пояс и путь,,\n';

describeE2e('glossary panel (web mode, Chromium)', () => {
  let h: Harness;
  let page: Page;
  let errors: string[];
  const team = () => join(h.glossaryDir, 'team.csv');
  const panel = () => page.getByRole('complementary', { name: 'Glossary' });
  const glossaryProblems = async () => Number((await page.getByTestId('summary-glossary').innerText()).replace(/\D/g, ''));

  beforeAll(async () => {
    ({ h, page, errors } = await openGlossaryWorkbench({ glossary: { 'team.csv': TEAM } }));
  }, 120_000);

  afterAll(() => h?.close());

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
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'conflict-1440.png') });
    await page.setViewportSize({ width: 1024, height: 700 });
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'conflict-1024.png') });
    await page.setViewportSize({ width: 1440, height: 900 });
    await form.getByRole('button', { name: 'Write mine into their file' }).click();
    await expect.poll(() => readFileSync(team(), 'utf8')).toContain('零和博弈,zero-sum game|zero-sum approach,');
    expect(readFileSync(team(), 'utf8')).toContain('冷战思维,Cold War mindset,');
    expect(errors).toEqual([]);
  });

  it('an import shows what is new and the conflict, and writes only after the user chose', async () => {
    await panel().getByLabel('Search the glossary').fill('');
    await panel().getByRole('button', { name: 'Import…' }).click();
    const download = page.waitForEvent('download');
    await panel().getByRole('button', { name: 'TBX v3' }).click();
    const tbx = readFileSync((await (await download).path())!, 'utf8');
    expect(tbx).toMatch(/<tbx [\s\S]*<term>战略稳定<\/term>[\s\S]*<term>strategic stability<\/term>\s*<termNote type="administrativeStatus">deprecatedTerm-admn-sts/);
    const incoming = join(h.workspace, 'partner.csv');
    writeFileSync(incoming, 'zh,en,ru\n冷战思维,Cold War mentality,менталитет холодной войны\n核共享,nuclear sharing,совместные ядерные миссии\n');
    await panel().getByLabel('Glossary file to import').setInputFiles(incoming);
    await expect.poll(() => panel().getByTestId('import-summary').innerText()).toBe('1 new · 0 extended · 1 conflict(s) · 0 unchanged');
    await expect.poll(() => panel().getByTestId('import-conflict').innerText()).toContain('“Cold War mindset” in team.csv, “Cold War mentality” in the import');
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'import-1440.png') });
    const importButton = panel().getByRole('button', { name: 'Import', exact: true });
    expect(await importButton.isDisabled()).toBe(true);
    await panel().getByTestId('import-conflict').getByLabel('keep “Cold War mindset”').check();
    await importButton.click();
    await expect.poll(() => readFileSync(join(h.glossaryDir, 'partner.csv'), 'utf8')).toContain('核共享,nuclear sharing');
    expect(readFileSync(join(h.glossaryDir, 'partner.csv'), 'utf8')).not.toContain('冷战思维');
    await panel().getByLabel('Search the glossary').fill('nuclear');
    await expect.poll(() => panel().locator('.g-concept').allInnerTexts(), { timeout: 15_000 }).toEqual([expect.stringContaining('核共享')]);
    expect(errors).toEqual([]);
  });
});

describeE2e('Settings: the DeepL key in web mode (Chromium, fake DeepL)', () => {
  let h: Harness;
  let fake: FakeDeepL;
  const saved = { key: process.env.DEEPL_AUTH_KEY, url: process.env.DEEPL_SERVER_URL };

  beforeAll(async () => {
    fake = await startFakeDeepL();
    delete process.env.DEEPL_AUTH_KEY;
    process.env.DEEPL_SERVER_URL = fake.url;
    h = await startHarness();
  }, 120_000);

  afterAll(async () => {
    await h?.close();
    await fake?.close();
    if (saved.url === undefined) delete process.env.DEEPL_SERVER_URL;
    else process.env.DEEPL_SERVER_URL = saved.url;
    if (saved.key !== undefined) process.env.DEEPL_AUTH_KEY = saved.key;
  });

  it('saves the key owner-only in the workspace, tests it (usage, plan, host), and never sends it to the page', async () => {
    const page = await h.browser.newPage({ viewport: { width: 1600, height: 900 }, acceptDownloads: true });
    const bodies: string[] = [];
    page.on('response', (r) => void r.text().then((t) => bodies.push(t), () => undefined));
    await page.goto(signInUrl(h.server));
    await page.getByTestId('row').first().waitFor({ timeout: 60_000 });
    await page.locator('[data-command="app.settings"]').click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await expect.poll(() => dialog.getByTestId('deepl-key-status').innerText()).toMatch(/No DeepL key yet/);
    const input = dialog.locator('input[name=deepl-key]');
    expect(await input.getAttribute('type')).toBe('password');
    await input.fill(FAKE_KEYS.free);
    await dialog.getByRole('button', { name: 'Save' }).click();
    const host = new URL(fake.url).host;
    await expect.poll(() => dialog.getByTestId('deepl-key-status').innerText()).toMatch(new RegExp(`Key saved\\. Free key \\(ends in ":fx"\\), stored on this computer, contacted ${host.replace('.', '\\.')}: [\\d,]+ of [\\d,]+ characters used`));
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'settings-1440.png') });
    const file = join(h.workspace, '.duizhao', 'deepl-key');
    expect(readFileSync(file, 'utf8')).toBe(FAKE_KEYS.free);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    await dialog.getByRole('button', { name: 'Test' }).click();
    await expect.poll(() => dialog.getByTestId('deepl-key-status').innerText()).toMatch(/characters used this period/);
    // A wrong key is refused in plain words and not stored.
    await input.fill('not-a-real-key');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => dialog.getByTestId('deepl-key-status').innerText()).toMatch(/^Not saved: /);
    expect(readFileSync(file, 'utf8')).toBe(FAKE_KEYS.free);
    expect(bodies.some((b) => b.includes(FAKE_KEYS.free))).toBe(false);
    await page.close();
  });
});
