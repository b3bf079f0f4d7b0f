import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, ROOT, chromiumAvailable, openApp, startHarness } from './harness';
import type { Harness } from './harness';

// New project from uploaded files in web mode: the page sends the bytes with file:readText and
// main's readers decode them (GB18030 detection, DOCX), as the desktop app's file picker does.
const describeE2e = chromiumAvailable() ? describe : describe.skip;

const sample = (lang: string) => readFileSync(join(ROOT, 'samples', `strategic-stability-2025-05-08.${lang}.txt`), 'utf8');
const squash = (text: string) => text.replace(/\s+/g, '');

describeE2e('New project from uploaded files (web mode, Chromium)', () => {
  let h: Harness;
  let page: Page;
  let pageErrors: string[] = [];
  const zh = sample('zh');
  const en = sample('en');

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    h = await startHarness();
    // Rejected uploads answer 4xx, which Chromium logs as console errors: only page errors count.
    ({ page, errors: pageErrors } = await openApp(h, { width: 1400, height: 1000 }, { consoleErrors: false }));
    await page.getByTestId('row').first().waitFor({ timeout: 60_000 });
  }, 180_000);

  afterAll(async () => {
    await h?.close();
  });

  it('reads a GB18030 source and a DOCX draft through main, names files it cannot read, and aligns the project', async () => {
    const gb18030 = iconv.encode(zh, 'gb18030');
    // Not UTF-8: a page that read it with file.text() would get U+FFFD everywhere.
    expect(new TextDecoder('utf-8').decode(gb18030)).toContain('\uFFFD');
    const paragraphs = en.split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' ').trim()).filter((p) => p !== '');
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: paragraphs.map((text) => new Paragraph({ text })) }] }));

    await page.keyboard.press('Control+Alt+n');
    const dialog = page.locator('form.new-project');
    await dialog.waitFor();
    const error = dialog.getByRole('alert');

    // What main refuses is named in the dialog: a broken DOCX, a Russian draft in windows-1251.
    await page.getByTestId('new-ru-file').setInputFiles({ name: 'broken.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from('not a zip') });
    await expect.poll(() => error.innerText()).toMatch(/^broken\.docx: not a readable DOCX: the file is not a ZIP archive/);
    // Our short words, not JSZip's message with its URL.
    expect(await error.innerText()).not.toMatch(/https?:|central directory/);
    await page.getByTestId('new-ru-file').setInputFiles({ name: 'draft-1251.txt', mimeType: 'text/plain', buffer: iconv.encode(sample('ru'), 'win1251') });
    await expect.poll(() => error.innerText()).toMatch(/^draft-1251\.txt: unsupported encoding \(looks like windows-1251\)/);
    expect(await page.getByTestId('new-ru').inputValue()).toBe('');

    await page.getByTestId('new-zh-file').setInputFiles({ name: 'statement-gb18030.txt', mimeType: 'text/plain', buffer: gb18030 });
    await page.getByTestId('new-en-file').setInputFiles({ name: 'draft.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: docx });
    await expect.poll(() => page.getByTestId('new-zh').inputValue()).toBe(zh);
    await expect.poll(() => page.getByTestId('new-en').inputValue()).toBe(paragraphs.join('\n\n'));
    await expect.poll(() => error.count()).toBe(0);
    expect(await dialog.locator('.file-name').allInnerTexts()).toEqual(['statement-gb18030.txt', 'draft.docx']);
    // Each name shows once: the browser's own file control (which would repeat it) takes no room; "Choose file…" opens it.
    for (const lang of ['zh', 'en', 'ru']) expect((await page.getByTestId(`new-${lang}-file`).boundingBox())!.width).toBeLessThanOrEqual(1);
    expect(await dialog.locator('label.file-pick').allInnerTexts()).toEqual(['Choose file…', 'Choose file…', 'Choose file…']);
    await dialog.screenshot({ path: join(ARTIFACTS, 'e2e-new-project-upload.png') });

    await dialog.getByRole('button', { name: 'Create and align' }).click();
    // Named after the source file when the name is left empty.
    await expect.poll(() => page.getByTestId('project-name').innerText(), { timeout: 30_000 }).toBe('statement-gb18030');
    expect(Number((await page.getByTestId('row-count').innerText()).replace(/\D/g, ''))).toBeGreaterThan(20);
    const first = page.getByTestId('row').first();
    expect(await first.locator('.cell[data-lang=zh]').innerText()).toContain('中华人民共和国和俄罗斯联邦关于全球战略稳定的联合声明');
    expect(await first.locator('.cell[data-lang=en]').innerText()).toMatch(/^Joint Statement of the People's Republic of China and the Russian Federation on Global Strategic Stability/);
    // Every Chinese and English cell on screen is text of the samples, decoded right.
    const rows = await page.getByTestId('row').all();
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) {
      const zhCell = squash(await row.locator('.cell[data-lang=zh]').innerText());
      expect(zhCell).not.toContain('\uFFFD');
      expect(squash(zh)).toContain(zhCell);
      // The cell's own text (a glossary missing-term marker "⚠ term" sits after it, not part of the draft).
      const enCell = (await row.locator('.cell[data-lang=en] .sentence-text').allInnerTexts()).join('\n');
      for (const sentence of enCell.split('\n').filter((s) => s.trim() !== '')) expect(squash(en)).toContain(squash(sentence));
    }
    expect(await page.locator('.cell[data-lang=ru]').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  }, 90_000);

  it('names a draft in the wrong slot as soon as it is chosen; swaps two drafts, moves a lone one, or takes it anyway', async () => {
    await page.keyboard.press('Control+Alt+n');
    const dialog = page.locator('form.new-project');
    await dialog.waitFor();
    const problem = page.getByTestId('lang-problem');
    const create = dialog.getByRole('button', { name: 'Create and align' });
    const text = (name: string, body: string) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(body) });
    const ru = sample('ru');

    // The English draft dropped in the Russian slot: named at once, before Create (core checkSlots).
    await page.getByTestId('new-zh-file').setInputFiles(text('statement.zh.txt', zh));
    await page.getByTestId('new-ru-file').setInputFiles(text('statement.en.txt', en));
    await expect.poll(() => problem.innerText()).toMatch(/^statement\.en\.txt looks English, but is in the Russian slot\./);
    // And the Russian one in the English slot: the two are in each other's slots, one click swaps them.
    await page.getByTestId('new-en-file').setInputFiles(text('statement.ru.txt', ru));
    await expect.poll(() => problem.innerText()).toMatch(/^statement\.ru\.txt looks Russian and statement\.en\.txt English: the drafts are in each other's slots\./);
    await dialog.screenshot({ path: join(ARTIFACTS, 'e2e-new-project-swap.png') });
    await problem.getByRole('button', { name: 'Swap English and Russian' }).click();
    await expect.poll(() => problem.count()).toBe(0);
    expect(squash(await page.getByTestId('new-en').inputValue())).toBe(squash(en));
    expect(squash(await page.getByTestId('new-ru').inputValue())).toBe(squash(ru));
    expect(await dialog.locator('.file-name').allInnerTexts()).toEqual(['statement.zh.txt', 'statement.en.txt', 'statement.ru.txt']);

    // A lone draft in the wrong slot moves to the empty one it belongs in.
    await page.getByTestId('new-en').fill('');
    await page.getByTestId('new-ru-file').setInputFiles(text('statement.en.txt', en));
    await expect.poll(() => problem.innerText()).toMatch(/^statement\.en\.txt looks English, but is in the Russian slot\./);
    await problem.getByRole('button', { name: 'Move to the English slot' }).click();
    await expect.poll(() => problem.count()).toBe(0);
    expect(await page.getByTestId('new-ru').inputValue()).toBe('');
    expect(squash(await page.getByTestId('new-en').inputValue())).toBe(squash(en));

    // Chinese in a translation slot while the source is there: no remedy; Create is stopped and
    // the keyboard goes to the problem's buttons; "Create anyway" is the override.
    await page.getByTestId('new-ru-file').setInputFiles(text('copy.zh.txt', zh));
    await expect.poll(() => problem.innerText()).toMatch(/^copy\.zh\.txt looks Chinese, but is in the Russian slot\./);
    expect(await problem.getByRole('button', { name: /^(Move|Swap)/ }).count()).toBe(0);
    await create.click();
    expect(await dialog.count()).toBe(1); // nothing created
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Create anyway');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
