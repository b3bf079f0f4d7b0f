/**
 * New project in the app (web mode, Chromium, warm): the joint statement — Chinese source with the
 * English and Russian drafts of samples/ — from the click on "Create and align" to the first painted
 * rows of the new project (issue 13's goal: < 1 s). The app is warm: the built-in sample is open, so
 * the server process has loaded the lexicons once, as the desktop app does after start-up.
 *
 * Per run it prints the in-page time from the click to the `duizhao:rows-painted` mark, each API
 * call's time as the page saw it (Resource Timing), the CPU the Node process (server and test
 * driver; Chromium is a separate process) spent meanwhile and the page's main-thread busy time
 * (Chrome's TaskDuration): on a loaded machine the two CPU figures say more than the wall time.
 * PAGE_PROFILE=/tmp/x writes the page's CPU profile of each run to /tmp/x-<run>.cpuprofile (to the end of AFTER_PAINT_MS if set). The first run follows the sample's own
 * alignment and the warm-up main starts once the window is idle (services/alignment-warm-up.ts); later runs repeat the same
 * text, so they show the steady state. The driver types in no time: PAUSE_MS=4000 waits that long after the sample's rows
 * are painted before the first New project, as a translator choosing three files would. Also printed: when the sample's rows
 * were painted (after the page was opened, the server fresh) and this process's RSS (server, its workers and the driver).
 * AFTER_PAINT_MS=3000 also waits that long after each paint and prints the page's main-thread busy time meanwhile and the
 * calls made (the glossary, the spelling dictionaries) with the bytes of each answer; the wait makes later runs start from a
 * quieter page, so compare like with like. BIG_GLOSSARY=1 serves the shipped glossary plus the generated 10,000-concept
 * CSV of bench/big-term-base.ts (a large team term base) instead of the repository's glossary folder. ALL_CALLS=1 prints
 * every API call of the session at the end (count, bytes of the answers, time).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { ROOT, chromiumAvailable, openApp, startHarness } from '../tests/e2e/harness';
import { serializeTermFile } from '../core/glossary';
import { bigTermBase, shippedFiles } from './big-term-base';

export const title = 'New project in the app: the joint statement (zh + en + ru) → painted rows (web mode, warm)';

const RUNS = 5;
const text = (lang: string) => readFileSync(join(ROOT, 'samples', `joint-statement-2025-05-08.${lang}.txt`), 'utf8');

interface RunFigures {
  paintedMs: number;
  calls: string;
  serverCpuMs: number;
  pageCpuMs: number;
  /** The calls made within AFTER_PAINT_MS after the paint: name, ms, bytes of the answer. */
  afterPaint: string;
}

/**
 * The page's API calls that started after `from` and ended in [endFrom, endUntil) (ms since the page's origin): name,
 * duration and, with `withBytes`, the answer's size. Ends, not starts: a call under way at the paint is listed after it.
 */
function apiCalls(page: Page, from: number, endFrom: number, endUntil: number, withBytes: boolean): Promise<string> {
  return page.evaluate(
    ([since, after, before, bytes]) =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((e) => e.startTime >= since && e.responseEnd >= after && e.responseEnd < before && e.name.includes('/api/') && !e.name.endsWith('glossary%3Apoll') && !e.name.endsWith('glossary:poll'))
        .map((e) => `${decodeURIComponent(e.name.replace(/^.*\/api\//, ''))} ${Math.round(e.duration)}${bytes ? ` ms ${(e.decodedBodySize / 1000).toFixed(1)} kB` : ''}`)
        .join(', '),
    [from, endFrom, endUntil, withBytes] as const,
  );
}

/** Main-thread busy time of the page so far (Chrome's TaskDuration, seconds → ms). */
async function pageBusyMs(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN) * 1000;
}

async function newProject(page: Page, cdp: CDPSession, name: string): Promise<RunFigures> {
  await page.getByRole('button', { name: /^Open/ }).click();
  await page.getByRole('menuitem', { name: 'New project…' }).click();
  await page.locator('form.new-project').waitFor();
  await page.getByTestId('new-name').fill(name);
  await page.getByTestId('new-zh').fill(text('zh'));
  await page.getByTestId('new-en').fill(text('en'));
  await page.getByTestId('new-ru').fill(text('ru'));
  const painted = await page.evaluate(() => performance.getEntriesByName('duizhao:rows-painted').length);
  // The click's own time, taken in the page when the event reaches the button.
  await page.evaluate(() => {
    const w = window as unknown as { __clickAt: number };
    document.querySelector('form.new-project button[type=submit]')!.addEventListener('click', () => (w.__clickAt = performance.now()), { capture: true, once: true });
  });
  const cpu0 = process.cpuUsage();
  const busy0 = await pageBusyMs(cdp);
  if (process.env.PAGE_PROFILE) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.start');
  }
  await page.locator('form.new-project').getByRole('button', { name: 'Create and align' }).click();
  await page.waitForFunction((n) => performance.getEntriesByName('duizhao:rows-painted').length > n, painted, { timeout: 60_000 });
  const cpu = process.cpuUsage(cpu0);
  const pageCpuMs = (await pageBusyMs(cdp)) - busy0;
  const afterPaintMs = Number(process.env.AFTER_PAINT_MS ?? 0);
  const saveProfile = async () => {
    if (!process.env.PAGE_PROFILE) return;
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: unknown };
    writeFileSync(`${process.env.PAGE_PROFILE}-${name.replace(/\W+/g, '-')}.cpuprofile`, JSON.stringify(profile));
  };
  // With AFTER_PAINT_MS the profile covers the wait after the paint too.
  if (afterPaintMs === 0) await saveProfile();
  const { clickAt, paintedAt } = await page.evaluate(() => {
    const marks = performance.getEntriesByName('duizhao:rows-painted');
    return { clickAt: (window as unknown as { __clickAt: number }).__clickAt, paintedAt: marks[marks.length - 1]!.startTime };
  });
  const figures = { paintedMs: paintedAt - clickAt, calls: await apiCalls(page, clickAt, clickAt, paintedAt, false) };
  let afterPaint = '';
  if (afterPaintMs > 0) {
    const busyAtPaint = await pageBusyMs(cdp);
    await new Promise((resolve) => setTimeout(resolve, afterPaintMs));
    afterPaint = `page main thread ${((await pageBusyMs(cdp)) - busyAtPaint).toFixed(0)} ms; ${await apiCalls(page, clickAt, paintedAt, Infinity, true)}`;
    await saveProfile();
  }
  const projectName = await page.getByTestId('project-name').innerText();
  if (projectName !== name) throw new Error(`expected the new project "${name}" to be open, got "${projectName}"`);
  return { ...figures, serverCpuMs: (cpu.user + cpu.system) / 1000, pageCpuMs, afterPaint };
}

/** The shipped glossary files and the generated 10,000 concepts as one more CSV. */
function bigGlossaryFolder(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of ['diplomatic.tbx', 'set-phrases.csv']) files[name] = readFileSync(join(ROOT, 'glossary', name), 'utf8');
  const generated = bigTermBase(shippedFiles()).concepts.filter((c) => c.id.startsWith('gen-'));
  files['generated-10k.csv'] = serializeTermFile('generated-10k.csv', { kind: 'delimited', delimiter: ',', layout: 'header' }, generated);
  return files;
}

export default async function run(): Promise<string[]> {
  if (!chromiumAvailable()) return ['skipped: Chromium not installed (apt-get install -y chromium fonts-noto-cjk)'];
  const h = await startHarness(process.env.BIG_GLOSSARY ? { glossary: bigGlossaryFolder() } : {});
  const lines: string[] = [];
  try {
    const { page } = await openApp(h, { width: 1440, height: 900 });
    await page.getByTestId('row').first().waitFor({ timeout: 60_000 });
    await page.waitForFunction(() => performance.getEntriesByName('duizhao:rows-painted').length > 0);
    const samplePainted = await page.evaluate(() => performance.getEntriesByName('duizhao:rows-painted')[0]!.startTime);
    lines.push(`sample: rows painted ${samplePainted.toFixed(0)} ms after the page was opened`);
    const pause = Number(process.env.PAUSE_MS ?? 0);
    if (pause > 0) await new Promise((resolve) => setTimeout(resolve, pause));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const painted: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const f = await newProject(page, cdp, `Joint statement ${i + 1}`);
      painted.push(f.paintedMs);
      lines.push(`run ${i + 1}: click → rows painted ${f.paintedMs.toFixed(0)} ms; Node CPU ${f.serverCpuMs.toFixed(0)} ms, page main thread ${f.pageCpuMs.toFixed(0)} ms; calls (ms): ${f.calls}${f.afterPaint ? `; after the paint: ${f.afterPaint}` : ''}`);
    }
    if (process.env.ALL_CALLS) {
      const all = await page.evaluate(() => {
        const by = new Map<string, { n: number; kB: number; ms: number }>();
        for (const e of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
          if (!e.name.includes('/api/')) continue;
          const k = decodeURIComponent(e.name.replace(/^.*\/api\//, ''));
          const c = by.get(k) ?? { n: 0, kB: 0, ms: 0 };
          c.n++; c.kB += e.decodedBodySize / 1000; c.ms += e.duration;
          by.set(k, c);
        }
        return [...by].map(([k, c]) => `${k} ×${c.n} ${c.kB.toFixed(0)} kB ${c.ms.toFixed(0)} ms`).join(', ');
      });
      lines.push(`all calls: ${all}`);
    }
    const sorted = [...painted].sort((a, b) => a - b);
    lines.push(`RSS of this process after the runs ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB${pause > 0 ? `; first run after a ${pause} ms pause` : ''}`);
    lines.push(`median ${sorted[Math.floor(RUNS / 2)]!.toFixed(0)} ms (min ${sorted[0]!.toFixed(0)}, max ${sorted[RUNS - 1]!.toFixed(0)}) — goal < 1000 ms warm`);
  } finally {
    await h.close();
  }
  return lines;
}
