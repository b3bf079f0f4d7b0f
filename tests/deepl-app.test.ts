import { mkdtempSync, readFileSync, existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../core/contract';
import type { Handlers } from '../core/contract';
import { alignableSentences, allSentences } from '../core/model';
import type { Alignment, Project } from '../core/model';
import { createSampleProject } from '../core/project';
import { alignmentProblems } from '../core/project/edit-invariants';
import { createDeepLKeyStore, DEEPL_KEY_FILE } from '../main/deepl-key-store';
import type { DeepLKeySource } from '../services/deepl/key-source';
import { environmentKeySource } from '../services/deepl/key-source';
import { createWorkspaceKeyStore, WORKSPACE_KEY_FILE } from '../services/deepl/workspace-key-store';
import { projectEngine } from '../services/engine';
import { loadSampleProject } from '../services/sample-project';
import { deeplHandlersForTest } from './helpers/deepl-handlers';
import { spreadOneToOne, withOmissions } from './helpers/draft-sample';
import { FAKE_KEYS, startFakeDeepL } from './helpers/fake-deepl-server';
import type { FakeDeepL } from './helpers/fake-deepl-server';

const ROOT = join(__dirname, '..');

/** Stands in for the OS keychain: reversible, and the ciphertext does not contain the key. */
function fakeSafeStorage(backend = 'gnome_libsecret') {
  const flip = (b: Buffer) => Buffer.from(b.map((x) => x ^ 0x5a));
  return {
    isEncryptionAvailable: () => true,
    getSelectedStorageBackend: () => backend,
    encryptString: (s: string) => flip(Buffer.from(`v10${s}`, 'utf8')),
    decryptString: (b: Buffer) => flip(b).toString('utf8').slice(3),
  };
}

let sample: Project;
let fake: FakeDeepL;
let userData: string;
beforeAll(async () => {
  sample = await loadSampleProject(join(ROOT, 'samples'), projectEngine);
}, 30_000);
beforeEach(async () => {
  fake = await startFakeDeepL();
  userData = mkdtempSync(join(tmpdir(), 'duizhao-userdata-'));
});
afterEach(() => fake.close());

function handlersWith(keys: DeepLKeySource): Handlers {
  return deeplHandlersForTest(fake.url, keys, userData);
}
const call = (h: Handlers, name: string, payload: unknown) => dispatch(h, name, payload) as Promise<Record<string, unknown>>;

describe('the key store (Electron safeStorage)', () => {
  it('keeps the key encrypted in userData and reads it back', async () => {
    const store = createDeepLKeyStore(() => fakeSafeStorage(), userData, {});
    expect(await store.read()).toBeNull();
    await store.write(FAKE_KEYS.pro);
    const bytes = readFileSync(join(userData, DEEPL_KEY_FILE));
    expect(bytes.toString('utf8')).not.toContain(FAKE_KEYS.pro);
    expect(bytes.toString('latin1')).not.toContain(FAKE_KEYS.pro);
    expect(await createDeepLKeyStore(() => fakeSafeStorage(), userData, {}).read()).toEqual({ key: FAKE_KEYS.pro, source: 'stored' });
    await store.write(null);
    expect(existsSync(join(userData, DEEPL_KEY_FILE))).toBe(false);
  });

  it('refuses to store where the OS offers no real encryption, and falls back to DEEPL_AUTH_KEY', async () => {
    const store = createDeepLKeyStore(() => fakeSafeStorage('basic_text'), userData, { DEEPL_AUTH_KEY: FAKE_KEYS.free });
    if (process.platform === 'linux') {
      expect(store.canStore).toBe(false);
      await expect(store.write(FAKE_KEYS.pro)).rejects.toThrow(/DEEPL_AUTH_KEY/);
      expect(readdirSync(userData)).toEqual([]);
    }
    expect(await store.read()).toEqual({ key: FAKE_KEYS.free, source: 'environment' });
  });
});

describe('the key store of web mode (a file in the workspace, owner-only)', () => {
  it('keeps the key readable by the owner only, prefers it to DEEPL_AUTH_KEY, and forgets it', async () => {
    const dataDir = join(userData, '.duizhao');
    const store = createWorkspaceKeyStore(dataDir, { DEEPL_AUTH_KEY: FAKE_KEYS.free });
    expect(store.canStore).toBe(true);
    expect(await store.read()).toEqual({ key: FAKE_KEYS.free, source: 'environment' });
    await store.write(FAKE_KEYS.pro);
    expect(readFileSync(join(dataDir, WORKSPACE_KEY_FILE), 'utf8')).toBe(FAKE_KEYS.pro);
    if (process.platform !== 'win32') {
      expect(statSync(join(dataDir, WORKSPACE_KEY_FILE)).mode & 0o777).toBe(0o600);
      expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    }
    expect(await store.read()).toEqual({ key: FAKE_KEYS.pro, source: 'stored' });
    await store.write(null);
    expect(existsSync(join(dataDir, WORKSPACE_KEY_FILE))).toBe(false);
    expect(await store.read()).toEqual({ key: FAKE_KEYS.free, source: 'environment' });
  });

  it('reads an empty key file as no key', async () => {
    const store = createWorkspaceKeyStore(userData, {});
    writeFileSync(join(userData, WORKSPACE_KEY_FILE), '  \n');
    expect(await store.read()).toBeNull();
  });
});

describe('the deepl:* channels', () => {
  it('setKey stores a key DeepL accepts, and setKey null ("Forget DeepL key") removes it', async () => {
    const h = handlersWith(createDeepLKeyStore(() => fakeSafeStorage(), userData, {}));
    expect(await call(h, 'deepl:setKey', { key: FAKE_KEYS.pro })).toEqual({ configured: true });
    expect(await call(h, 'deepl:status', {})).toMatchObject({ configured: true, source: 'stored' });
    expect(await call(h, 'deepl:setKey', { key: null })).toEqual({ configured: false });
    expect(await call(h, 'deepl:status', {})).toMatchObject({ configured: false, source: null });
    expect(existsSync(join(userData, DEEPL_KEY_FILE))).toBe(false);
  });

  it('status says configured yes/no and never returns the key', async () => {
    const h = handlersWith(createDeepLKeyStore(() => fakeSafeStorage(), userData, {}));
    expect(await call(h, 'deepl:status', {})).toMatchObject({ configured: false, source: null, canStore: true });
    await expect(call(h, 'deepl:setKey', { key: 'wrong-key' })).rejects.toMatchObject({ kind: 'auth' });
    expect(existsSync(join(userData, DEEPL_KEY_FILE))).toBe(false);
    expect(await call(h, 'deepl:setKey', { key: FAKE_KEYS.free })).toEqual({ configured: true });
    const status = await call(h, 'deepl:status', { checkUsage: true });
    expect(status).toMatchObject({ configured: true, source: 'stored', endpoint: 'custom', usage: { count: 0, limit: 500000 }, problem: null });
    expect(JSON.stringify(status)).not.toContain(FAKE_KEYS.free);
  });

  it('a project term base that changes replaces the DeepL glossary; a failed delete of the old one is a warning, not a failed draft', async () => {
    const h = handlersWith(environmentKeySource({ DEEPL_AUTH_KEY: FAKE_KEYS.pro }));
    const project = withOmissions(sample, 'en', spreadOneToOne(sample, 'en'));
    const first = (await call(h, 'deepl:draft', { project, target: 'en' })) as { glossary: { name: string; created: boolean; warnings: string[] }; error: unknown };
    expect(first.error).toBeNull();
    expect(first.glossary).toMatchObject({ created: true, warnings: [] });
    const [oldId] = [...fake.glossaries.keys()];
    // The project adds its own term file: another merged term base, another glossary.
    const team = join(userData, 'team.csv');
    writeFileSync(team, 'zh,en,ru\n战略稳定,strategic stability,стратегическая стабильность\n核大国,nuclear-weapon States,ядерные державы\n');
    // Not retried by the client (a 5xx would be, with backoff): fails at once.
    fake.faults.push({ path: '/v3/glossaries/', method: 'DELETE', status: 400 });
    const second = (await call(h, 'deepl:draft', { project: { ...project, glossaryPaths: [team] }, target: 'en' })) as { applied: string[]; glossary: { name: string; created: boolean; warnings: string[] }; error: unknown };
    expect(second.error).toBeNull();
    expect(second.applied.length).toBeGreaterThan(0);
    expect(second.glossary).toMatchObject({ created: true });
    expect(second.glossary.name).not.toBe(first.glossary.name);
    expect(second.glossary.warnings).toEqual([expect.stringContaining(`${first.glossary.name} could not be deleted`)]);
    expect(fake.glossaries.has(oldId!)).toBe(true);
    // The next draft retries the delete, and the account is left with the one glossary in use.
    await call(h, 'deepl:draft', { project: { ...project, glossaryPaths: [team] }, target: 'en' });
    expect(fake.deletedGlossaries()).toEqual([oldId]);
    expect(fake.glossaries.size).toBe(1);
    expect(readFileSync(join(userData, 'deepl-glossary.json'), 'utf8')).not.toContain(FAKE_KEYS.pro);
  });

  it('estimate, then draft with the glossary: the omissions are filled, nothing else changes', async () => {
    const h = handlersWith(environmentKeySource({ DEEPL_AUTH_KEY: FAKE_KEYS.pro }));
    const project = withOmissions(sample, 'en', spreadOneToOne(sample, 'en'));
    const estimate = await call(h, 'deepl:estimate', { project, target: 'en' });
    expect(estimate).toMatchObject({ code: 'en-US', segments: 5 + planMissing(sample) });
    expect(fake.requests).toEqual([]);
    const result = (await call(h, 'deepl:draft', { project, target: 'en' })) as { project: Project; applied: string[]; glossary: { name: string; created: boolean }; error: unknown; charactersBilled: number };
    expect(result.error).toBeNull();
    expect(result.applied).toHaveLength(estimate.segments as number);
    expect(result.charactersBilled).toBe(estimate.characters);
    expect(result.glossary).toMatchObject({ name: expect.stringMatching(/^duizhao-[0-9a-f]{16}$/), created: true });
    expect(fake.translateRequests().every((r) => r.params.glossary_id?.[0] === [...fake.glossaries.keys()][0])).toBe(true);
    const before = new Map(allSentences(project.targets.en!).map((s) => [s.id, s]));
    const after = allSentences(result.project.targets.en!);
    expect(after.filter((s) => !before.has(s.id)).map((s) => s.status)).toEqual(result.applied.map(() => 'mt'));
    for (const s of after) if (before.has(s.id)) expect(s).toEqual(before.get(s.id));
    expect(await call(h, 'deepl:progress', {})).toMatchObject({ running: false });
  });

  it('without a key, or offline, the draft says why and returns the project unchanged', async () => {
    const project = withOmissions(sample, 'ru', spreadOneToOne(sample, 'ru'));
    const none = await call(handlersWith(environmentKeySource({})), 'deepl:draft', { project, target: 'ru' });
    expect(none).toMatchObject({ applied: [], error: { kind: 'no-key', message: expect.stringMatching(/No DeepL key/) } });
    expect(none.project).toEqual(project);
    await fake.close();
    const offline = await call(handlersWith(environmentKeySource({ DEEPL_AUTH_KEY: FAKE_KEYS.pro })), 'deepl:draft', { project, target: 'ru', useGlossary: false });
    expect(offline).toMatchObject({ applied: [], error: { kind: 'network' } });
    expect(offline.project).toEqual(project);
    fake = await startFakeDeepL();
  }, 60_000);

  it('offline, status answers at once (one attempt, no retry backoff) with the reason and the app carries on', async () => {
    // A server that drops every connection unanswered stands in for a dead network and counts the attempts.
    let attempts = 0;
    const dropper = createServer((socket) => {
      attempts++;
      socket.destroy();
    });
    await new Promise<void>((done) => dropper.listen(0, '127.0.0.1', done));
    const h = deeplHandlersForTest(`http://127.0.0.1:${(dropper.address() as AddressInfo).port}`, environmentKeySource({ DEEPL_AUTH_KEY: FAKE_KEYS.pro }), userData);
    const status = await call(h, 'deepl:status', { checkUsage: true });
    await new Promise((done) => dropper.close(done));
    expect(status).toMatchObject({ configured: true, usage: null, problem: { kind: 'network', message: expect.stringMatching(/works offline/) } });
    expect(attempts).toBe(1);
  });

  it('re-aligns with DeepL MT as evidence, paying once: the second run is served from the cache', async () => {
    const h = handlersWith(environmentKeySource({ DEEPL_AUTH_KEY: FAKE_KEYS.pro }));
    const before = await call(h, 'deepl:estimateAlignWithMt', { project: sample, target: 'ru' });
    const first = await call(h, 'deepl:alignWithMt', { project: sample, target: 'ru' });
    expect(first).toMatchObject({ cached: 0, error: null, alignment: { source: 'zh', target: 'ru' } });
    expect(first.charactersSent).toBeGreaterThan(0);
    // The estimate shown before asking is what was sent and what the fake DeepL billed.
    expect(before).toMatchObject({ code: 'ru', cached: 0, sentences: alignableSentences(sample.source).length, characters: first.charactersSent, requests: fake.translateRequests().length });
    expect(fake.usage.count).toBe(first.charactersSent);
    expect(alignmentProblems({ ...sample, alignments: { ru: first.alignment as Alignment } }, 'ru')).toEqual([]);
    const second = await call(h, 'deepl:alignWithMt', { project: sample, target: 'ru' });
    expect(second).toMatchObject({ cached: alignableSentences(sample.source).length, charactersSent: 0, error: null });
    expect(second.alignment).toEqual(first.alignment);
    expect(await call(h, 'deepl:estimateAlignWithMt', { project: sample, target: 'ru' })).toMatchObject({ cached: alignableSentences(sample.source).length, characters: 0, requests: 0 });
    expect(readFileSync(join(userData, 'mt-cache.json'), 'utf8')).not.toContain(FAKE_KEYS.pro);
  });

  it('re-aligning with DeepL MT reports progress; a cancel mid-run returns no alignment and keeps the cached MT', async () => {
    const h = handlersWith(environmentKeySource({ DEEPL_AUTH_KEY: FAKE_KEYS.pro }));
    // The joint statement: 155 source sentences, sent as 4 requests (50, 50, 50, 5).
    const read = (f: string) => readFileSync(join(ROOT, 'samples', f), 'utf8');
    const project = createSampleProject({ name: 'joint statement', zh: read('joint-statement-2025-05-08.zh.txt'), en: read('joint-statement-2025-05-08.en.txt') }, projectEngine);
    const frozen = structuredClone(project);
    const total = alignableSentences(project.source).length;
    const estimate = await call(h, 'deepl:estimateAlignWithMt', { project, target: 'en' });
    expect(estimate).toMatchObject({ sentences: total, cached: 0 });
    expect(estimate.requests).toBeGreaterThanOrEqual(3);
    // The second request is held by the fake until released: deterministically in flight.
    const second = fake.hold({ path: '/v2/translate', skip: 1 });
    const pending = call(h, 'deepl:alignWithMt', { project, target: 'en' });
    await second.arrived;
    // The first request's sentences, while the second is out.
    const progress = await call(h, 'deepl:progress', {});
    expect(progress).toMatchObject({ running: true, segments: total, segmentsDone: fake.translateRequests()[0]!.params.text!.length, charactersSent: fake.usage.count, drafts: [] });
    // One DeepL run at a time: a draft now is refused, naming what runs.
    await expect(call(h, 'deepl:draft', { project, target: 'en', useGlossary: false })).rejects.toThrow(/re-alignment with DeepL MT is already running/);
    expect(await call(h, 'deepl:cancel', {})).toEqual({ cancelled: true });
    second.release();
    const result = await pending;
    expect(result).toMatchObject({ alignment: null, cached: 0, error: { kind: 'cancelled' } });
    expect(await call(h, 'deepl:progress', {})).toMatchObject({ running: false });
    // The request in flight finished and was paid for; nothing was sent after the cancel.
    expect(fake.translateRequests()).toHaveLength(2);
    const sentTexts = fake.translateRequests().flatMap((r) => r.params.text!);
    const arrived = new Set(sentTexts).size;
    expect(arrived).toBe(sentTexts.length);
    expect(arrived).toBeLessThan(total);
    expect(result.charactersSent).toBe(fake.usage.count);
    // The caller's project is untouched, and every translation that arrived is in the cache.
    expect(project).toEqual(frozen);
    expect(await call(h, 'deepl:estimateAlignWithMt', { project, target: 'en' })).toMatchObject({ sentences: total, cached: arrived });

    // Running it again sends only the sentences not cached: nothing is paid twice.
    const requestsBefore = fake.translateRequests().length;
    const billedBefore = fake.usage.count;
    const again = await call(h, 'deepl:alignWithMt', { project, target: 'en' });
    expect(again).toMatchObject({ cached: arrived, error: null, alignment: { source: 'zh', target: 'en' } });
    const resent = fake.translateRequests().slice(requestsBefore).flatMap((r) => r.params.text!);
    expect(resent).toHaveLength(total - arrived);
    expect(resent.filter((t) => sentTexts.includes(t))).toEqual([]);
    expect(fake.usage.count - billedBefore).toBe(again.charactersSent);
    expect(alignmentProblems({ ...project, alignments: { en: again.alignment as Alignment } }, 'en')).toEqual([]);
  });

  it('cancel stops a running draft after the request in flight and keeps what arrived', async () => {
    const h = handlersWith(environmentKeySource({ DEEPL_AUTH_KEY: FAKE_KEYS.pro }));
    const bare: Project = { ...sample, targets: {}, alignments: {} };
    const first = fake.hold({ path: '/v2/translate' }); // in flight until released
    const pending = call(h, 'deepl:draft', { project: bare, target: 'ru', useGlossary: false });
    await first.arrived;
    expect(await call(h, 'deepl:progress', {})).toMatchObject({ running: true, segmentsDone: 0 });
    expect(await call(h, 'deepl:cancel', {})).toEqual({ cancelled: true });
    first.release();
    const result = (await pending) as { applied: string[]; drafts: unknown[]; error: { kind: string; message: string }; estimate: { segments: number } };
    expect(result.error).toMatchObject({ kind: 'cancelled', message: expect.stringMatching(/^Drafting was cancelled after \d+ of 57 segments; those are kept/) });
    expect(fake.translateRequests()).toHaveLength(1);
    expect(result.applied).toHaveLength(fake.translateRequests()[0]!.params.text!.length);
    expect(result.drafts).toHaveLength(result.applied.length);
    expect(result.applied.length).toBeLessThan(result.estimate.segments);
  });

  it('a quota (456) says what was kept in the terms of the job: drafts for a draft, the MT cache for a re-alignment', async () => {
    const h = handlersWith(environmentKeySource({ DEEPL_AUTH_KEY: FAKE_KEYS.pro }));
    fake.faults.push({ path: '/v2/translate', status: 456, skip: 1, times: 99 });
    const drafted = await call(h, 'deepl:draft', { project: { ...sample, targets: {}, alignments: {} }, target: 'ru', useGlossary: false });
    expect(drafted.error).toMatchObject({ kind: 'quota', message: expect.stringMatching(/used up \(456\)\. Drafts made so far are kept/) });
    expect((drafted.applied as string[]).length).toBeGreaterThan(0);
    const aligned = await call(h, 'deepl:alignWithMt', { project: sample, target: 'ru' });
    expect(aligned.error).toMatchObject({ kind: 'quota', message: expect.stringMatching(/used up \(456\)\. The machine translations that arrived are in the MT cache/) });
    expect((aligned.error as { message: string }).message).not.toMatch(/[Dd]raft/);
  });

  it('the draft names the glossary terms DeepL cannot take, with file and line', async () => {
    const h = handlersWith(environmentKeySource({ DEEPL_AUTH_KEY: FAKE_KEYS.pro }));
    // Line 3's Russian is over DeepL's 1024 bytes per term: that entry stays out, the rest goes.
    const team = join(userData, 'team.csv');
    const long = 'д'.repeat(600);
    writeFileSync(team, `zh,en,ru\n战略稳定伙伴,strategic stability partner,партнёр по стратегической стабильности\n虚构术语,fictional term,${long}\n`);
    const project = withOmissions(sample, 'en', spreadOneToOne(sample, 'en'));
    const result = (await call(h, 'deepl:draft', { project: { ...project, glossaryPaths: [team] }, target: 'en' })) as { error: unknown; glossary: { rejected: Array<Record<string, unknown>> } };
    expect(result.error).toBeNull();
    expect(result.glossary.rejected.filter((r) => r.file === team)).toEqual([{ term: long, target: 'ru', reason: 'longer than 1024 bytes', file: team, line: 3 }]);
    const sent = [...fake.glossaries.values()][0]!.dictionaries;
    expect(sent.find((d) => d.target_lang === 'en')!.entries).toContain('虚构术语\tfictional term');
    expect(sent.find((d) => d.target_lang === 'ru')!.entries).not.toContain('虚构术语');
  });
});

/** Omissions the sample already has (beads without target), besides the ones the test makes. */
function planMissing(project: Project): number {
  return project.alignments.en!.beads.filter((b) => b.src.length > 0 && b.tgt.length === 0).length;
}
