import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, ROOT, chromiumAvailable, signInUrl, startHarness, toastAfter } from './e2e/harness';
import type { Harness } from './e2e/harness';
import { misalignedSample } from './e2e/misaligned-sample';
import { FAKE_KEYS, startFakeDeepL } from './helpers/fake-deepl-server';
import type { FakeDeepL } from './helpers/fake-deepl-server';

// The "DeepL draft" action end to end in web mode: real renderer build, web bridge, services and
// deepl-node, against the fake DeepL. The key comes from the environment and never reaches the page.
const describeE2e = chromiumAvailable() ? describe : describe.skip;

describeE2e('DeepL draft in the workbench (web mode, Chromium)', () => {
  let h: Harness;
  let page: Page;
  let fake: FakeDeepL;
  const saved = { key: process.env.DEEPL_AUTH_KEY, url: process.env.DEEPL_SERVER_URL };
  const pageText: string[] = [];
  /** Every confirmation the page asked; accepted unless `decline` is set. */
  const questions: string[] = [];
  let decline = false;
  // A job's outcome is read from the toast it adds (toastAfter): polling the toasts on screen could
  // miss one that went (an info toast goes after 4 s, and only four show) or take an older one.
  const click = (command: string) => () => page.locator(`[data-command="${command}"]`).click();

  beforeAll(async () => {
    fake = await startFakeDeepL();
    process.env.DEEPL_AUTH_KEY = FAKE_KEYS.free;
    process.env.DEEPL_SERVER_URL = fake.url;
    h = await startHarness();
    // Wide enough that the DeepL buttons sit in the header (it folds into More ▾ below 1520 px).
    page = await h.browser.newPage({ viewport: { width: 1600, height: 900 } });
    page.on('request', (r) => pageText.push(r.postData() ?? '', JSON.stringify(r.headers())));
    page.on('response', (r) => void r.text().then((t) => pageText.push(t), () => undefined));
    // The questions are the app's own modal (panels/confirm.tsx): each is read as its title and
    // paragraphs, one a line, and answered as soon as it appears.
    await page.exposeFunction('__duizhaoQuestion', (text: string) => {
      questions.push(text);
      return decline;
    });
    await page.addInitScript(() => {
      const seen = new WeakSet<Element>();
      new MutationObserver(() => {
        for (const yes of document.querySelectorAll('[role=alertdialog] [data-testid=confirm-yes]')) {
          const dialog = yes.closest('[role=alertdialog]')!;
          if (seen.has(dialog)) continue;
          seen.add(dialog);
          const text = [dialog.querySelector('h2')?.textContent ?? '', ...Array.from(dialog.querySelectorAll('p'), (p) => p.textContent ?? '')].join('\n');
          const ask = (window as unknown as { __duizhaoQuestion(t: string): Promise<boolean> }).__duizhaoQuestion;
          void ask(text).then((no) => (dialog.querySelector<HTMLElement>(no ? '[data-testid=confirm-cancel]' : '[data-testid=confirm-yes]'))?.click());
        }
      }).observe(document, { childList: true, subtree: true });
    });
    // No browser dialog is left to answer: one would hang the run, so fail loudly instead.
    page.on('dialog', (d) => {
      questions.push(`NATIVE DIALOG: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(signInUrl(h.server));
    await page.locator('[data-testid=row]').first().waitFor({ timeout: 60_000 });
  }, 180_000);

  afterAll(async () => {
    await h?.close();
    await fake?.close();
    if (saved.key === undefined) delete process.env.DEEPL_AUTH_KEY;
    else process.env.DEEPL_AUTH_KEY = saved.key;
    if (saved.url === undefined) delete process.env.DEEPL_SERVER_URL;
    else process.env.DEEPL_SERVER_URL = saved.url;
  });

  it('asks before spending, drafts the sample’s gap with the glossary, and the key never reaches the page', async () => {
    await toastAfter(page, click('draft.deepl'), /1 of 1 segment\(s\) drafted with DeepL/);
    await expect.poll(() => page.getByTestId('progress').count()).toBe(0);
    expect(questions).toHaveLength(1);
    expect(questions[0]).toMatch(/Draft 1 untranslated segment\(s\) into (en-GB|en-US|ru) with DeepL\?\n\d+ characters will be billed/);
    const [request] = fake.translateRequests();
    expect(request!.params.glossary_id).toEqual([[...fake.glossaries.keys()][0]]);
    const drafted = `[${request!.params.target_lang![0]!.toUpperCase()}]`;
    await page.keyboard.press('Control+f');
    await page.getByTestId('search-input').fill(drafted);
    await page.getByTestId('search-input').press('Enter');
    await expect.poll(() => page.locator('.sentence-text', { hasText: drafted }).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(pageText.join('\n')).not.toContain(FAKE_KEYS.free);
  }, 60_000);

  /** Source sentences whose MT arrived before the cancel below (in the MT cache since). */
  let cachedByCancelledRun = 0;

  it('re-aligning with DeepL MT shows progress in the busy bar; clicking again cancels, the alignment stays and the MT paid for is cached', async () => {
    const asked = questions.length;
    const requestsBefore = fake.translateRequests().length;
    const usageBefore = fake.usage.count;
    const undo = page.locator('[data-command="edit.undo"]');
    const undoBefore = await undo.getAttribute('title');
    const rowsBefore = await page.getByTestId('row-count').innerText();
    const button = page.locator('[data-command="align.realignMt"]');
    // The first request is held by the fake until released: deterministically in flight while we click.
    const first = fake.hold({ path: '/v2/translate' });
    await button.click();
    await first.arrived;
    await expect.poll(() => page.getByTestId('progress').getAttribute('aria-label'), { timeout: 10_000 }).toMatch(/^Re-aligning zh→(en|ru) with DeepL MT: 0\/\d+ sentences translated/);
    const total = Number(/: 0\/(\d+) sentences/.exec((await page.getByTestId('progress').getAttribute('aria-label'))!)![1]);
    expect(questions.slice(asked)).toHaveLength(1);
    expect(questions[asked]).toContain(`${total} of ${total} source sentence(s) go to DeepL (0 cached)`);
    expect(await button.innerText()).toBe('Cancel DeepL MT re-align');
    // One DeepL job at a time: "DeepL draft" says so instead of asking about costs.
    await toastAfter(page, click('draft.deepl'), /^Another DeepL job .* is running/);
    expect(questions.slice(asked)).toHaveLength(1);
    await toastAfter(page, () => button.click(), /^Cancelling the re-alignment with DeepL MT/);
    const toast = await toastAfter(page, async () => first.release(), /Re-align with DeepL MT cancelled: the alignment is unchanged; [\d,]+ characters sent, kept in the MT cache/);
    await expect.poll(() => page.getByTestId('progress').count()).toBe(0);
    expect(await button.innerText()).toBe('Re-align with DeepL MT');

    // The request in flight arrived and was billed; no request went out after the cancel.
    expect(fake.translateRequests()).toHaveLength(requestsBefore + 1);
    const texts = new Set(fake.translateRequests().slice(requestsBefore).flatMap((r) => r.params.text ?? []));
    expect(texts.size).toBeGreaterThan(0);
    expect(texts.size).toBeLessThan(total);
    expect(Number(/([\d,]+) characters sent/.exec(toast)![1]!.replace(/,/g, ''))).toBe(fake.usage.count - usageBefore);
    // No new undo step, same rows: the alignment was not replaced.
    expect(await undo.getAttribute('title')).toBe(undoBefore);
    expect(await page.getByTestId('row-count').innerText()).toBe(rowsBefore);
    cachedByCancelledRun = texts.size;
  }, 60_000);

  it('re-aligns with DeepL MT after showing the cost, paying only for what the cancelled run did not get; the same beads change nothing, other beads are one undoable step and a second run is free', async () => {
    const asked = questions.length;
    const requestsBefore = fake.translateRequests().length;
    const usageBefore = fake.usage.count;
    const undo = page.locator('[data-command="edit.undo"]');
    const undoBefore = await undo.getAttribute('title');
    // On the freshly aligned sample the MT finds the beads there are: said so, nothing to apply or undo.
    await toastAfter(page, click('align.realignMt'), new RegExp(`^Alignment unchanged: with DeepL MT the aligner finds the same \\d+ zh→(en|ru) beads(?:, their confidence updated)? \\(${cachedByCancelledRun} sentence\\(s\\) from the cache, [\\d,]+ characters sent\\)$`));
    await expect.poll(() => page.getByTestId('progress').count()).toBe(0);
    expect(questions.slice(asked)).toHaveLength(1);
    expect(await undo.getAttribute('title')).toBe(undoBefore);
    const question = questions[asked]!;
    expect(question).toMatch(/^Re-align zh→(en|ru) with DeepL MT \((en-GB|en-US|ru)\) as evidence\?/);
    // The cancelled run's translations come from the cache: only the rest go to DeepL.
    const [, toSend, total, cached] = /(\d+) of (\d+) source sentence\(s\) go to DeepL \((\d+) cached\)/.exec(question)!.map(Number);
    expect(cached).toBe(cachedByCancelledRun);
    expect(toSend! + cached!).toBe(total);
    // The estimate the translator accepted is what DeepL billed; MT for alignment goes without a glossary.
    const billed = Number(/([\d,]+) characters will be billed/.exec(question)![1]!.replace(/,/g, ''));
    expect(billed).toBeGreaterThan(0);
    expect(fake.usage.count - usageBefore).toBe(billed);
    const sent = fake.translateRequests().slice(requestsBefore);
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((r) => r.params.glossary_id === undefined)).toBe(true);
    expect(sent.flatMap((r) => r.params.text!)).toHaveLength(toSend!);

    // The same sample with two English beads joined (the draft above is discarded): every sentence is
    // in the MT cache, the question says so and nothing is sent; the new beads are asked about, by row.
    const misaligned = misalignedSample();
    for (const [file, text] of Object.entries(misaligned.files)) writeFileSync(join(h.workspace, file), text);
    await page.locator('[data-command="file.open"]').click();
    await page.getByRole('menuitem', { name: misaligned.name }).click();
    await page.getByTestId('save-changes').getByRole('button', { name: 'Discard' }).click();
    await expect.poll(() => page.getByTestId('project-name').innerText()).toBe(misaligned.name);
    const askedBeforeSecond = questions.length;
    await toastAfter(page, click('align.realignMt'), /Re-aligned zh→en with DeepL MT: \d+ sentence\(s\) from the cache, 0 characters sent/);
    expect(questions[askedBeforeSecond]).toMatch(/source sentence\(s\) are in the MT cache: nothing will be billed/);
    expect(questions[askedBeforeSecond + 1]).toMatch(new RegExp(`^Apply the re-alignment of zh→en with DeepL MT\\?\nRow ${misaligned.row + 1} changes \\(1 of ${misaligned.rows} rows\\)\\.`));
    expect(fake.translateRequests().length).toBe(requestsBefore + sent.length);
    // One undo step.
    await expect.poll(() => undo.getAttribute('title')).toMatch(/^Undo re-align with DeepL MT/);
    await page.keyboard.press('Control+z');
    await expect.poll(() => undo.isDisabled()).toBe(true);
    expect(await page.getByTestId('save-state').innerText()).not.toContain('unsaved');
    expect(pageText.join('\n')).not.toContain(FAKE_KEYS.free);
  }, 90_000);

  it('a draft’s batches reach the project as they arrive (on screen, unsaved, undoable while the next is out), as one undo step; the confirmation warns of a short quota', async () => {
    // A draft in progress: the joint statement with only its first lines translated (several requests).
    const read = (f: string) => readFileSync(join(ROOT, 'samples', f), 'utf8');
    await page.keyboard.press('Control+Alt+n');
    await page.getByTestId('new-name').fill('Joint statement in progress');
    await page.getByTestId('new-zh').fill(read('joint-statement-2025-05-08.zh.txt'));
    await page.getByTestId('new-en').fill(read('joint-statement-2025-05-08.en.txt').split('\n').slice(0, 20).join('\n'));
    await page.getByRole('button', { name: 'Create and align' }).click();
    // The project above is as opened (its re-alignment undone): replacing it asks nothing.
    await expect.poll(() => page.getByTestId('project-name').innerText(), { timeout: 30_000 }).toBe('Joint statement in progress');
    const undo = page.locator('[data-command="edit.undo"]');
    const undoBefore = await undo.getAttribute('title');
    const draftButton = page.locator('[data-command="draft.deepl"]');

    // Fewer characters left in the account than the estimate: the confirmation says so; declining sends nothing.
    const requestsBefore = fake.translateRequests().length;
    const usageBefore = fake.usage.count;
    fake.usage.count = fake.usage.limit - 100;
    decline = true;
    const asked = questions.length;
    await draftButton.click();
    await expect.poll(() => questions.length).toBe(asked + 1);
    expect(questions[asked]).toMatch(/\nWarning: only 100 characters are left, fewer than the [\d,]+ needed: DeepL will stop when the quota runs out \(the drafts made until then are kept\)\.$/);
    decline = false;
    fake.usage.count = usageBefore;
    expect(fake.translateRequests()).toHaveLength(requestsBefore);

    const second = fake.hold({ path: '/v2/translate', skip: 1 });
    await draftButton.click();
    const held = await second.arrived;
    const segments = Number(/^Draft (\d+) untranslated segment/.exec(questions.at(-1)!)![1]);
    const firstBatch = fake.translateRequests().at(-2)!.params.text!.length;
    expect(firstBatch).toBeLessThan(segments);
    const drafted = `[${held.params.target_lang![0]!.toUpperCase()}]`;
    // While the second request is out, the first batch is in the project: progress, an undo step, unsaved, on screen.
    await expect.poll(() => page.getByTestId('progress').getAttribute('aria-label')).toBe(`Drafting with DeepL: ${firstBatch}/${segments} (click "DeepL draft" again to cancel)`);
    await expect.poll(() => undo.getAttribute('title')).toMatch(/^Undo DeepL draft/);
    expect(await page.getByTestId('save-state').innerText()).toContain('unsaved');
    // Found through search, which renders the virtualised row it goes to.
    const onScreen = async () => {
      await page.keyboard.press('Control+f');
      await page.getByTestId('search-input').fill(drafted);
      await page.getByTestId('search-input').press('Enter');
      await page.keyboard.press('Escape');
      return page.locator('.sentence-text', { hasText: drafted }).count();
    };
    await expect.poll(onScreen).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-deepl-draft-in-progress.png') });
    const done = await toastAfter(page, async () => second.release(), /segment\(s\) drafted with DeepL/);
    expect(done).toBe(`${segments} of ${segments} segment(s) drafted with DeepL (status mt), glossary ${[...fake.glossaries.values()][0]!.name}`);
    await expect.poll(() => page.getByTestId('progress').count()).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-deepl-draft-result.png') });
    // Exactly the requests the confirmation announced: the hold did not outlast the client's timeout (no resend).
    const requests = Number(/\((\d+) request\(s\)\)/.exec(questions.at(-1)!)![1]);
    expect(fake.translateRequests()).toHaveLength(requestsBefore + requests);

    // Both batches are one undo step: one Ctrl+Z takes every draft out.
    await page.keyboard.press('Control+z');
    await expect.poll(() => undo.getAttribute('title')).toBe(undoBefore);
    await expect.poll(onScreen).toBe(0);
    expect(pageText.join('\n')).not.toContain(FAKE_KEYS.free);
  }, 90_000);
});
