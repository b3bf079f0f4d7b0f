import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { glossaryDictionaries } from '../core/draft';
import type { TermBase } from '../core/glossary';
import { allSentences } from '../core/model';
import type { Project } from '../core/model';
import { alignmentProblems } from '../core/project/edit-invariants';
import { createDeepLClient, deeplConnectionFromEnv, deeplEndpointFor, DEEPL_FREE_URL, DEEPL_PRO_URL } from '../services/deepl/client';
import type { DeepLConnection } from '../services/deepl/client';
import { draftProject, planDraftRun } from '../services/deepl/draft';
import { syncGlossary } from '../services/deepl/glossary-sync';
import { projectEngine } from '../services/engine';
import { loadGlossaryFiles } from '../services/glossary-files';
import { loadSampleProject } from '../services/sample-project';
import { spreadOneToOne, withOmissions } from './helpers/draft-sample';
import { FAKE_KEYS, startFakeDeepL } from './helpers/fake-deepl-server';
import type { FakeDeepL } from './helpers/fake-deepl-server';

const ROOT = join(__dirname, '..');
let sample: Project;
let termBase: TermBase;
let fake: FakeDeepL;
let logged: string[];

beforeAll(async () => {
  sample = await loadSampleProject(join(ROOT, 'samples'), projectEngine);
  termBase = (await loadGlossaryFiles([join(ROOT, 'glossary')])).termBase;
}, 30_000);

beforeEach(async () => {
  fake = await startFakeDeepL();
  // Everything the code under test prints, to prove the key never appears in a log line.
  logged = [];
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' ')));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    logged.push(String(chunk));
    return true;
  });
});
afterEach(async () => {
  vi.restoreAllMocks();
  for (const key of Object.values(FAKE_KEYS)) expect(logged.join('\n')).not.toContain(key);
  await fake.close();
});

function connection(extra: Partial<DeepLConnection> = {}): DeepLConnection {
  return { authKey: FAKE_KEYS.pro, serverUrl: fake.url, maxRetries: 0, ...extra };
}

const textParams = () => fake.translateRequests().flatMap((r) => r.params.text ?? []);
const bare = (): Project => ({ ...sample, targets: {}, alignments: {} });

describe('drafting the sample against the fake DeepL', () => {
  it.each([
    ['en', 'en-GB'],
    ['ru', 'ru'],
  ] as const)('fills exactly the missing %s sentences, glossary applied, estimate = characters sent = billed', async (target, code) => {
    const project = withOmissions(sample, target, spreadOneToOne(sample, target));
    const plan = planDraftRun(project, target);
    const client = createDeepLClient(connection());
    const glossary = await syncGlossary(client, termBase);
    const before = new Map(allSentences(project.targets[target]!).map((s) => [s.id, s]));

    const result = await draftProject(project, { client, target, code, glossaryId: glossary.glossaryId });

    expect(result.error).toBeUndefined();
    expect(result.applied).toHaveLength(plan.estimate.segments);
    // What was sent: exactly the planned texts, to the right language, with glossary and context.
    expect(textParams()).toEqual(plan.batches.flatMap((b) => b.items.map((i) => i.text)));
    for (const [k, r] of fake.translateRequests().entries()) {
      expect(r.params).toMatchObject({ target_lang: [code], source_lang: ['zh'], glossary_id: [glossary.glossaryId], context: [plan.batches[k]!.context] });
      expect(r.authorization).toBe(`DeepL-Auth-Key ${FAKE_KEYS.pro}`);
    }
    const sentChars = textParams().reduce((n, t) => n + Array.from(t).length, 0);
    expect(result.estimate.characters).toBe(sentChars);
    expect(result.charactersSent).toBe(sentChars);
    expect(result.charactersBilled).toBe(sentChars);
    expect(fake.usage.count).toBe(sentChars);

    // Every other sentence untouched; the new ones are machine text with the glossary's renderings.
    const after = new Map(allSentences(result.project.targets[target]!).map((s) => [s.id, s]));
    for (const [id, s] of before) expect(after.get(id)).toEqual(s);
    expect(alignmentProblems(result.project, target)).toEqual([]);
    const dict = glossaryDictionaries(termBase).dictionaries.find((d) => d.target === target)!;
    let glossaryHits = 0;
    for (const id of result.applied) {
      const s = after.get(id)!;
      expect(s.status).toBe('mt');
      expect(s.text.startsWith(`[${code.toUpperCase()}] `)).toBe(true);
    }
    for (const item of plan.batches.flatMap((b) => b.items)) {
      const bead = result.project.alignments[target]!.beads.find((b) => b.src.join() === item.srcIds.join())!;
      const text = after.get(bead.tgt[0]!)!.text;
      for (const [zh, rendering] of dict.entries) {
        if (!item.text.includes(zh) || dict.entries.some(([other]) => other !== zh && other.includes(zh) && item.text.includes(other))) continue;
        expect(text).toContain(rendering);
        glossaryHits++;
      }
    }
    expect(glossaryHits).toBeGreaterThan(0);
  });

  it('drafts a whole Russian target from the bare source in several requests, reporting progress', async () => {
    const progress: number[] = [];
    const result = await draftProject(bare(), { client: createDeepLClient(connection()), target: 'ru', code: 'ru', onProgress: (p) => progress.push(p.segmentsDone) });
    expect(result.error).toBeUndefined();
    expect(result.estimate.requests).toBe(fake.translateRequests().length);
    expect(fake.translateRequests().length).toBeGreaterThan(1);
    expect(Math.max(...fake.translateRequests().map((r) => r.params.text!.length))).toBeLessThanOrEqual(50);
    expect(progress.at(-1)).toBe(result.estimate.segments);
    expect(alignmentProblems(result.project, 'ru')).toEqual([]);
    expect(result.project.targets.ru!.paragraphs.flatMap((p) => p.sentences).every((s) => s.status === 'mt')).toBe(true);
    expect(fake.translateRequests()[0]!.params.formality).toEqual(['prefer_more']);
  });

  it('works with a free (:fx) key as with a pro key, and knows which endpoint each goes to', async () => {
    const result = await draftProject(withOmissions(sample, 'en', spreadOneToOne(sample, 'en')), { client: createDeepLClient(connection({ authKey: FAKE_KEYS.free })), target: 'en', code: 'en-US' });
    expect(result.error).toBeUndefined();
    expect(fake.translateRequests()[0]!.params.target_lang).toEqual(['en-US']);
    expect(deeplEndpointFor({ authKey: FAKE_KEYS.free })).toBe(DEEPL_FREE_URL);
    expect(deeplEndpointFor({ authKey: FAKE_KEYS.pro })).toBe(DEEPL_PRO_URL);
    expect(deeplEndpointFor({ authKey: FAKE_KEYS.free, serverUrl: fake.url })).toBe(fake.url);
    expect(deeplConnectionFromEnv({ DEEPL_AUTH_KEY: ` ${FAKE_KEYS.free} `, DEEPL_SERVER_URL: fake.url })).toEqual({ authKey: FAKE_KEYS.free, serverUrl: fake.url });
    expect(deeplConnectionFromEnv({})).toBeNull();
  });
});

describe('failures leave the project intact and explain themselves', () => {
  async function run(project: Project, extra: Partial<DeepLConnection> = {}, signal?: AbortSignal) {
    const input = structuredClone(project);
    const result = await draftProject(project, { client: createDeepLClient(connection(extra)), target: 'ru', code: 'ru', ...(signal ? { signal } : {}) });
    expect(project).toEqual(input); // the caller's project is never mutated
    return result;
  }

  it('bad key (403): nothing drafted, the message says to check the key', async () => {
    const project = withOmissions(sample, 'ru', spreadOneToOne(sample, 'ru'));
    const result = await run(project, { authKey: 'not-a-valid-key' });
    expect(result.error).toMatchObject({ kind: 'auth', message: expect.stringMatching(/refused the authentication key/) });
    expect(result.applied).toEqual([]);
    expect(result.project.targets.ru).toEqual(project.targets.ru);
    expect(result.error!.message).not.toContain('not-a-valid-key');
  });

  it('quota exceeded (456) on the second request: the first request’s drafts are kept', async () => {
    fake.faults.push({ path: '/v2/translate', skip: 1, status: 456 });
    const result = await run(bare());
    expect(result.error).toMatchObject({ kind: 'quota', message: expect.stringMatching(/quota .* used up/) });
    const firstBatch = fake.translateRequests()[0]!.params.text!;
    expect(result.applied).toHaveLength(firstBatch.length);
    expect(alignmentProblems(result.project, 'ru')).toEqual([]);
    expect(allSentences(result.project.targets.ru!).map((s) => s.text)).toEqual(firstBatch.map((t) => `[RU] ${t}`));
  });

  it('too many requests (429) once: the client backs off, retries and succeeds', async () => {
    fake.faults.push({ path: '/v2/translate', status: 429 });
    const project = withOmissions(sample, 'ru', spreadOneToOne(sample, 'ru'));
    const result = await run(project, { maxRetries: 3 });
    expect(result.error).toBeUndefined();
    expect(result.applied).toHaveLength(result.estimate.segments);
    expect(fake.translateRequests()).toHaveLength(result.estimate.requests + 1);
  }, 15_000);

  it('too many requests (429) that never ends is reported as such', async () => {
    fake.faults.push({ path: '/v2/translate', status: 429, times: 99 });
    const result = await run(withOmissions(sample, 'ru', spreadOneToOne(sample, 'ru')));
    expect(result.error).toMatchObject({ kind: 'rate', message: expect.stringMatching(/too many requests/) });
  });

  it('server error (500): says it is on DeepL’s side', async () => {
    fake.faults.push({ path: '/v2/translate', status: 500, times: 99 });
    const result = await run(withOmissions(sample, 'ru', spreadOneToOne(sample, 'ru')));
    expect(result.error).toMatchObject({ kind: 'server', message: expect.stringMatching(/DeepL's servers .* \(500\)/) });
    expect(result.applied).toEqual([]);
  });

  it('connection dropped mid-run: drafts received before the drop are kept', async () => {
    fake.faults.push({ path: '/v2/translate', skip: 1, status: 'drop', times: 99 });
    const result = await run(bare());
    expect(result.error).toMatchObject({ kind: 'network', message: expect.stringMatching(/Cannot reach DeepL/) });
    expect(result.applied.length).toBe(fake.translateRequests()[0]!.params.text!.length);
  });

  it('no network at all (nothing listening): drafting says why it cannot run', async () => {
    const url = fake.url;
    await fake.close();
    fake = await startFakeDeepL(); // for afterEach; the client talks to the closed port
    const result = await draftProject(withOmissions(sample, 'ru', spreadOneToOne(sample, 'ru')), { client: createDeepLClient({ authKey: FAKE_KEYS.pro, serverUrl: url, maxRetries: 0 }), target: 'ru', code: 'ru' });
    expect(result.error).toMatchObject({ kind: 'network' });
    expect(result.applied).toEqual([]);
  });

  it('cancel between requests keeps what arrived', async () => {
    const controller = new AbortController();
    const result = await draftProject(bare(), {
      client: createDeepLClient(connection()),
      target: 'ru',
      code: 'ru',
      signal: controller.signal,
      onBatch: () => controller.abort(),
    });
    expect(result.error).toMatchObject({ kind: 'cancelled' });
    expect(fake.translateRequests()).toHaveLength(1);
    expect(result.applied).toHaveLength(fake.translateRequests()[0]!.params.text!.length);
  });
});

afterAll(() => vi.restoreAllMocks());
