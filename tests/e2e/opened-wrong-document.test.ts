import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createSampleProject, serializeProject } from '../../core/project';
import { writeTmx } from '../../core/formats/tmx-write';
import { projectEngine } from '../../services/engine';
import { ARTIFACTS, ROOT, chromiumAvailable, openSampleWorkbench } from './harness';
import type { Harness } from './harness';

// Issue 10: a saved project or an imported TMX/XLIFF whose draft is not a translation of its source
// says so when it opens (the share of the source found in it), as New project and the CLI do.
const describeE2e = chromiumAvailable() ? describe : describe.skip;
const text = (name: string, lang: string) => readFileSync(join(ROOT, 'samples', `${name}.${lang}.txt`), 'utf8');

describeE2e('an opened project whose draft is another document (web mode, Chromium)', () => {
  let h: Harness;
  let page: Page;
  const banner = () => page.getByTestId('wrong-document-banner');
  const mismatched = createSampleProject({ name: 'Mismatched', zh: text('joint-statement-2025-05-08', 'zh'), en: text('strategic-stability-2025-05-08', 'en') }, projectEngine);

  async function upload(item: 'Open file…' | 'Import TMX/XLIFF…', name: string, body: string): Promise<void> {
    await page.locator('[data-command="file.open"]').click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('menuitem', { name: item }).click();
    await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(body) });
  }

  /** An uploaded file opens as unsaved work: replacing it asks "Save changes?" — Discard. */
  async function discardIfAsked(): Promise<void> {
    const dialog = page.getByTestId('save-changes');
    if (await dialog.waitFor({ timeout: 3000 }).then(() => true, () => false)) await dialog.getByRole('button', { name: 'Discard' }).click();
  }

  async function openSample(): Promise<void> {
    await page.locator('[data-command="file.open"]').click();
    await page.getByRole('menuitem', { name: 'Strategic stability statement' }).click();
    await discardIfAsked();
    await expect.poll(() => page.getByTestId('project-name').innerText()).toMatch(/Joint statement/);
  }

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    ({ h, page } = await openSampleWorkbench({ width: 1440, height: 900 }));
  }, 180_000);

  afterAll(async () => {
    await h?.close();
  });

  it('the sample (a real translation) opens without a warning', async () => {
    // Every open asks main for the judgement: wait for its answer before saying "no warning".
    const judged = page.waitForResponse((r) => r.url().endsWith('/api/align:judge'));
    await openSample();
    expect((await (await judged).json()).questions).toEqual([]);
    expect(await banner().count()).toBe(0);
  });

  it('a saved project file: the banner names the draft and the share found; Dismiss hides it; the next open clears it', async () => {
    await upload('Open file…', 'mismatched.duizhao.json', serializeProject(mismatched));
    await expect.poll(() => page.getByTestId('project-name').innerText()).toBe('Mismatched');
    await expect.poll(() => banner().count()).toBe(1);
    expect(await banner().innerText()).toMatch(/The English draft matches only \d+ % of the source — wrong file\?/);
    expect(await banner().innerText()).toMatch(/Translations of a source show 45 % or more/);
    await page.screenshot({ path: join(ARTIFACTS, 'opened-wrong-document-1440x900.png') });
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.screenshot({ path: join(ARTIFACTS, 'opened-wrong-document-1024x700.png') });
    const box = (await banner().getByRole('button', { name: 'Dismiss' }).boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(1024);
    await page.setViewportSize({ width: 1440, height: 900 });
    await banner().getByRole('button', { name: 'Dismiss' }).click();
    expect(await banner().count()).toBe(0);

    await upload('Open file…', 'mismatched.duizhao.json', serializeProject(mismatched));
    await discardIfAsked();
    await expect.poll(() => banner().count()).toBe(1);
    await openSample();
    await expect.poll(() => banner().count()).toBe(0);
  }, 90_000);

  it('an imported TMX of another document warns too', async () => {
    await upload('Import TMX/XLIFF…', 'mismatched.tmx', writeTmx(mismatched, ['en']));
    await discardIfAsked();
    await expect.poll(() => page.getByTestId('project-name').innerText()).not.toMatch(/Joint statement/);
    await expect.poll(() => banner().count()).toBe(1);
    expect(await banner().innerText()).toMatch(/The English draft matches only \d+ % of the source/);
  }, 60_000);
});
