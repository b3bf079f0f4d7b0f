import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { glossaryDictionaries, termProblem } from '../core/draft';
import type { Concept, TermBase } from '../core/glossary';
import { createDeepLClient } from '../main/services/deepl-client';
import { GLOSSARY_NAME_PREFIX, glossaryVersion, syncGlossary } from '../main/services/deepl-glossary-sync';
import { loadGlossaryFiles } from '../main/services/glossary-files';
import { FAKE_KEYS, startFakeDeepL } from './helpers/fake-deepl-server';
import type { FakeDeepL } from './helpers/fake-deepl-server';

let termBase: TermBase;
let fake: FakeDeepL;
beforeAll(async () => {
  termBase = (await loadGlossaryFiles([join(__dirname, '..', 'glossary')])).termBase;
});
beforeEach(async () => {
  fake = await startFakeDeepL();
});
afterEach(() => fake.close());

const client = () => createDeepLClient({ authKey: FAKE_KEYS.pro, serverUrl: fake.url, maxRetries: 0 });
const creates = () => fake.requests.filter((r) => r.method === 'POST' && r.path === '/v3/glossaries');

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
