import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumAvailable, startHarness } from './e2e/harness';
import type { Harness } from './e2e/harness';
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

  beforeAll(async () => {
    fake = await startFakeDeepL();
    process.env.DEEPL_AUTH_KEY = FAKE_KEYS.free;
    process.env.DEEPL_SERVER_URL = fake.url;
    h = await startHarness();
    page = await h.browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('request', (r) => pageText.push(r.postData() ?? '', JSON.stringify(r.headers())));
    page.on('response', (r) => void r.text().then((t) => pageText.push(t), () => undefined));
    await page.goto(h.server.url);
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
    const questions: string[] = [];
    page.on('dialog', (d) => {
      questions.push(d.message());
      void d.accept();
    });
    await page.locator('[data-command="draft.deepl"]').click();
    await expect.poll(() => page.getByTestId('toast').allInnerTexts(), { timeout: 30_000 }).toContainEqual(expect.stringMatching(/1 of 1 segment\(s\) drafted with DeepL/));
    expect(questions).toHaveLength(1);
    expect(questions[0]).toMatch(/Draft 1 untranslated segment\(s\) into (en-GB|ru) with DeepL\?\n\d+ characters will be billed/);
    const [request] = fake.translateRequests();
    expect(request!.params.glossary_id).toEqual([[...fake.glossaries.keys()][0]]);
    const drafted = `[${request!.params.target_lang![0]!.toUpperCase()}]`;
    await page.keyboard.press('Control+f');
    await page.getByTestId('search-input').fill(drafted);
    await page.getByTestId('search-input').press('Enter');
    await expect.poll(() => page.locator('.sentence-text', { hasText: drafted }).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(pageText.join('\n')).not.toContain(FAKE_KEYS.free);
  }, 60_000);
});
