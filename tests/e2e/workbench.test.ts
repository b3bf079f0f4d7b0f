import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, ROOT, chromiumAvailable, openApp, startHarness } from './harness';
import type { Harness } from './harness';

// The whole workbench in web mode: the real renderer build, the real web bridge and services, a
// real Chromium. Steps share one page and run in order, like a translator's session.
const describeE2e = chromiumAvailable() ? describe : describe.skip;

const HAN = /[\u4e00-\u9fff]/;
const CYRILLIC = /[А-Яа-яЁё]/;
const MARK = 'Checked by the e2e suite.';

describeE2e('workbench in web mode (Chromium)', () => {
  let h: Harness;
  let page: Page;
  let pageErrors: string[] = [];

  const rowCount = async () => Number((await page.getByTestId('row-count').innerText()).replace(/\D/g, ''));
  const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `e2e-${name}.png`) });
  const glossaryProblems = async () => Number((await page.getByTestId('summary-glossary').innerText()).replace(/\D/g, ''));
  const editorSquiggles = () => page.locator('[data-testid=editor-slot] .squiggly-error, [data-testid=editor-slot] .squiggly-warning').count();

  /** Edit a sentence found by its text: search (virtualised rows get rendered), then Esc opens it at the match. */
  async function editSentence(text: string): Promise<string> {
    await page.keyboard.press('Control+f');
    await page.getByTestId('search-input').fill(text);
    await page.getByTestId('search-input').press('Enter');
    const sentence = page.locator('.cell[data-lang=en] .sentence-text', { hasText: text }).first();
    await sentence.waitFor();
    const original = await sentence.innerText();
    await page.keyboard.press('Escape');
    await page.locator('[data-testid=editor-slot] .monaco-editor').waitFor();
    return original;
  }

  /** How many findings of a check the problems panel lists (it is virtualised: scroll through it). */
  function problemsOf(check: string): Promise<number> {
    return page.evaluate(async (id) => {
      const list = document.querySelector('[data-testid=problems-panel] .problems-list');
      if (!list) return 0;
      const seen = new Set<string>();
      for (let top = 0; ; top += Math.max(50, list.clientHeight / 2)) {
        list.scrollTop = top;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        list.querySelectorAll<HTMLElement>(`[data-check="${id}"]`).forEach((li) => seen.add(`${li.style.transform} ${li.textContent ?? ''}`));
        if (top >= list.scrollHeight) break;
      }
      list.scrollTop = 0;
      return seen.size;
    }, check);
  }

  async function replaceEditorText(text: string): Promise<void> {
    await page.keyboard.press('Control+a');
    await page.keyboard.insertText(text);
  }

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    h = await startHarness();
    ({ page, errors: pageErrors } = await openApp(h, { width: 1600, height: 900 })); // wide enough that the header does not fold into More ▾ (below 1520 px)
  }, 180_000);

  afterAll(async () => {
    await h?.close();
  });

  it('opens the sample: aligned rows with Chinese, English and Russian', async () => {
    await page.getByTestId('row').first().waitFor({ timeout: 20_000 });
    expect(await rowCount()).toBeGreaterThan(20);
    const first = page.getByTestId('row').first();
    expect(await first.locator('.cell[data-lang=zh]').innerText()).toMatch(HAN);
    expect(await first.locator('.cell[data-lang=en]').innerText()).toMatch(/Strategic Stability/i);
    expect(await first.locator('.cell[data-lang=ru]').innerText()).toMatch(CYRILLIC);
    // Only the rows on screen are in the DOM (virtualised).
    expect(await page.getByTestId('row').count()).toBeLessThan(await rowCount());
    await shot('1-sample');
  });

  it('edits a target sentence in the one reused Monaco editor', async () => {
    const row = page.locator('[data-testid=row][data-row="3"]');
    await row.locator('.cell[data-lang=en] .sentence-text').first().click();
    await page.locator('[data-testid=editor-slot] .monaco-editor').waitFor();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(` ${MARK}`);
    await expect.poll(() => page.getByTestId('save-state').innerText()).toContain('unsaved');
    // Move to another row: the same single editor goes there, the edited text stays behind as plain text.
    await page.keyboard.press('Enter');
    await expect.poll(() => row.locator('.cell[data-lang=en]').innerText()).toContain(MARK);
    expect(await row.locator('.cell[data-lang=en] .status-dot.status-edited').count()).toBe(1);
    expect(await page.locator('.monaco-editor .view-lines').count()).toBe(1);
  });

  it('marks a glossary violation live while typing and clears it when fixed', async () => {
    const original = await editSentence('Cold War mentality');
    const activeRow = page.locator('.row-active');
    expect(await activeRow.locator('.cell[data-lang=zh]').innerText()).toContain('冷战思维');
    // The sample carries a planted glossary defect (零和博弈 paraphrased): QA has run once it is counted.
    await expect.poll(glossaryProblems).toBeGreaterThan(0);
    const before = await glossaryProblems();
    const squigglesBefore = await editorSquiggles();

    await replaceEditorText(original.replace('Cold War mentality', 'Cold War thinking'));
    await expect.poll(glossaryProblems).toBe(before + 1);
    await expect.poll(editorSquiggles).toBeGreaterThan(squigglesBefore);
    await shot('2-glossary-violation');

    await replaceEditorText(original);
    await expect.poll(glossaryProblems).toBe(before);
    await expect.poll(editorSquiggles).toBe(squigglesBefore);
  });

  it('merges and splits beads, and undoes the split', async () => {
    const rows = await rowCount();
    const row = page.locator('[data-testid=row][data-row="5"]');
    await row.locator('.cell[data-lang=en] .sentence-text').first().click();
    await page.locator('[data-testid=editor-slot] .monaco-editor').waitFor();
    await page.keyboard.press('Control+m');
    await expect.poll(rowCount).toBe(rows - 1);
    const merged = page.locator('[data-testid=row][data-row="5"] .cell[data-lang=en] .sentence');
    expect(await merged.count()).toBeGreaterThanOrEqual(2);

    // The editor is still in the first English sentence of the merged row: split it a few words in.
    expect(await merged.first().getByTestId('editor-slot').count()).toBe(1);
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Control+ArrowRight');
    await page.keyboard.press('Control+Shift+Enter');
    await expect.poll(rowCount).toBe(rows);
    await shot('3-merged-and-split');

    await page.keyboard.press('Control+z');
    await expect.poll(rowCount).toBe(rows - 1);
    await page.keyboard.press('Control+z');
    await expect.poll(rowCount).toBe(rows);

    // A dialog owns the keyboard: Ctrl+M behind the shortcuts help merges nothing.
    await page.keyboard.press('F1');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await page.keyboard.press('Control+m');
    await page.waitForTimeout(300); // a merge shows within a frame (see above)
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor({ state: 'detached' });
    expect(await rowCount()).toBe(rows);
  });

  it('saves, reloads and reopens the saved project with the edit', async () => {
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.getByTestId('save-state').innerText()).toBe('saved');
    await page.reload();
    await page.getByTestId('row').first().waitFor({ timeout: 20_000 });
    await expect.poll(() => page.locator('[data-testid=row][data-row="3"] .cell[data-lang=en]').innerText()).toContain(MARK);
    expect(await page.getByTestId('save-state').innerText()).toBe('saved');
  });

  it('exports TMX with the edited text', async () => {
    await page.locator('[data-command="file.export"]').click();
    await page.getByTestId('export-dialog').locator('[data-format=tmx]').click();
    const download = page.waitForEvent('download');
    await page.getByTestId('export-submit').click();
    const file = await (await download).path();
    const tmx = readFileSync(file, 'utf8');
    expect(tmx).toMatch(/<tmx version="1\.4"?/);
    expect(tmx).toContain(MARK);
    expect(tmx).toMatch(HAN);
    await shot('4-after-export');
  });

  it('walks problems with F8, fills an omission through an empty partner, confirms, hides a column', async () => {
    const omissions = () => page.locator('[data-testid=problems-panel] [data-check="completeness.omission"]').count();
    const before = await omissions();
    expect(before).toBeGreaterThan(0); // the sample drafts have planted omissions
    let found = false;
    for (let i = 0; i < 40 && !found; i++) {
      await page.keyboard.press('F8');
      found = (await page.locator('.problem.is-current[data-check="completeness.omission"]').count()) === 1;
    }
    expect(found).toBe(true);
    const rowIndex = await page.locator('.row-active').getAttribute('data-row');
    const row = page.locator(`[data-testid=row][data-row="${rowIndex}"]`);
    const lang = (await row.locator('.cell.cell-active').getAttribute('data-lang'))!;
    expect(['en', 'ru']).toContain(lang);
    expect(await row.locator(`.cell[data-lang=${lang}].cell-empty`).count()).toBe(1);

    await page.keyboard.press('Alt+n');
    await page.locator('[data-testid=editor-slot] .monaco-editor').waitFor();
    await page.keyboard.type(lang === 'en' ? 'The two sides call for practical action.' : 'Стороны призывают к практическим действиям.');
    await expect.poll(omissions).toBe(before - 1);

    await page.keyboard.press('Control+Enter'); // confirms and moves on to the next row
    await expect.poll(() => row.locator(`.cell-confirmed[data-lang=${lang}]`).count()).toBe(1);
    expect(await page.locator('.row-active').getAttribute('data-row')).toBe(String(Number(rowIndex) + 1));
    expect(await page.getByTestId(`summary-${lang}`).innerText()).not.toContain('0 % confirmed');

    await page.keyboard.press('Alt+2');
    await expect.poll(() => page.locator('.cell[data-lang=ru]').count()).toBe(0);
    await page.keyboard.press('Alt+2');
    await expect.poll(() => page.locator('.cell[data-lang=ru]').count()).toBeGreaterThan(0);
    await shot('5-omission-filled');
  });

  it('switches a QA check off in the project settings, as one undoable edit', async () => {
    const CHECK = 'words.doubled'; // the sample's English draft has a planted "the the"
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.getByTestId('save-state').innerText()).toBe('saved');
    await expect.poll(() => problemsOf(CHECK), { timeout: 15_000 }).toBeGreaterThan(0);
    const before = await problemsOf(CHECK);

    await page.locator('[data-command="qa.settings"]').click();
    const dialog = page.getByTestId('qa-settings');
    await dialog.waitFor();
    const box = dialog.locator(`[data-check="${CHECK}"] input[type=checkbox]`);
    expect(await box.isChecked()).toBe(true);
    expect(await dialog.locator(`[data-check="${CHECK}"]`).innerText()).toContain(`${before} open`);
    await box.click();
    expect(await box.isChecked()).toBe(false);
    await expect.poll(() => problemsOf(CHECK)).toBe(0);
    await expect.poll(() => page.getByTestId('save-state').innerText()).toContain('unsaved');
    expect(await page.locator('[data-command="edit.undo"]').getAttribute('title')).toContain(CHECK);
    await dialog.screenshot({ path: join(ARTIFACTS, 'e2e-6-qa-checks-dialog.png') });

    // Undo from the dialog (focus on the checkbox): the switch and the finding come back.
    await page.keyboard.press('Control+z');
    await expect.poll(() => box.isChecked()).toBe(true);
    await expect.poll(() => problemsOf(CHECK), { timeout: 15_000 }).toBe(before);
    await expect.poll(() => page.getByTestId('save-state').innerText()).toBe('saved');

    // The shortcut toggles the dialog too.
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await page.keyboard.press('Control+Comma');
    await expect.poll(() => dialog.count()).toBe(1);
    await page.keyboard.press('Escape');
  });

  it('editing the Chinese inside an untranslated tail does not flag each bead there as an omission', async () => {
    // A draft in progress: the English stops after its first 30 lines.
    const zh = readFileSync(join(ROOT, 'samples', 'strategic-stability-2025-05-08.zh.txt'), 'utf8');
    const en = readFileSync(join(ROOT, 'samples', 'strategic-stability-2025-05-08.en.txt'), 'utf8').split('\n').slice(0, 30).join('\n');
    await page.getByTestId('row').first().waitFor({ timeout: 20_000 });
    await page.keyboard.press('Control+Alt+n');
    await page.getByTestId('new-name').fill('Draft in progress');
    await page.getByTestId('new-zh').fill(zh);
    await page.getByTestId('new-en').fill(en);
    await page.getByRole('button', { name: 'Create and align' }).click();
    await expect.poll(() => page.getByTestId('project-name').innerText(), { timeout: 30_000 }).toBe('Draft in progress');
    await expect.poll(() => problemsOf('completeness.untranslated-tail'), { timeout: 15_000 }).toBe(1);
    const omissions = await problemsOf('completeness.omission');

    // From the tail's finding to its first row, into the Chinese there, and type: the live check of
    // that bead must know where the tail starts.
    await page.locator('[data-testid=problems-panel] [data-check="completeness.untranslated-tail"]').click();
    await page.locator('.row-active .cell[data-lang=zh] .sentence-text').first().click();
    await page.locator('.row-active .cell[data-lang=zh] [data-testid=editor-slot] .monaco-editor').waitFor();
    await page.keyboard.press('End');
    await page.keyboard.type('。');
    await expect.poll(() => page.getByTestId('save-state').innerText()).toContain('unsaved');
    // Well before the whole-project run (1.5 s after typing stops) could hide a wrong live finding.
    await page.waitForTimeout(300);
    expect(await problemsOf('completeness.omission')).toBe(omissions);
    expect(await problemsOf('completeness.untranslated-tail')).toBe(1);
  }, 60_000);

  it('logged no page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
