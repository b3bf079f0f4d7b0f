import { GlossaryEntries, GlossaryNotFoundError } from 'deepl-node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDeepLClient } from '../services/deepl/client';
import { FAKE_KEYS, startFakeDeepL } from './helpers/fake-deepl-server';
import type { FakeDeepL } from './helpers/fake-deepl-server';

// The fake is only useful if the real deepl-node understands it: every endpoint through the client.
let fake: FakeDeepL;
beforeEach(async () => {
  fake = await startFakeDeepL();
});
afterEach(() => fake.close());
const client = () => createDeepLClient({ authKey: FAKE_KEYS.pro, serverUrl: fake.url, maxRetries: 0 });

describe('the fake DeepL server speaks deepl-node 1.28', () => {
  it('languages and usage', async () => {
    const targets = await client().getTargetLanguages();
    expect(targets.map((l) => l.code)).toEqual(expect.arrayContaining(['en-GB', 'en-US', 'ru']));
    expect((await client().getSourceLanguages()).map((l) => l.code)).toContain('zh');
    expect((await client().getUsage()).character).toMatchObject({ count: 0, limit: 500000 });
  });

  it('v2 glossaries: create, list, get, entries, delete — and translate with one', async () => {
    const c = client();
    const g = await c.createGlossary('v2 test', 'zh', 'en', new GlossaryEntries({ entries: { 战略稳定: 'strategic stability' } }));
    expect(g).toMatchObject({ name: 'v2 test', sourceLang: 'zh', targetLang: 'en', entryCount: 1 });
    expect((await c.listGlossaries()).map((x) => x.glossaryId)).toEqual([g.glossaryId]);
    expect((await c.getGlossary(g.glossaryId)).name).toBe('v2 test');
    expect((await c.getGlossaryEntries(g)).entries()).toEqual({ 战略稳定: 'strategic stability' });
    const [r] = await c.translateText(['维护全球战略稳定。'], 'zh', 'en-GB', { glossary: g });
    expect(r!.text).toBe('[EN-GB] 维护全球 strategic stability 。');
    await c.deleteGlossary(g);
    expect(await c.listGlossaries()).toEqual([]);
    await expect(c.getGlossary(g.glossaryId)).rejects.toThrow(/not found/i);
  });

  it('v3 multilingual glossaries: create, list, get, entries per dictionary, delete', async () => {
    const c = client();
    const g = await c.createMultilingualGlossary('v3 test', [
      { sourceLangCode: 'zh', targetLangCode: 'en', entries: new GlossaryEntries({ entries: { 联合国: 'United Nations' } }) },
      { sourceLangCode: 'zh', targetLangCode: 'ru', entries: new GlossaryEntries({ entries: { 联合国: 'ООН' } }) },
    ]);
    expect(g.dictionaries.map((d) => [d.targetLangCode, d.entryCount])).toEqual([
      ['en', 1],
      ['ru', 1],
    ]);
    expect((await c.listMultilingualGlossaries()).map((x) => x.name)).toEqual(['v3 test']);
    expect((await c.getMultilingualGlossary(g.glossaryId)).name).toBe('v3 test');
    const ru = await c.getMultilingualGlossaryDictionaryEntries(g, 'zh', 'ru');
    expect(ru.entries.entries()).toEqual({ 联合国: 'ООН' });
    const [r] = await c.translateText(['联合国'], 'zh', 'ru', { glossary: g });
    expect(r!.text).toBe('[RU] ООН');
    await c.deleteMultilingualGlossary(g);
    expect(await c.listMultilingualGlossaries()).toEqual([]);
    // deepl-node deletes with DELETE /v3/glossaries/{id} (no body) and maps the 404 of a gone one to GlossaryNotFoundError.
    expect(fake.requests.filter((r) => r.method === 'DELETE').map((r) => r.path)).toEqual([`/v3/glossaries/${g.glossaryId}`]);
    expect(fake.deletedGlossaries()).toEqual([g.glossaryId]);
    await expect(c.deleteMultilingualGlossary(g.glossaryId)).rejects.toBeInstanceOf(GlossaryNotFoundError);
    expect(fake.deletedGlossaries()).toEqual([g.glossaryId]);
  });

  it('logs every request with its form fields and authorization header', async () => {
    await client().translateText(['一', '二'], 'zh', 'ru', { context: '上下文' });
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]).toMatchObject({ method: 'POST', path: '/v2/translate', authorization: `DeepL-Auth-Key ${FAKE_KEYS.pro}`, params: { text: ['一', '二'], context: ['上下文'], target_lang: ['ru'] } });
  });
});
