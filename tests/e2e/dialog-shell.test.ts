import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumAvailable, openSampleWorkbench } from './harness';
import type { Harness } from './harness';

// The one modal frame (renderer/src/panels/dialog.tsx) every dialog uses: focus moves in, Tab and
// Shift+Tab wrap inside, Esc and a click outside dismiss, and focus goes back to where it was.
const describeE2e = chromiumAvailable() ? describe : describe.skip;

describeE2e('dialog shell (web mode, Chromium)', () => {
  let h: Harness;
  let page: Page;
  let errors: string[] = [];
  /** What the focused element is: inside the open modal, or its test id / command / tag outside. */
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return 'body';
      if (el.classList.contains('modal')) return 'modal:frame';
      if (el.closest('.modal')) return `modal:${el.getAttribute('data-testid') ?? el.getAttribute('name') ?? el.textContent?.trim() ?? el.tagName}`;
      return el.getAttribute('data-command') ?? el.tagName;
    });

  const savedKey = process.env.DEEPL_AUTH_KEY;

  beforeAll(async () => {
    delete process.env.DEEPL_AUTH_KEY; // no key: Save and Test are disabled
    // 1600 px: the header shows Settings itself (below 1520 px it folds into More ▾).
    ({ h, page, errors } = await openSampleWorkbench({ width: 1600, height: 900 }));
  }, 180_000);

  afterAll(async () => {
    await h?.close();
    if (savedKey !== undefined) process.env.DEEPL_AUTH_KEY = savedKey;
  });

  it('Settings: Tab and Shift+Tab stay inside; Esc closes and focus returns to the button', async () => {
    await page.locator('[data-command="app.settings"]').click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await dialog.waitFor();
    expect(await dialog.getAttribute('aria-modal')).toBe('true');
    // Nothing in it has autoFocus: the frame itself takes focus, so keys act on the dialog.
    await expect.poll(focused).toBe('modal:frame');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('modal:deepl-key');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('modal:screen-reader');
    // Disabled buttons are skipped (no key typed, none stored): Close is the last stop, then back to the field.
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('modal:Close');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('modal:deepl-key');
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe('modal:Close');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await focused()).toBe('app.settings');
  });

  it('New project is a named modal dialog: a click outside closes it, Esc too', async () => {
    const open = async () => {
      await page.locator('[data-command="file.open"]').click();
      await page.getByRole('menuitem', { name: 'New project…' }).click();
    };
    await open();
    const dialog = page.getByRole('dialog', { name: 'New project' });
    await dialog.waitFor();
    expect(await focused()).toBe('modal:new-name'); // its autoFocus field keeps focus
    await page.mouse.click(5, 890); // the backdrop, outside the frame
    await dialog.waitFor({ state: 'detached' });
    await open();
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });

  it('the DeepL key prompt (mounted from outside the React tree) is the same frame: focus in the field, Esc answers no', async () => {
    await page.locator('[data-command="draft.deepl"]').click();
    const dialog = page.getByRole('dialog', { name: 'DeepL API key (free keys end in ":fx")' });
    await dialog.waitFor();
    expect(await dialog.getByTestId('deepl-key-input').getAttribute('type')).toBe('password');
    await expect.poll(focused).toBe('modal:deepl-key-input');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('modal:deepl-key-input'); // the one stop: Tab stays
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.locator('.modal').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
