import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { ARTIFACTS, chromiumAvailable, editEnglish, openSampleWorkbench } from './harness';
import type { Harness } from './harness';

// The Export dialog in web mode on the built-in sample: format, languages and options reach the
// engine (the downloaded bytes show them), and the choice is remembered across a reload.
const describeE2e = chromiumAvailable() ? describe : describe.skip;

const HAN = /[\u4e00-\u9fff]/;
const LATIN = /[A-Za-z]/;
const CYRILLIC = /[А-Яа-яЁё]/;
const DASHED = '- ';

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      field = '';
      record = [];
      i++;
    } else field += c;
  }
  if (field || record.length) throw new Error('CSV does not end with CRLF');
  return records;
}

describeE2e('Export dialog in web mode (Chromium)', () => {
  let h: Harness;
  let page: Page;
  let pageErrors: string[] = [];
  const dialog = () => page.getByTestId('export-dialog');
  const option = (name: string) => dialog().locator(`[data-option=${name}] input`);
  let confirmedEn = '';

  async function exportWithEnter(): Promise<{ download: Download; bytes: Buffer }> {
    const pending = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const download = await pending;
    return { download, bytes: readFileSync((await download.path())!) };
  }

  beforeAll(async () => {
    ({ h, page, errors: pageErrors } = await openSampleWorkbench({ width: 1600, height: 900 })); // the header does not fold into More ▾ (below 1520 px)
  }, 180_000);

  afterAll(async () => {
    await h?.close();
  });

  it('refuses "Only confirmed" while nothing is confirmed (as the CLI does): Export disabled with the reason, Enter writes no file', async () => {
    const reason = 'No unit is confirmed in English, so “only confirmed” leaves nothing to export (confirm segments first, or export them all)';
    await page.locator('[data-command="file.export"]').click();
    await dialog().waitFor();
    await option('onlyConfirmed').check();
    await expect.poll(() => page.getByTestId('export-count').innerText()).toBe(reason);
    expect(await page.getByTestId('export-submit').isDisabled()).toBe(true);
    expect(await page.getByTestId('export-submit').getAttribute('title')).toBe(reason);
    let downloads = 0;
    const count = () => void downloads++;
    page.on('download', count);
    await page.keyboard.press('Enter'); // focus is on the checkbox: Enter would export
    await page.waitForTimeout(500);
    page.off('download', count);
    expect(downloads).toBe(0);
    expect(await dialog().count()).toBe(1);
    await dialog().screenshot({ path: join(ARTIFACTS, 'e2e-export-dialog-nothing-confirmed.png') });
    await option('onlyConfirmed').uncheck();
    await expect.poll(() => page.getByTestId('export-count').innerText()).toMatch(/^\d+ units$/);
    expect(await page.getByTestId('export-submit').isDisabled()).toBe(false);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog().count()).toBe(0);
  });

  it('confirms one bead whose English now starts with a dash (a cell a spreadsheet would run as a formula)', async () => {
    const row = await editEnglish(page, 2);
    await page.keyboard.press('Control+Home');
    await page.keyboard.type(DASHED);
    await page.keyboard.press('Control+Enter'); // confirms the zh→en bead (cursor in English) and moves on
    await expect.poll(() => row.locator('.cell-confirmed[data-lang=en]').count()).toBe(1);
    confirmedEn = (await row.locator('.cell[data-lang=en] .sentence-text').allInnerTexts()).join(' ');
    expect(confirmedEn.startsWith(DASHED.trim())).toBe(true);
  });

  it('shows only the options that apply to the format, and exports CSV with BOM, zh | en, only confirmed', async () => {
    await page.locator('[data-command="file.export"]').click();
    await dialog().waitFor();
    // First use: TMX, which has no BOM, no formula protection and carries no QA findings.
    expect(await dialog().locator('[data-format=tmx] input').isChecked()).toBe(true);
    expect(await option('bom').count()).toBe(0);
    expect(await option('excelSafe').count()).toBe(0);
    expect(await option('qa').count()).toBe(0);
    expect(await option('onlyConfirmed').count()).toBe(1);

    await dialog().locator('[data-format=csv]').click();
    expect(await option('bom').count()).toBe(1);
    expect(await option('qa').count()).toBe(1);
    await dialog().locator('[data-langs=en]').click();
    await option('onlyConfirmed').check();
    expect(await option('excelSafe').isChecked()).toBe(false);
    await option('bom').check();
    expect(await option('excelSafe').isChecked()).toBe(true); // follows the BOM: a file for Excel is made safe for it
    await expect.poll(() => page.getByTestId('export-count').innerText()).toMatch(/^1 of \d+ units$/);
    await dialog().screenshot({ path: join(ARTIFACTS, 'e2e-export-dialog.png') });

    const { download, bytes } = await exportWithEnter(); // focus is on a checkbox: Enter exports
    await expect.poll(() => dialog().count()).toBe(0);
    expect(download.suggestedFilename()).toMatch(/\.zh-en\.csv$/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parseCsv(bytes.subarray(3).toString('utf8'));
    expect(records[0]).toEqual(['#', 'zh', 'en', 'en status', 'en confidence', 'QA']);
    expect(records).toHaveLength(2); // the header and the one confirmed row
    const [, zh, en, status] = records[1]!;
    expect(zh).toMatch(HAN);
    expect(status).toBe('confirmed');
    // Formula protection: the dash-led cell starts with an apostrophe, the rest of it as typed.
    expect(en).toBe(`'${confirmedEn}`);
  });

  it('remembers the choice, and exports a trilingual TMX with both languages in every unit', async () => {
    await page.keyboard.press('Control+e');
    await dialog().waitFor();
    expect(await dialog().locator('[data-format=csv] input').isChecked()).toBe(true);
    expect(await dialog().locator('[data-langs=en] input').isChecked()).toBe(true);
    expect(await option('bom').isChecked()).toBe(true);
    expect(await option('onlyConfirmed').isChecked()).toBe(true);

    // Keyboard only: the format radios are one group (focus starts on the checked one).
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('csv');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp'); // csv → docx → xliff12 → xliff
    await page.keyboard.press('ArrowUp'); // → tmx3
    expect(await dialog().locator('[data-format=tmx3] input').isChecked()).toBe(true);
    expect(await option('bom').count()).toBe(0);
    expect(await option('qa').count()).toBe(0);
    await option('onlyConfirmed').uncheck();
    await dialog().screenshot({ path: join(ARTIFACTS, 'e2e-export-dialog-tmx3.png') });
    await expect.poll(() => page.getByTestId('export-count').innerText()).toMatch(/^\d+ units$/);
    const units = Number((await page.getByTestId('export-count').innerText()).replace(/\D/g, ''));

    const { download, bytes } = await exportWithEnter();
    expect(download.suggestedFilename()).toMatch(/\.zh-en-ru\.tmx$/);
    const tmx = bytes.toString('utf8');
    const tus = tmx.match(/<tu [\s\S]*?<\/tu>/g) ?? [];
    expect(tus.length).toBe(units);
    const seg = (tu: string, tag: string) => tu.match(new RegExp(`<tuv xml:lang="${tag}"><seg>([^<]*)</seg>`))?.[1] ?? '';
    // The sample's English is en-US (its drafts use American spelling).
    const full = tus.filter((tu) => HAN.test(seg(tu, 'zh-CN')) && LATIN.test(seg(tu, 'en-US')) && CYRILLIC.test(seg(tu, 'ru-RU')));
    // The sample's drafts have planted omissions; nearly every unit still holds all three languages.
    expect(full.length).toBeGreaterThan(20);
    expect(full.length).toBeGreaterThan(tus.length * 0.8);
    expect(tus.some((tu) => seg(tu, 'en-US').startsWith(confirmedEn))).toBe(true);
  });

  it('after a reload opens on the last format; Esc closes', async () => {
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.getByTestId('save-state').innerText()).toBe('saved');
    await page.reload();
    await page.getByTestId('row').first().waitFor({ timeout: 30_000 });
    await page.keyboard.press('Control+e');
    await dialog().waitFor();
    expect(await dialog().locator('[data-format=tmx3] input').isChecked()).toBe(true);
    expect(await dialog().locator('[data-format=tmx3] input').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog().count()).toBe(0);
  });

  it('logged no page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
