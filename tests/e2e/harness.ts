import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Locator, Page } from 'playwright-core';
import { startWebServer } from '../../main/web/server';
import type { WebServer } from '../../main/web/server';
import { CHROMIUM, hasTool } from '../helpers/tools';

/** The repo root (tests/e2e/../..). */
export const ROOT = join(__dirname, '..', '..');
export { CHROMIUM } from '../helpers/tools';
export const ARTIFACTS = join(ROOT, 'test-results');

/**
 * Whether browser tests can run. Outside CI a machine without Chromium skips them (the global setup
 * prints one SKIP line); under CI=true a missing Chromium is a failure.
 */
export function chromiumAvailable(): boolean {
  return hasTool('chromium');
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Build the renderer (electron-vite build) unless out/renderer is newer than its sources. */
export function ensureRendererBuilt(): void {
  const built = join(ROOT, 'out', 'renderer', 'index.html');
  const sources = Math.max(newestMtime(join(ROOT, 'renderer')), newestMtime(join(ROOT, 'core')));
  if (existsSync(built) && statSync(built).mtimeMs > sources) return;
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
    cwd: ROOT,
    stdio: 'pipe',
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
  });
}

export interface Harness {
  server: WebServer;
  browser: Browser;
  workspace: string;
  /** The built-in glossary folder web mode reads (the repo's glossary/ unless the test gave its own). */
  glossaryDir: string;
  close(): Promise<void>;
}

/** Files to write before the server starts, by path relative to a folder ('team-sync/team.csv'). */
export type Files = Record<string, string>;

function writeFiles(root: string, files: Files): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

export interface HarnessOptions {
  /** A glossary folder of the test's own (e.g. a copy it writes to). */
  glossaryDir?: string;
  /** Or: a temp glossary folder holding these files (never the repo's glossary/), removed on close. */
  glossary?: Files;
  /** Files in the workspace (web mode's folders). */
  workspace?: Files;
}

/** Web mode in-process on a random port over a temp workspace, and a headless Chromium. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  ensureRendererBuilt();
  const workspace = mkdtempSync(join(tmpdir(), 'duizhao-e2e-'));
  writeFiles(workspace, options.workspace ?? {});
  const ownGlossary = options.glossary ? mkdtempSync(join(tmpdir(), 'duizhao-e2e-glossary-')) : undefined;
  if (ownGlossary) writeFiles(ownGlossary, options.glossary ?? {});
  // A test that writes to the glossary folder (the team dictionary) passes a folder of its own.
  const glossaryDir = ownGlossary ?? options.glossaryDir ?? join(ROOT, 'glossary');
  const server = await startWebServer({
    port: 0,
    workspace,
    rendererDir: join(ROOT, 'out', 'renderer'),
    samplesDir: join(ROOT, 'samples'),
    glossaryDir,
    log: () => {},
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  return {
    server,
    browser,
    workspace,
    glossaryDir,
    async close() {
      await browser.close();
      await server.close();
      rmSync(workspace, { recursive: true, force: true });
      if (ownGlossary) rmSync(ownGlossary, { recursive: true, force: true });
    },
  };
}

const printedUsed = new WeakSet<WebServer>();

/**
 * The address that signs a fresh browser context in: the printed one (`npm run web`'s) the first
 * time, then another one-time address (each newPage is a new context with its own cookie jar).
 */
export function signInUrl(server: WebServer): string {
  if (printedUsed.has(server)) return server.newLaunchUrl();
  printedUsed.add(server);
  return server.launchUrl;
}

/**
 * A page on the web-mode app that collects uncaught page errors (and, unless a test provokes failed
 * requests on purpose, console errors) into `errors`, which tests expect to stay empty.
 */
export async function openApp(h: Harness, viewport: { width: number; height: number }, options: { consoleErrors?: boolean; locale?: string } = {}): Promise<{ page: Page; errors: string[] }> {
  const page = await h.browser.newPage({ viewport, acceptDownloads: true, ...(options.locale ? { locale: options.locale } : {}) });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  if (options.consoleErrors ?? true) {
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
  }
  await page.goto(signInUrl(h.server));
  return { page, errors };
}

/**
 * The set-up of a test on the sample workbench: a harness, a page at `viewport` (in the browser
 * `locale`, if given) and the sample's first row on screen. The caller closes `h` in afterAll.
 */
export async function openSampleWorkbench(viewport: { width: number; height: number }, options: { locale?: string } = {}): Promise<{ h: Harness; page: Page; errors: string[] }> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const h = await startHarness();
  const { page, errors } = await openApp(h, viewport, options);
  await page.getByTestId('row').first().waitFor({ timeout: 60_000 });
  return { h, page, errors };
}

/**
 * The set-up of a glossary test: web mode over a team folder of its own holding `glossary` (and
 * `workspace` files), a page at 1440×900 that accepts browser dialogs (only beforeunload is left; questions are app modals), and the
 * sample's first row on screen. `errors` collects page errors only (a conflict answers with an HTTP
 * error on purpose). The caller closes `h` in afterAll.
 */
export async function openGlossaryWorkbench(options: { glossary: Files; workspace?: Files }): Promise<{ h: Harness; page: Page; errors: string[] }> {
  const h = await startHarness(options);
  const { page, errors } = await openApp(h, { width: 1440, height: 900 }, { consoleErrors: false });
  page.on('dialog', (d) => void d.accept());
  await page.getByTestId('row').first().waitFor({ timeout: 60_000 });
  return { h, page, errors };
}

/** Row `n` of the grid. */
export function gridRow(page: Page, n: number): Locator {
  return page.locator(`[data-testid=row][data-row="${n}"]`);
}

/** Opens the sentence editor on row `n`'s first English sentence (the row must be rendered); returns the row. */
export async function editEnglish(page: Page, n: number): Promise<Locator> {
  const row = gridRow(page, n);
  await row.locator('.cell[data-lang=en] .sentence-text').first().click();
  await page.locator('[data-testid=editor-slot] .monaco-editor').waitFor();
  return row;
}

/**
 * Waits until the findings on screen are the app's last word: the Problems panel no longer says
 * "checking…" (an edit not yet checked as a whole, or the spelling dictionaries still loading) and
 * no job shows in the busy bar. A test that reads or walks the findings does it then: before, the
 * list may change under it (the run with the dictionaries lands seconds after opening, later on a
 * loaded machine). `timeout` guards slow machines (the dictionaries load after the first paint).
 */
export async function findingsSettled(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(() => {
    const panel = document.querySelector('[data-testid=problems-panel]');
    return panel !== null && !panel.querySelector('.problems-header .stale') && !document.querySelector('[data-testid=progress]');
  }, undefined, { timeout });
}

let toastWaits = 0;

/**
 * Runs `action` and gives the text of the first toast that appears after it matching `pattern`: a
 * new toast element, so one shown before (still on screen or gone) never counts. Counting the
 * toasts on screen instead races with their timers (an info toast goes after 4 s) and with the
 * four-toast limit, and on a loaded machine the count could stay the same when one came and an
 * older one went. `timeout` guards slow machines (a whole-document re-align under load).
 */
export async function toastAfter(page: Page, action: () => Promise<void>, pattern: RegExp, timeout = 60_000): Promise<string> {
  const key = `__duizhaoToast${++toastWaits}`;
  await page.evaluate(({ key, source, flags }) => {
    const re = new RegExp(source, flags);
    const slot = window as unknown as Record<string, string | undefined>;
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (!(node instanceof HTMLElement)) continue;
          const toasts = node.matches('[data-testid=toast]') ? [node] : [...node.querySelectorAll<HTMLElement>('[data-testid=toast]')];
          const hit = toasts.find((t) => re.test(t.textContent ?? ''));
          if (hit) {
            slot[key] = hit.textContent ?? '';
            observer.disconnect();
            return;
          }
        }
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
  }, { key, source: pattern.source, flags: pattern.flags });
  await action();
  const seen = await page.waitForFunction((k) => (window as unknown as Record<string, string | undefined>)[k], key, { timeout });
  return (await seen.jsonValue()) as string;
}
