/**
 * Issue 12: alignment runs in the worker pool, not on the thread that answers the UI. A request
 * sent while a large alignment runs is answered first (order of events, never a clock); Cancel
 * terminates the worker aligning that draft at once and the next alignment works; the en and ru
 * drafts aligned side by side give exactly the beads they give one after the other (and on this
 * thread). Project JSON is parsed in the pool with the errors naming file and line as before.
 */
import * as fsp from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKEN_HEADER } from '../core/contract';
import { alignDocs } from '../core/align';
import type { Doc, Project } from '../core/model';
import { createProject, serializeProject } from '../core/project';
import { importText } from '../core/text';
import { startWebServer } from '../main/web/server';
import type { WebServer } from '../main/web/server';
import { JobCancelledError } from '../services/cancellable-jobs';
import { loadLexicon } from '../services/lexicon';
import { createParseWorker } from '../services/parse-worker/pool';
import type { ParseWorker } from '../services/parse-worker/pool';
import { createProjectStore } from '../services/project-store';
import { noOverlapPair } from '../bench/synthetic-parallel';

const sample = (lang: string) => readFileSync(path.join(__dirname, '..', 'samples', `joint-statement-2025-05-08.${lang}.txt`), 'utf8');

/** A pair the lexicon cannot help with: the aligner searches hard (seconds of CPU for 1,500 sentences). */
function largePair(count: number): { zh: Doc; en: Doc } {
  const { src, tgt } = noOverlapPair(count);
  return { zh: importText(src.join('\n'), 'zh'), en: importText(tgt.join('\n'), 'en') };
}

let pool: ParseWorker;
beforeAll(() => {
  pool = createParseWorker({ size: 2 });
});
afterAll(() => pool.close());

describe('alignment in the worker pool', () => {
  it('en and ru aligned side by side give exactly the beads of one after the other, and of this thread', async () => {
    const zh = importText(sample('zh'), 'zh');
    const en = importText(sample('en'), 'en');
    const ru = importText(sample('ru'), 'ru');
    const together = pool.run({ kind: 'alignDocs', source: zh, target: en });
    const ruToo = pool.run({ kind: 'alignDocs', source: zh, target: ru });
    // Both were handed to a worker at once: the second did not wait for the first.
    expect(pool.load().running).toBe(2);
    const [enBoth, ruBoth] = await Promise.all([together, ruToo]);

    const serial = createParseWorker({ size: 1 });
    try {
      const enAlone = await serial.run({ kind: 'alignDocs', source: zh, target: en });
      expect(serial.load().running).toBe(0);
      const ruAlone = await serial.run({ kind: 'alignDocs', source: zh, target: ru });
      expect(enBoth).toEqual(enAlone);
      expect(ruBoth).toEqual(ruAlone);
    } finally {
      await serial.close();
    }
    // The same as aligning on this thread with the same lexicons (the worker found the same files).
    expect(enBoth.alignment).toEqual(alignDocs(zh, en, { lexicon: loadLexicon('en') }));
    expect(ruBoth.alignment).toEqual(alignDocs(zh, ru, { lexicon: loadLexicon('ru') }));
    expect(enBoth.alignment.beads.length).toBeGreaterThan(50);
    expect(enBoth.wrongDocument).toBeNull();
  }, 120_000);

  it('Cancel terminates the worker aligning that draft at once; the next alignment works', async () => {
    const { zh, en } = largePair(1500);
    await pool.run({ kind: 'importText', label: 'warm', raw: '你好。', lang: 'zh' }); // a worker is up
    const running = pool.run({ kind: 'alignDocs', source: zh, target: en }, { job: 'new-1-en' });
    // A second task under the same job name is refused while the first is pending.
    await expect(pool.run({ kind: 'alignDocs', source: zh, target: en }, { job: 'new-1-en' })).rejects.toThrow(/already running/);
    const before = pool.load();
    expect(before.running).toBe(1);
    expect(pool.cancel('new-1-en')).toBe(true);
    const err = await running.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(JobCancelledError);
    expect((err as Error).message).toBe('Cancelled (new-1-en)');
    // The worker that was aligning is gone (terminated, not left to finish its phase).
    const after = pool.load();
    expect(after.running).toBe(0);
    expect(after.threads.length).toBe(before.threads.length - 1);
    // The next alignment gets a fresh worker and the right answer.
    const small = { zh: importText(sample('zh'), 'zh'), en: importText(sample('en'), 'en') };
    const next = await pool.run({ kind: 'alignDocs', source: small.zh, target: small.en }, { job: 'new-1-en' });
    expect(next.alignment).toEqual(alignDocs(small.zh, small.en, { lexicon: loadLexicon('en') }));
    // A Cancel that arrives before its alignment refuses it when it comes, without running it.
    expect(pool.cancel('new-2-ru')).toBe(false);
    await expect(pool.run({ kind: 'alignDocs', source: small.zh, target: small.en }, { job: 'new-2-ru' })).rejects.toThrow(/^Cancelled \(new-2-ru\)$/);
    // A queued one is dropped before it starts.
    const busy = createParseWorker({ size: 1 });
    try {
      const first = busy.run({ kind: 'alignDocs', source: zh, target: en }, { job: 'a' });
      const queued = busy.run({ kind: 'alignDocs', source: small.zh, target: small.en }, { job: 'b' });
      expect(busy.cancel('b')).toBe(true);
      await expect(queued).rejects.toBeInstanceOf(JobCancelledError);
      expect(busy.cancel('a')).toBe(true);
      await expect(first).rejects.toBeInstanceOf(JobCancelledError);
    } finally {
      await busy.close();
    }
  }, 120_000);

  it('a project file is parsed in the pool: the same project, and errors naming file, line and column', async () => {
    const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'duizhao-pool-project-'));
    try {
      const store = createProjectStore({
        recoveryDir: path.join(dir, 'recovery'),
        parsers: {
          project: (bytes, fileName) => pool.run({ kind: 'parseProject', fileName, bytes }),
          recovery: (bytes, fileName) => pool.run({ kind: 'parseRecovery', fileName, bytes }),
        },
      });
      const zh = importText('双方同意。\n\n第二段。', 'zh');
      const en = importText('The sides agreed.\n\nSecond paragraph.', 'en');
      const project: Project = createProject({ name: 'Pooled', source: zh, targets: { en } }, (s, t) => alignDocs(s, t));
      const file = path.join(dir, 'pooled.duizhao.json');
      await store.save(file, project);
      expect(await store.read(file)).toEqual(project);

      const broken = path.join(dir, 'broken.duizhao.json');
      const text = serializeProject(project).split('\n');
      text[3] = `${text[3]}}`;
      await fsp.writeFile(broken, text.join('\n'));
      await expect(store.read(broken)).rejects.toThrow(new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:4:\\d+: not valid JSON \\(unexpected character\\)$`));

      // The recovery copy goes through the pool too; a damaged one is set aside, not deleted.
      await store.writeRecovery(project, null);
      expect((await store.readRecovery())?.project).toEqual(project);
      await fsp.writeFile(path.join(dir, 'recovery', 'recovery.duizhao.json'), '{"savedAt": 1');
      expect(await store.readRecovery()).toBeNull();
      expect((await fsp.readdir(path.join(dir, 'recovery'))).some((n) => n.startsWith('recovery.duizhao.json.damaged-'))).toBe(true);
    } finally {
      await fsp.rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('web mode answers while an alignment runs', () => {
  let dir: string;
  let server: WebServer;
  let handedOver: () => void = () => undefined;

  beforeAll(async () => {
    dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'duizhao-web-align-'));
    const rendererDir = path.join(dir, 'renderer');
    await fsp.mkdir(rendererDir, { recursive: true });
    await fsp.writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Duizhao</title>');
    const watched: ParseWorker = {
      run: (task, options) => {
        const running = pool.run(task, options);
        if (task.kind === 'realign' || task.kind === 'alignDocs') handedOver();
        return running;
      },
      cancel: (job) => pool.cancel(job),
      load: () => pool.load(),
      close: () => pool.close(),
    };
    server = await startWebServer({ workspace: path.join(dir, 'ws'), rendererDir, samplesDir: 'samples', glossaryDir: path.join(dir, 'glossary'), parser: watched, log: () => undefined });
  });
  afterAll(async () => {
    await server.close();
    await fsp.rm(dir, { recursive: true, force: true });
  });

  async function post(channel: string, body: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
    const res = await fetch(`${server.url}api/${channel}`, { method: 'POST', headers: { 'content-type': 'application/json', [TOKEN_HEADER]: server.token }, body: JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }

  it.each(['align:run', 'align:docs'] as const)('a ping sent while %s aligns 1,500 sentences is answered first', async (channel) => {
    const { zh, en } = largePair(1500);
    const project = createProject({ name: 'Large', source: zh, targets: { en } }, () => ({ source: 'zh', target: 'en', beads: [] }));
    const events: string[] = [];
    const started = new Promise<void>((resolve) => (handedOver = resolve));
    const aligning = post(channel, channel === 'align:run' ? { project, target: 'en' } : { source: zh, target: en }).then((res) => {
      events.push('aligned');
      return res;
    });
    await Promise.race([started, aligning]);
    expect(events).toEqual([]);
    const ping = await post('app:info', {});
    events.push('ping');
    expect(ping.status).toBe(200);
    expect(pool.load().running).toBeGreaterThan(0); // the alignment was still running when the ping came back
    const res = await aligning;
    expect(res.status).toBe(200);
    expect(events).toEqual(['ping', 'aligned']);
    expect((res.body.alignment as { beads: unknown[] }).beads.length).toBeGreaterThan(1000);
  }, 120_000);
});
