/**
 * Issue 12: cookies ignore ports, so a session cookie for 127.0.0.1 with Path=/ went to every local
 * server the user browsed to. The cookie's Path is now the run's random scope: Chromium, signed in to
 * web mode, sends nothing of it to another server on 127.0.0.1 — neither at its root nor at a path
 * of the same shape — while the app under the scope works.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, startHarness } from './harness';
import type { Harness } from './harness';

let h: Harness;
let other: http.Server;
let otherPort: number;
/** The Cookie header of every request the other server got. */
const seen: string[] = [];

beforeAll(async () => {
  h = await startHarness();
  other = http.createServer((req, res) => {
    seen.push(req.headers.cookie ?? '');
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<!doctype html><title>another local server</title>');
  });
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  otherPort = (other.address() as AddressInfo).port;
}, 180_000);

afterAll(async () => {
  await h?.close();
  await new Promise<void>((resolve) => (other ? other.close(() => resolve()) : resolve()));
});

describe('the web session cookie stays with this server', () => {
  it('a signed-in browser sends no session cookie to another server on 127.0.0.1', async () => {
    const { page, errors } = await openApp(h, { width: 1024, height: 700 });
    await page.getByTestId('row').first().waitFor({ timeout: 60_000 });
    expect(page.url()).toBe(h.server.url);
    const cookies = await page.context().cookies();
    expect(cookies.some((c) => c.value === h.server.token)).toBe(true);

    await page.goto(`http://127.0.0.1:${otherPort}/`);
    await page.goto(`http://127.0.0.1:${otherPort}/api/app:info`);
    await page.goto(`http://127.0.0.1:${otherPort}/someone-else/`);
    expect(seen.length).toBeGreaterThanOrEqual(3); // the three pages (and the favicon)
    for (const header of seen) expect(header).not.toContain(h.server.token);

    // Back at the printed scope the app still works (the cookie goes there).
    await page.goto(h.server.url);
    await page.getByTestId('row').first().waitFor({ timeout: 60_000 });
    expect(errors).toEqual([]);
  }, 120_000);
});
