import * as fsp from 'node:fs/promises';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, TOKEN_HEADER } from '../core/contract';
import type { Request, Response, ChannelName } from '../core/contract';
import { MAX_BODY_BYTES, startWebServer } from '../main/web/server';
import { jsonNestsDeeperThan } from '../main/web/json-depth';
import type { WebServer } from '../main/web/server';
import { rawRequest } from './helpers/raw-http';
import type { RawResponse } from './helpers/raw-http';

let dir: string;
let workspace: string;
let server: WebServer;
let port: number;

beforeAll(async () => {
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'duizhao-web-'));
  workspace = path.join(dir, 'workspace');
  // A stand-in for the built renderer: the bridge is under test here, not the UI (tests/e2e cover that).
  const rendererDir = path.join(dir, 'renderer');
  await fsp.mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await fsp.writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><html lang="en"><head><title>Duizhao</title></head><body></body></html>');
  await fsp.writeFile(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  await fsp.writeFile(path.join(dir, 'secret.txt'), 'outside the renderer');
  // A small built-in term base (header layout) and a broken file: the load must report it and go on.
  const glossaryDir = path.join(dir, 'glossary');
  await fsp.mkdir(glossaryDir);
  await fsp.writeFile(
    path.join(glossaryDir, 'house.csv'),
    'zh,en,ru,en_forbidden\n上海合作组织,Shanghai Cooperation Organisation,Шанхайская организация сотрудничества,Shanghai Cooperation Organization\n战略稳定,strategic stability,стратегическая стабильность,\n',
  );
  await fsp.writeFile(path.join(glossaryDir, 'broken.csv'), 'zh,en\n冷战思维,Cold War mentality,extra field\n');
  server = await startWebServer({ workspace, rendererDir, samplesDir: 'samples', glossaryDir, log: () => undefined });
  port = Number(new URL(server.url).port);
});
afterAll(async () => {
  await server.close();
  await fsp.rm(dir, { recursive: true, force: true });
});

function raw(method: string, urlPath: string, headers: Record<string, string> = {}, body?: string): Promise<RawResponse> {
  return rawRequest(port, method, urlPath, headers, body);
}

async function call<K extends ChannelName>(name: K, request: Request<K>): Promise<Response<K>> {
  const res = await fetch(`${server.url}api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: server.token },
    body: JSON.stringify(request),
  });
  const body = await res.json();
  if (!res.ok) throw new Error(`${res.status} ${body.error}`);
  // Every answer must match the response schema the contract declares (catches handler drift).
  const checked = contract[name].response.safeParse(body);
  if (!checked.success) throw new Error(`response of ${name} does not match the contract: ${checked.error.message}`);
  return body as Response<K>;
}

const json = { 'content-type': 'application/json' };

/** Signs in as a browser would: GET of a one-time address → the session cookie (`name=value`). */
async function sessionCookie(): Promise<string> {
  const launch = new URL(server.newLaunchUrl());
  const res = await raw('GET', `${launch.pathname}${launch.search}`);
  expect(res.status).toBe(303);
  return String(res.headers['set-cookie']?.[0]).split(';')[0]!;
}

describe('web mode bridge', () => {
  it('hostile bodies: a declared size over the limit is 413 before reading; 1 MB of [ is 400 before JSON.parse', async () => {
    const headers = { ...json, [TOKEN_HEADER]: server.token };
    const big = await new Promise<number>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/api/app:info', headers: { ...headers, 'content-length': String(MAX_BODY_BYTES + 1) } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.write('{');
    });
    expect(big).toBe(413);
    const deep = await raw('POST', '/api/app:info', headers, '['.repeat(1_000_000));
    expect(deep.status).toBe(400);
    expect(deep.body).toMatch(/nested deeper than/);
    expect(jsonNestsDeeperThan('{"a":"[[[[[[[[[[[[[[[[[[[[[[[[\\"]"}', 3)).toBe(false);
    expect(jsonNestsDeeperThan('[[[[1]]]]', 3)).toBe(true);
  });

  it('listens on loopback only, with a strong per-run token', () => {
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
    expect(server.token.length).toBeGreaterThanOrEqual(43);
  });

  it('serves index.html to a signed-in browser, with no secret in it and a strict CSP header', async () => {
    const res = await raw('GET', '/', { cookie: await sessionCookie() });
    expect(res.status).toBe(200);
    expect(res.body).toContain('<title>Duizhao</title>');
    expect(res.body).not.toContain(server.token);
    expect(res.headers['content-security-policy']).toMatch(/default-src 'none'; script-src 'self' 'wasm-unsafe-eval';/);
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    const js = await raw('GET', '/assets/app.js');
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toMatch(/^text\/javascript/);
  });

  it('refuses paths that climb out of the renderer folder', async () => {
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/%2e%2e%2fsecret.txt']) {
      const res = await raw('GET', p);
      expect(res.status, p).toBe(404);
      expect(res.body).not.toContain('outside the renderer');
    }
  });

  it('refuses API calls without the token or with a wrong one (403)', async () => {
    expect((await raw('POST', '/api/app:info', json, '{}')).status).toBe(403);
    expect((await raw('POST', '/api/app:info', { ...json, [TOKEN_HEADER]: 'guess' }, '{}')).status).toBe(403);
    expect((await raw('POST', '/api/app:info', { ...json, [TOKEN_HEADER]: server.token.slice(0, -1) + 'x' }, '{}')).status).toBe(403);
    expect((await raw('POST', '/api/app:info', { ...json, [TOKEN_HEADER]: server.token }, '{}')).status).toBe(200);
  });

  it('refuses a non-loopback Host (DNS rebinding) even with the token, and for static files too', async () => {
    const headers = { ...json, [TOKEN_HEADER]: server.token, host: `evil.example:${port}` };
    expect((await raw('POST', '/api/app:info', headers, '{}')).status).toBe(403);
    expect((await raw('GET', '/', { host: 'evil.example' })).status).toBe(403);
    expect((await raw('GET', '/', { host: `localhost:${port}`, cookie: await sessionCookie() })).status).toBe(200);
  });

  it('refuses a foreign Origin (403) and accepts its own', async () => {
    const headers = { ...json, [TOKEN_HEADER]: server.token };
    expect((await raw('POST', '/api/app:info', { ...headers, origin: 'https://evil.example' }, '{}')).status).toBe(403);
    expect((await raw('POST', '/api/app:info', { ...headers, origin: `http://127.0.0.1:${port + 1}` }, '{}')).status).toBe(403);
    expect((await raw('POST', '/api/app:info', { ...headers, origin: `http://127.0.0.1:${port}` }, '{}')).status).toBe(200);
  });

  it('validates requests with the contract schemas (400), unknown channels 404, wrong method 405, non-JSON 415', async () => {
    const headers = { ...json, [TOKEN_HEADER]: server.token };
    const bad = await raw('POST', '/api/align:run', headers, JSON.stringify({ target: 'fr' }));
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error).toMatch(/^Invalid request for align:run: .*target/);
    expect((await raw('POST', '/api/align:run', headers, '{not json')).status).toBe(400);
    expect((await raw('POST', '/api/fs:read', headers, '{}')).status).toBe(404);
    expect((await raw('GET', '/api/app:info', { [TOKEN_HEADER]: server.token })).status).toBe(405);
    expect((await raw('POST', '/api/app:info', { 'content-type': 'text/plain', [TOKEN_HEADER]: server.token }, '{}')).status).toBe(415);
  });

  it('round trip: open the sample, save it into the workspace, open it again', async () => {
    const info = await call('app:info', {});
    expect(info).toMatchObject({ webMode: true, platform: 'web', firstStart: true, screenReader: false });

    const opened = await call('project:openSample', {});
    expect(opened.path).toBeNull();
    expect(opened.project.source.lang).toBe('zh');
    const firstSentence = opened.project.source.paragraphs.flatMap((p) => p.sentences).find((s) => s.text.includes('战略稳定'));
    expect(firstSentence).toBeDefined();

    const edited = structuredClone(opened.project);
    edited.name = 'Strategic stability — reviewed';
    const saved = await call('project:save', { project: edited, path: null });
    expect(saved).toEqual({ path: 'Strategic-stability-reviewed.duizhao.json' });
    const onDisk = await fsp.readFile(path.join(workspace, saved!.path), 'utf8');
    expect(onDisk).toContain('"format": "duizhao-project"');

    const recent = await call('project:recent', {});
    expect(recent.items[0]).toMatchObject({ path: saved!.path, name: 'Strategic stability — reviewed' });
    expect((await call('app:info', {})).firstStart).toBe(false);

    // A project deleted behind the app's back drops out of the list.
    await fsp.writeFile(path.join(workspace, 'gone.duizhao.json'), onDisk);
    await call('project:open', { path: 'gone.duizhao.json' });
    await fsp.rm(path.join(workspace, 'gone.duizhao.json'));
    expect((await call('project:recent', {})).items.map((i) => i.path)).not.toContain('gone.duizhao.json');

    const reopened = await call('project:open', { path: saved!.path });
    expect(reopened).toEqual({ project: edited, path: saved!.path });

    // Saving again to the same name keeps the previous version as .bak.
    await call('project:save', { project: { ...edited, name: 'Second' }, path: saved!.path });
    expect(await fsp.readFile(path.join(workspace, `${saved!.path}.bak`), 'utf8')).toBe(onDisk);
  });

  it('keeps project paths inside the workspace', async () => {
    for (const p of ['../outside.duizhao.json', '/etc/passwd', 'sub/dir.duizhao.json', '.hidden.duizhao.json', 'notes.txt', 'C:\\x.duizhao.json']) {
      await expect(call('project:open', { path: p }), p).rejects.toThrow(/^400 Not a project name in the workspace/);
    }
    await expect(call('project:save', { project: (await call('project:openSample', {})).project, path: '../x.duizhao.json' })).rejects.toThrow(/^400 /);
    await expect(call('glossary:load', { glossaryPaths: ['../../etc/passwd'] })).rejects.toThrow(/^400 Not a glossary file in the workspace/);
    expect(await fsp.readdir(dir)).not.toContain('x.duizhao.json');
  });

  it('a missing project is 404 naming the file relative to the workspace, never the absolute path', async () => {
    const res = await fetch(`${server.url}api/project:open`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: server.token },
      body: JSON.stringify({ path: 'gone.duizhao.json' }),
    });
    expect(res.status).toBe(404);
    const { error } = (await res.json()) as { error: string };
    expect(error).toMatch(/^gone\.duizhao\.json: no such file/);
    expect(error).not.toContain(path.resolve(workspace));
  });

  it('autosave and recovery through the bridge', async () => {
    expect(await call('project:recover', {})).toBeNull();
    const { project } = await call('project:openSample', {});
    const { savedAt } = await call('project:autosave', { project, path: null });
    const recovered = await call('project:recover', {});
    expect(recovered).toEqual({ project, path: null, savedAt });
    await call('project:discardRecovery', {});
    expect(await call('project:recover', {})).toBeNull();
  });

  it('re-aligns one target through the bridge', async () => {
    const { project } = await call('project:openSample', {});
    const { alignment } = await call('align:run', { project, target: 'en' });
    expect(alignment.target).toBe('en');
    const covered = alignment.beads.flatMap((b) => b.tgt).sort();
    const all = project.targets.en!.paragraphs.filter((p) => !p.excluded).flatMap((p) => p.sentences.map((s) => s.id)).sort();
    expect(covered).toEqual(all);
  });

  it('names the XLIFF 2.1 and XLIFF 1.2 downloads apart (both are .xlf)', async () => {
    const { project } = await call('project:openSample', {});
    const names = await Promise.all((['xliff', 'xliff12'] as const).map(async (format) => (await call('export:run', { project, format, options: { target: 'en' } }))!.fileName));
    expect(names).toEqual(['Joint-statement-on-global-strategic-stability-8-May-2025.zh-en.xliff2.xlf', 'Joint-statement-on-global-strategic-stability-8-May-2025.zh-en.xliff12.xlf']);
  });

  it('exports TMX as bytes for a browser download', async () => {
    const { project } = await call('project:openSample', {});
    const result = await call('export:run', { project, format: 'tmx', options: { target: 'ru' } });
    expect(result).toMatchObject({ fileName: 'Joint-statement-on-global-strategic-stability-8-May-2025.zh-ru.tmx', path: null });
    const tmx = Buffer.from(result!.base64!, 'base64').toString('utf8');
    expect(tmx).toMatch(/^<\?xml/);
    const units = tmx.match(/<tu[ >]/g) ?? [];
    expect(units.length).toBeGreaterThan(20);
    expect(tmx).toContain('xml:lang="ru');
    expect(tmx).toContain('стратегической стабильности');
    const bad = await raw('POST', '/api/export:run', { ...json, [TOKEN_HEADER]: server.token }, JSON.stringify({ project, format: 'pdf' }));
    expect(bad.status).toBe(400);
  });

  it('loads the built-in term base and a project term base from the workspace, reporting bad lines by file', async () => {
    await fsp.writeFile(path.join(workspace, 'project-terms.tsv'), 'zh\ten\tru\n金砖国家\tBRICS\tБРИКС\n');
    const result = await call('glossary:load', { glossaryPaths: ['project-terms.tsv'] });
    const zhTerms = result.termBase!.concepts.map((c) => c.terms.find((t) => t.lang === 'zh')?.text).sort();
    expect(zhTerms).toEqual(['上海合作组织', '战略稳定', '金砖国家']);
    expect(result.files.map((f) => path.basename(f))).toEqual(['broken.csv', 'house.csv', 'project-terms.tsv']);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ line: 2, severity: 'error' });
    expect(path.basename(result.problems[0]!.file)).toBe('broken.csv');
    // A new project over the same files names the merge it holds: no term base again, the rest as before.
    const again = await call('glossary:load', { glossaryPaths: ['project-terms.tsv'], held: result.merged });
    expect(again.termBase).toBeNull();
    expect(again.merged).toBe(result.merged);
    expect(again.problems).toEqual(result.problems);
  });

  it('exports CSV with the QA findings column (the Russian draft has a planted wrong number)', async () => {
    const { project } = await call('project:openSample', {});
    const csv = Buffer.from((await call('export:run', { project, format: 'csv' }))!.base64!, 'base64').toString('utf8');
    const row = csv.split('\n').find((line) => line.includes('80周年'));
    expect(row).toContain('70-летием');
    expect(row).toMatch(/80/);
    expect(row).toMatch(/numbers\.mismatch|“80”/);
    const plain = Buffer.from((await call('export:run', { project, format: 'csv', options: { qa: false } }))!.base64!, 'base64').toString('utf8');
    expect(plain.split('\n').find((line) => line.includes('80周年'))).not.toMatch(/numbers\.mismatch|“80”/);
  });

  it('reads uploaded drafts: GB18030 text decoded, HTML reduced to its paragraphs, TMX refused as a draft', async () => {
    const zh = '中华人民共和国和俄罗斯联邦关于全球战略稳定的联合声明\n\n双方强调维护全球战略稳定。\n';
    const gbk = iconv.encode(zh, 'gb18030');
    const text = await call('file:readText', { lang: 'zh', file: { fileName: 'source.txt', base64: gbk.toString('base64') } });
    expect(text).toEqual({ fileName: 'source.txt', text: zh });
    const html = '<html><head><title>t</title><script>var x = 1;</script></head><body><nav>Home</nav><p>The two sides stress strategic stability.</p><p>They oppose a Cold War mentality.</p></body></html>';
    const fromHtml = await call('file:readText', { lang: 'en', file: { fileName: 'draft.html', base64: Buffer.from(html).toString('base64') } });
    expect(fromHtml.text).toBe('The two sides stress strategic stability.\n\nThey oppose a Cold War mentality.');
    await expect(call('file:readText', { lang: 'en', file: { fileName: 'pairs.tmx', base64: Buffer.from('<tmx/>').toString('base64') } })).rejects.toThrow(/import it as a project/);
  });

  it('a binary or empty upload answers 422 with the reason, not 500', async () => {
    const post = (fileName: string, bytes: Buffer) =>
      raw('POST', '/api/file:readText', { ...json, [TOKEN_HEADER]: server.token }, JSON.stringify({ lang: 'zh', file: { fileName, base64: bytes.toString('base64') } }));
    const binary = await post('photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    expect(binary.status).toBe(422);
    expect(JSON.parse(binary.body).error).toMatch(/^photo\.txt: .*binary/);
    const empty = await post('empty.txt', Buffer.alloc(0));
    expect(empty.status).toBe(422);
    expect(JSON.parse(empty.body).error).toMatch(/^empty\.txt: .*empty/);
  });

  it('imports an exported TMX back as an aligned project', async () => {
    const { project } = await call('project:openSample', {});
    const tmx = await call('export:run', { project, format: 'tmx', options: { target: 'en' } });
    const imported = await call('project:import', { file: { fileName: tmx!.fileName, base64: tmx!.base64! } });
    expect(imported!.path).toBeNull();
    const en = imported!.project.alignments.en!;
    expect(en.beads.length).toBeGreaterThan(20);
    const firstEn = imported!.project.targets.en!.paragraphs.flatMap((p) => p.sentences)[0]!.text;
    expect(firstEn).toBe(project.targets.en!.paragraphs.flatMap((p) => p.sentences).find((s) => s.text.trim() !== '')!.text);
    await expect(call('project:import', {})).resolves.toBeNull(); // web mode: no dialog
    await expect(call('project:import', { file: { fileName: 'notes.txt', base64: 'eA==' } })).rejects.toThrow(/^400 .*TMX or XLIFF/);
  });
});
