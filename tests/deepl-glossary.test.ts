import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GlossaryEntries } from 'deepl-node';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { glossaryDictionaries, termProblem } from '../core/draft';
import type { Concept, TermBase } from '../core/glossary';
import { createDeepLClient } from '../services/deepl/client';
import { describeDeepLError } from '../services/deepl/errors';
import { fileGlossaryRecord, GLOSSARY_NAME_PREFIX, glossaryRecordPath, glossaryVersion, syncGlossary } from '../services/deepl/glossary-sync';
import { loadGlossaryFiles } from '../services/glossary-files';
import { FAKE_KEYS, startFakeDeepL } from './helpers/fake-deepl-server';
import type { FakeDeepL } from './helpers/fake-deepl-server';

let termBase: TermBase;
let fake: FakeDeepL;
let dir: string;
beforeAll(async () => {
  termBase = (await loadGlossaryFiles([join(__dirname, '..', 'glossary')])).termBase;
});
beforeEach(async () => {
  fake = await startFakeDeepL();
  dir = await mkdtemp(join(tmpdir(), 'duizhao-glossary-'));
});
afterEach(async () => {
  await fake.close();
  await rm(dir, { recursive: true, force: true });
});

const client = () => createDeepLClient({ authKey: FAKE_KEYS.pro, serverUrl: fake.url, maxRetries: 0 });
const creates = () => fake.requests.filter((r) => r.method === 'POST' && r.path === '/v3/glossaries');
const deletes = () => fake.requests.filter((r) => r.method === 'DELETE').map((r) => r.path);
/** This installation's record of its glossaries, as the app keeps it in user data. */
const record = (folder = dir) => fileGlossaryRecord(glossaryRecordPath(folder));

function concept(id: string, zh: string, en: string, ru = 'термин', line = 1): Concept {
  return {
    id,
    terms: [
      { text: zh, lang: 'zh', status: 'preferred' },
      { text: en, lang: 'en', status: 'preferred' },
      { text: ru, lang: 'ru', status: 'preferred' },
    ],
    origin: { file: 'team.csv', line },
  };
}

describe('glossary sync', () => {
  it('pushes the shared term base as ONE multilingual glossary with zh→en and zh→ru dictionaries', async () => {
    const result = await syncGlossary(client(), termBase);
    const { dictionaries } = glossaryDictionaries(termBase);
    expect(creates()).toHaveLength(1);
    expect(result).toMatchObject({ created: true, name: `${GLOSSARY_NAME_PREFIX}${glossaryVersion(termBase)}` });
    const stored = fake.glossaries.get(result.glossaryId!)!;
    expect(stored.dictionaries.map((d) => [d.source_lang, d.target_lang])).toEqual([
      ['zh', 'en'],
      ['zh', 'ru'],
    ]);
    for (const d of dictionaries) {
      const sent = stored.dictionaries.find((x) => x.target_lang === d.target)!.entries.split('\n').map((l) => l.split('\t'));
      expect(sent).toEqual(d.entries);
      expect(result.entries[d.target]).toBe(d.entries.length);
    }
    // The built-in term base is large enough to matter, and forbidden variants never travel.
    expect(dictionaries[0]!.entries.length).toBeGreaterThan(100);
    const forbidden = termBase.concepts.flatMap((c) => c.terms.filter((t) => t.status === 'deprecated' && t.lang !== 'zh').map((t) => t.text));
    expect(forbidden.length).toBeGreaterThan(0);
    const rendered = new Set(dictionaries.flatMap((d) => d.entries.map(([, t]) => t)));
    const preferred = new Set(termBase.concepts.flatMap((c) => c.terms.filter((t) => t.status !== 'deprecated').map((t) => t.text)));
    for (const f of forbidden) if (!preferred.has(f)) expect(rendered.has(f)).toBe(false);
  });

  it('re-creates the glossary only when the term base changed', async () => {
    const first = await syncGlossary(client(), termBase);
    const again = await syncGlossary(client(), { concepts: [...termBase.concepts].reverse() }); // same content, other order
    expect(again).toMatchObject({ glossaryId: first.glossaryId, created: false });
    expect(creates()).toHaveLength(1);
    const changed = await syncGlossary(client(), { concepts: [...termBase.concepts, concept('new', '新术语', 'new term')] });
    expect(changed.created).toBe(true);
    expect(changed.glossaryId).not.toBe(first.glossaryId);
    expect(changed.version).not.toBe(first.version);
    expect(creates()).toHaveLength(2);
  });

  it('a changed term base deletes the glossary it supersedes, and only that one', async () => {
    const c = client();
    // The user's own glossaries, one even starting with our prefix: never ours to delete.
    const own = await c.createMultilingualGlossary('Team terms', [{ sourceLangCode: 'zh', targetLangCode: 'en', entries: new GlossaryEntries({ entries: { 联合国: 'UN' } }) }]);
    const lookalike = await c.createMultilingualGlossary('duizhao-by-hand', [{ sourceLangCode: 'zh', targetLangCode: 'ru', entries: new GlossaryEntries({ entries: { 联合国: 'ООН' } }) }]);
    const first = await syncGlossary(c, termBase, { record: record() });
    expect(first).toMatchObject({ created: true, deleted: [], warnings: [] });

    const edited: TermBase = { concepts: [...termBase.concepts, concept('new', '新术语', 'new term')] };
    const second = await syncGlossary(c, edited, { record: record() });
    expect(second).toMatchObject({ created: true, deleted: [first.name], warnings: [] });
    expect(deletes()).toEqual([`/v3/glossaries/${first.glossaryId}`]);
    // Deleted only after the new one exists: a failed upload would leave the old one in place.
    const deleteAt = fake.requests.findIndex((r) => r.method === 'DELETE');
    expect(fake.requests.findLastIndex((r) => r.method === 'POST' && r.path === '/v3/glossaries')).toBeLessThan(deleteAt);
    expect([...fake.glossaries.keys()].sort()).toEqual([own.glossaryId, lookalike.glossaryId, second.glossaryId].sort());

    // Unchanged: the recorded id is checked with one GET, nothing listed, created or deleted.
    const before = fake.requests.length;
    const third = await syncGlossary(c, edited, { record: record() });
    expect(third).toMatchObject({ glossaryId: second.glossaryId, created: false, deleted: [] });
    expect(fake.requests.slice(before).map((r) => `${r.method} ${r.path}`)).toEqual([`GET /v3/glossaries/${second.glossaryId}`]);

    // Back to the first content: the edited one is superseded in turn.
    const back = await syncGlossary(c, termBase, { record: record() });
    expect(back).toMatchObject({ created: true, name: first.name, deleted: [second.name] });
    expect(fake.glossaries.size).toBe(3);
  });

  it('never deletes what another installation uses, nor what the record does not name as ours', async () => {
    const c = client();
    const colleague = await syncGlossary(c, termBase, { record: record(join(dir, 'colleague')) });
    const mine = await syncGlossary(c, { concepts: [concept('a', '战略稳定', 'strategic stability')] }, { record: record() });
    const mine2 = await syncGlossary(c, { concepts: [concept('a', '战略稳定', 'strategic steadiness')] }, { record: record() });
    expect(mine2.deleted).toEqual([mine.name]);
    expect(fake.glossaries.has(colleague.glossaryId!)).toBe(true);
    // A record pointing at a glossary not named like ours (hand-edited, or a user's id) is left alone.
    const own = await c.createMultilingualGlossary('Team terms', [{ sourceLangCode: 'zh', targetLangCode: 'en', entries: new GlossaryEntries({ entries: { 联合国: 'UN' } }) }]);
    await record().write({ current: { glossaryId: own.glossaryId, name: own.name }, stale: [] });
    const after = await syncGlossary(c, termBase, { record: record() });
    expect(after).toMatchObject({ glossaryId: colleague.glossaryId, created: false, deleted: [], warnings: [] });
    expect(fake.glossaries.has(own.glossaryId)).toBe(true);
    expect(deletes()).toEqual([`/v3/glossaries/${mine.glossaryId}`]);
  });

  it('a recorded glossary deleted in the DeepL web UI is re-created, without an error or a warning', async () => {
    const c = client();
    const first = await syncGlossary(c, termBase, { record: record() });
    fake.glossaries.delete(first.glossaryId!); // what deleting it on deepl.com does
    const again = await syncGlossary(c, termBase, { record: record() });
    expect(again).toMatchObject({ created: true, name: first.name, deleted: [], warnings: [] });
    expect(again.glossaryId).not.toBe(first.glossaryId);
    expect(fake.glossaries.has(again.glossaryId!)).toBe(true);
    expect(deletes()).toEqual([]);
    expect(JSON.parse(await readFile(glossaryRecordPath(dir), 'utf8')).current).toEqual({ glossaryId: again.glossaryId, name: first.name });
    // The previous one gone meanwhile after a term base change: the DELETE's 404 is no warning either.
    fake.glossaries.delete(again.glossaryId!);
    const changed = await syncGlossary(c, { concepts: [concept('a', '战略稳定', 'strategic stability')] }, { record: record() });
    expect(changed).toMatchObject({ created: true, deleted: [], warnings: [] });
  });

  it('a glossary deleted between the sync and a translate request reads as a glossary problem, and the next sync re-creates it', async () => {
    const c = client();
    const first = await syncGlossary(c, termBase, { record: record() });
    fake.glossaries.delete(first.glossaryId!);
    const failure = await c.translateText(['维护全球战略稳定。'], 'zh', 'ru', { glossary: first.glossaryId! }).then(
      () => null,
      (err: unknown) => describeDeepLError(err),
    );
    expect(failure).toMatchObject({ kind: 'glossary', message: expect.stringMatching(/re-created/) });
    const again = await syncGlossary(c, termBase, { record: record() });
    const [r] = await c.translateText(['维护全球战略稳定。'], 'zh', 'ru', { glossary: again.glossaryId! });
    expect(r!.text).toContain('стратегическ');
  });

  it('a failed delete is a warning, not a failed sync, and is retried at the next sync', async () => {
    const c = client();
    const first = await syncGlossary(c, termBase, { record: record() });
    fake.faults.push({ path: `/v3/glossaries/${first.glossaryId}`, method: 'DELETE', status: 500 });
    const edited: TermBase = { concepts: [...termBase.concepts, concept('new', '新术语', 'new term')] };
    const second = await syncGlossary(c, edited, { record: record() });
    expect(second).toMatchObject({ created: true, deleted: [] });
    expect(second.glossaryId).not.toBeNull();
    expect(second.warnings).toHaveLength(1);
    expect(second.warnings[0]).toContain(first.name!);
    expect(second.warnings[0]).toMatch(/could not be deleted \(server\)/);
    expect(fake.glossaries.has(first.glossaryId!)).toBe(true);
    const third = await syncGlossary(c, edited, { record: record() });
    expect(third).toMatchObject({ glossaryId: second.glossaryId, created: false, deleted: [first.name], warnings: [] });
    expect(fake.glossaries.has(first.glossaryId!)).toBe(false);
    expect(deletes()).toEqual([`/v3/glossaries/${first.glossaryId}`, `/v3/glossaries/${first.glossaryId}`]);
  });

  it('a failed upload deletes nothing and keeps the record', async () => {
    const c = client();
    const first = await syncGlossary(c, termBase, { record: record() });
    fake.faults.push({ path: '/v3/glossaries', method: 'POST', status: 503 });
    await expect(syncGlossary(c, { concepts: [concept('a', '战略稳定', 'strategic stability')] }, { record: record() })).rejects.toMatchObject({ kind: 'server' });
    expect(deletes()).toEqual([]);
    expect(fake.glossaries.has(first.glossaryId!)).toBe(true);
    expect((await record().read()).current).toEqual({ glossaryId: first.glossaryId, name: first.name });
  });

  it('a damaged record reads as empty: the sync still works', async () => {
    await writeFile(glossaryRecordPath(dir), '{"format":"duizhao-deepl-glossary","current":');
    const result = await syncGlossary(client(), termBase, { record: record() });
    expect(result).toMatchObject({ created: true, warnings: [] });
    expect((await record().read()).current?.glossaryId).toBe(result.glossaryId);
  });

  it('reports terms DeepL cannot take and sends the rest', async () => {
    const bad: TermBase = {
      concepts: [
        concept('ok', '战略稳定', 'strategic stability', 'стратегическая стабильность', 2),
        concept('tab', '双\t用', 'dual-use', 'двойного назначения', 3),
        concept('newline', '核裁军', 'nuclear\ndisarmament', 'ядерное разоружение', 4),
        concept('long', '长', 'x'.repeat(2000), 'длинный', 5),
        concept('dup', '战略稳定', 'strategic steadiness', 'стратегическая стабильность', 6),
        { ...concept('empty', '空', '', 'пусто', 7) },
      ],
    };
    const result = await syncGlossary(client(), bad);
    expect(result.glossaryId).not.toBeNull();
    const reasons = result.rejected.map((r) => `${r.conceptId} ${r.target} ${r.origin.line}: ${r.reason}`);
    expect(reasons).toEqual([
      'tab en 3: contains a tab, line break or control character',
      'newline en 4: contains a tab, line break or control character',
      'long en 5: longer than 1024 bytes',
      'dup en 6: duplicate source term: already mapped to "strategic stability"',
      'empty en 7: empty term',
      'tab ru 3: contains a tab, line break or control character',
    ]);
    expect(fake.glossaries.get(result.glossaryId!)!.dictionaries.find((d) => d.target_lang === 'en')!.entries).toBe('战略稳定\tstrategic stability');
    // ru: the duplicate 战略稳定 maps to the same rendering there, so it is one entry, not a conflict.
    expect(result.entries).toEqual({ en: 1, ru: 4 });
  });

  it('an empty term base makes no glossary', async () => {
    expect(await syncGlossary(client(), { concepts: [] })).toMatchObject({ glossaryId: null, created: false });
    expect(fake.requests).toEqual([]);
  });

  it('termProblem accepts ordinary terms of every script', () => {
    for (const t of ['《联合国宪章》', 'Charter of the United Nations', 'Устав ООН', 'NPT']) expect(termProblem(t)).toBeUndefined();
    expect(termProblem('a\u2028b')).toBeDefined();
  });
});
