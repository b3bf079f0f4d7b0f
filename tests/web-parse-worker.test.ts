/**
 * Issue 12, point 3: while web mode parses a pathological upload, other requests are answered (the
 * parse runs on the worker thread, not the server's event loop); a parse over the time bound is
 * stopped and answered 422 naming the file. Order of events only, never a wall-clock limit.
 */
import * as fsp from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKEN_HEADER } from '../core/contract';
import { startWebServer } from '../main/web/server';
import type { WebServer } from '../main/web/server';
import { createParseWorker } from '../services/parse-worker/pool';
import type { ParseWorker } from '../services/parse-worker/pool';
import { pathologicalList } from './helpers/pathological-markdown';

let dir: string;
let server: WebServer;
let worker: ParseWorker;
/** Resolves when the server hands a task to the worker. */
let handedOver: () => void = () => undefined;

beforeAll(async () => {
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'duizhao-web-parse-'));
  const rendererDir = path.join(dir, 'renderer');
  await fsp.mkdir(rendererDir, { recursive: true });
  await fsp.writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Duizhao</title>');
  worker = createParseWorker({ timeoutMs: 3000 });
  const watched: ParseWorker = {
    run: (task) => {
      const running = worker.run(task);
      handedOver();
      return running;
    },
    cancel: (job) => worker.cancel(job),
    load: () => worker.load(),
    close: () => worker.close(),
  };
  server = await startWebServer({ workspace: path.join(dir, 'ws'), rendererDir, samplesDir: 'samples', glossaryDir: path.join(dir, 'glossary'), parser: watched, log: () => undefined });
});
afterAll(async () => {
  await server.close();
  await worker.close();
  await fsp.rm(dir, { recursive: true, force: true });
});

async function post(channel: string, body: unknown): Promise<{ status: number; body: { error?: string } & Record<string, unknown> }> {
  const res = await fetch(`${server.url}api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: server.token },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as { error?: string } & Record<string, unknown> };
}

describe('web mode parses uploads off its event loop', () => {
  it('a ping sent while a 1 MB nested list is being parsed is answered first; the parse is then stopped at its bound (422, file named)', async () => {
    // Warm the worker, so the slow task below is the one running when the ping arrives.
    expect((await post('file:readText', { lang: 'en', file: { fileName: 'warm.md', base64: Buffer.from('Warm.\n').toString('base64') } })).body.text).toBe('Warm.');

    const events: string[] = [];
    const started = new Promise<void>((resolve) => (handedOver = resolve));
    const upload = Buffer.from(pathologicalList(1_900_000)).toString('base64');
    const parse = post('file:readText', { lang: 'en', file: { fileName: 'lists.md', base64: upload } }).then((res) => {
      events.push('parse answered');
      return res;
    });
    await started;
    const ping = await post('app:info', {});
    events.push('ping answered');
    expect(ping.status).toBe(200);
    expect(ping.body).toMatchObject({ webMode: true });

    const parsed = await parse;
    expect(events).toEqual(['ping answered', 'parse answered']);
    expect(parsed.status).toBe(422);
    expect(parsed.body.error).toBe('lists.md: reading took longer than 3 s and was stopped (the file is too complex; split or simplify it)');
  });

  it('after a stopped parse the next upload is read normally (a fresh worker)', async () => {
    const res = await post('file:readText', { lang: 'zh', file: { fileName: 'ok.md', base64: Buffer.from('# 标题\n\n正文。\n').toString('base64') } });
    expect(res.status).toBe(200);
    expect(res.body.text).toBe('标题\n\n正文。');
  });
});
