import * as fsp from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer } from '../main/web/server';
import type { WebServer } from '../main/web/server';
import { rawRequest } from './helpers/raw-http';
import type { RawResponse } from './helpers/raw-http';
import { cookieValue, NO_SESSION, USED_LOGIN } from '../main/web/session';

// Issue 12: the web token was served in GET / to any local user. Now the printed address signs one
// browser in once (HttpOnly, SameSite=Strict cookie); the page carries no secret.

let dir: string;
let server: WebServer;
let port: number;
/** The run's path, `/<scope>/`. */
let scope: string;

beforeAll(async () => {
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'duizhao-web-session-'));
  const rendererDir = path.join(dir, 'renderer');
  await fsp.mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await fsp.writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><html><head><title>Duizhao</title></head><body></body></html>');
  await fsp.writeFile(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  server = await startWebServer({ workspace: path.join(dir, 'ws'), rendererDir, samplesDir: 'samples', glossaryDir: path.join(dir, 'glossary'), log: () => undefined });
  port = Number(new URL(server.url).port);
  scope = new URL(server.url).pathname;
});
afterAll(async () => {
  await server.close();
  await fsp.rm(dir, { recursive: true, force: true });
});

function get(urlPath: string, headers: Record<string, string> = {}, method = 'GET', body?: string): Promise<RawResponse> {
  return rawRequest(port, method, urlPath, headers, body);
}

function pathOf(url: string): string {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
}

describe('web mode sign-in', () => {
  it('the printed address is the clean one plus a one-time token; no token or the session secret in it', () => {
    const printed = new URL(server.launchUrl);
    expect(`${printed.origin}${printed.pathname}`).toBe(server.url);
    // The clean address is the run's random scope (the cookie's Path): 128 bits, not the secret.
    expect(new URL(server.url).pathname).toMatch(/^\/[A-Za-z0-9_-]{22}\/$/);
    expect(server.url).not.toContain(server.token);
    const login = printed.searchParams.get('t')!;
    expect(login.length).toBeGreaterThanOrEqual(43);
    expect(login).not.toBe(server.token);
    expect(new URL(server.newLaunchUrl()).searchParams.get('t')).not.toBe(login);
  });

  it('GET / without a session is 403 with one line; the page does not carry the secret', async () => {
    const res = await get('/');
    expect(res.status).toBe(403);
    expect(res.body).toBe(`${NO_SESSION}\n`);
    expect(res.body).not.toContain(server.token);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect((await get('/index.html')).status).toBe(403);
    expect((await get(scope)).status).toBe(403);
    // Nothing answered without a session gives the scope away.
    expect(res.body).not.toContain(scope.slice(1, -1));
    // The public build (scripts, styles) needs no session: it holds no secret and no user data.
    expect((await get('/assets/app.js')).status).toBe(200);
  });

  it('the first GET with the token sets an HttpOnly SameSite=Strict cookie and redirects to the clean address; a second use is 403', async () => {
    const launch = pathOf(server.newLaunchUrl());
    const first = await get(launch);
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe(scope);
    const setCookie = first.headers['set-cookie']![0]!;
    expect(setCookie).toMatch(/; HttpOnly/);
    expect(setCookie).toMatch(/; SameSite=Strict/);
    // Cookies ignore ports but not paths: the browser sends it only under the scope, never to
    // another local server (tests/e2e/web-cookie-scope.test.ts checks that in Chromium).
    expect(setCookie).toMatch(new RegExp(`; Path=${scope}$`));
    const cookie = setCookie.split(';')[0]!;
    // The name carries the port: cookies ignore ports, two servers on 127.0.0.1 must not collide.
    expect(cookieValue(cookie, `duizhao-session-${port}`)).toBe(server.token);

    const page = await get(scope, { cookie });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Duizhao</title>');
    expect(page.body).not.toContain(server.token);

    // Another user (no cookie) replaying the used address gets nothing.
    const replay = await get(launch);
    expect(replay.status).toBe(403);
    expect(replay.body).toBe(`${USED_LOGIN}\n`);
    expect(replay.headers['set-cookie']).toBeUndefined();
    // The browser that used it may reload it: it is signed in already.
    expect((await get(launch, { cookie })).status).toBe(303);
    // A made-up token is refused like a used one.
    expect((await get('/?t=guessed-token')).status).toBe(403);
  });

  it('API calls authenticate by the cookie (with the Host/Origin checks still applied); a wrong cookie is 403', async () => {
    const cookie = String((await get(pathOf(server.newLaunchUrl()))).headers['set-cookie']![0]).split(';')[0]!;
    const json = { 'content-type': 'application/json' };
    const ok = await get(`${scope}api/app:info`, { ...json, cookie, origin: `http://127.0.0.1:${port}` }, 'POST', '{}');
    expect(ok.status).toBe(200);
    // Assets load under the scope too (the page's relative addresses).
    expect((await get(`${scope}assets/app.js`)).status).toBe(200);
    expect(JSON.parse(ok.body)).toMatchObject({ webMode: true });
    expect((await get('/api/app:info', { ...json }, 'POST', '{}')).status).toBe(403);
    expect((await get('/api/app:info', { ...json, cookie: `duizhao-session-${port}=${server.token.slice(0, -1)}x` }, 'POST', '{}')).status).toBe(403);
    // Another local server may set a cookie under this name (Path=/, sent after ours or before): ours still counts, its own never.
    const tossed = `duizhao-session-${port}=planted`;
    expect((await get(`${scope}api/app:info`, { ...json, cookie: `${tossed}; ${cookie}` }, 'POST', '{}')).status).toBe(200);
    expect((await get(`${scope}api/app:info`, { ...json, cookie: tossed }, 'POST', '{}')).status).toBe(403);
    // A cookie for another port's server is not this one's session.
    expect((await get('/api/app:info', { ...json, cookie: `duizhao-session-${port + 1}=${server.token}` }, 'POST', '{}')).status).toBe(403);
    expect((await get('/api/app:info', { ...json, cookie, origin: 'https://evil.example' }, 'POST', '{}')).status).toBe(403);
    expect((await get('/api/app:info', { ...json, cookie, host: 'evil.example' }, 'POST', '{}')).status).toBe(403);
  });
});
