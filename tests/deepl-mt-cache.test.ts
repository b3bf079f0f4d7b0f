import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { alignDocs } from '../core/align';
import { alignableSentences } from '../core/model';
import type { Project } from '../core/model';
import { alignmentProblems } from '../core/project/edit-invariants';
import { createDeepLClient } from '../services/deepl/client';
import { machineTranslateSource, mtCachePath, openMtCache } from '../services/deepl/mt-cache';
import { projectEngine } from '../services/engine';
import { loadSampleProject } from '../services/sample-project';
import { FAKE_KEYS, startFakeDeepL } from './helpers/fake-deepl-server';
import type { FakeDeepL } from './helpers/fake-deepl-server';

let sample: Project;
let fake: FakeDeepL;
let dir: string;
beforeAll(async () => {
  sample = await loadSampleProject(join(__dirname, '..', 'samples'), projectEngine);
}, 30_000);
beforeEach(async () => {
  fake = await startFakeDeepL();
  dir = mkdtempSync(join(tmpdir(), 'duizhao-mt-'));
});
afterEach(() => fake.close());

const client = () => createDeepLClient({ authKey: FAKE_KEYS.pro, serverUrl: fake.url, maxRetries: 0 });
const sentTexts = () => fake.translateRequests().flatMap((r) => r.params.text!);

describe('MT for alignment, cached per sentence', () => {
  it('translates each source sentence once; re-aligning pays nothing', async () => {
    const sentences = alignableSentences(sample.source);
    const cache = await openMtCache(mtCachePath(dir));
    const first = await machineTranslateSource(client(), sample.source, 'en-GB', cache);
    expect(first.mt).toEqual(sentences.map((s) => `[EN-GB] ${s.text.trim()}`));
    expect(first.cached).toBe(0);
    expect(first.charactersSent).toBe(sentences.reduce((n, s) => n + Array.from(s.text.trim()).length, 0));

    // A new process: the cache is read back from disk.
    const reopened = await openMtCache(mtCachePath(dir));
    const before = fake.translateRequests().length;
    const second = await machineTranslateSource(client(), sample.source, 'en-GB', reopened);
    expect(second).toEqual({ mt: first.mt, cached: sentences.length, charactersSent: 0 });
    expect(fake.translateRequests()).toHaveLength(before);

    // The MT feeds the aligner's `mt` option and the alignment stays sound.
    const alignment = alignDocs(sample.source, sample.targets.en!, { mt: second.mt });
    expect(alignmentProblems({ ...sample, alignments: { en: alignment } }, 'en')).toEqual([]);
  });

  it('another target language, variant or glossary version is another cache entry', async () => {
    const cache = await openMtCache(mtCachePath(dir));
    const n = alignableSentences(sample.source).length;
    await machineTranslateSource(client(), sample.source, 'en-GB', cache);
    await machineTranslateSource(client(), sample.source, 'en-US', cache);
    await machineTranslateSource(client(), sample.source, 'ru', cache);
    await machineTranslateSource(client(), sample.source, 'ru', cache, { id: null, version: 'v2' });
    expect(sentTexts()).toHaveLength(4 * n);
    expect(cache.size).toBe(4 * n);
  });

  it('only the sentences that changed are sent again', async () => {
    const cache = await openMtCache(mtCachePath(dir));
    await machineTranslateSource(client(), sample.source, 'ru', cache);
    const edited = structuredClone(sample.source);
    const target = edited.paragraphs.find((p) => !p.excluded && p.sentences.length > 0)!.sentences[0]!;
    target.text = `${target.text}（修订）`;
    const before = sentTexts().length;
    await machineTranslateSource(client(), edited, 'ru', cache);
    expect(sentTexts().slice(before)).toEqual([target.text.trim()]);
  });

  it('a failure halfway keeps what was paid for; the file holds no key', async () => {
    fake.faults.push({ path: '/v2/translate', skip: 1, status: 456, times: 99 });
    const longSource = { ...sample.source, paragraphs: [0, 1].flatMap((k) => sample.source.paragraphs.map((p) => ({ ...p, id: `${p.id}-${k}`, sentences: p.sentences.map((s) => ({ ...s, id: `${s.id}-${k}`, text: `${s.text}${k}` })) }))) };
    const cache = await openMtCache(mtCachePath(dir));
    await expect(machineTranslateSource(client(), longSource, 'ru', cache)).rejects.toMatchObject({ kind: 'quota' });
    const saved = readFileSync(mtCachePath(dir), 'utf8');
    expect((await openMtCache(mtCachePath(dir))).size).toBe(fake.translateRequests()[0]!.params.text!.length);
    expect(saved).not.toContain(FAKE_KEYS.pro);
  });

  it('a damaged cache file is set aside, not fatal', async () => {
    writeFileSync(mtCachePath(dir), '{"format": "duizhao-mt-cache", "entries": {');
    const cache = await openMtCache(mtCachePath(dir));
    expect(cache.size).toBe(0);
    expect(existsSync(`${mtCachePath(dir)}.damaged`)).toBe(true);
  });
});
