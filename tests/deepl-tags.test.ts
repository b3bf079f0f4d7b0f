import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deepLXmlToTokens, tokensToDeepLXml } from '../core/draft/tag-xml';
import { createDeepLClient } from '../services/deepl/client';
import { translateBatch } from '../services/deepl/translate';
import { FAKE_KEYS, startFakeDeepL } from './helpers/fake-deepl-server';
import type { FakeDeepL } from './helpers/fake-deepl-server';

/** Issue 15 point 3, MT side: inline-code tokens go to DeepL as XML tags, not as plain text. */
describe('tokens ↔ DeepL XML', () => {
  it('a nested pair becomes <g>, a placeholder or a lone half <x/>, text escaped', () => {
    expect(tokensToDeepLXml('点击⟦1⟧这里⟦/1⟧⟦2⟧ & <b>')).toBe('点击<g id="1">这里</g><x id="2"/> &amp; &lt;b&gt;');
    expect(tokensToDeepLXml('⟦/3⟧后⟦1⟧前')).toBe('<x id="/3"/>后<x id="1"/>前');
    // Crossed pairs cannot both be elements: the well-formed one is, the other goes as placeholders.
    expect(tokensToDeepLXml('⟦1⟧甲⟦2⟧乙⟦/1⟧丙⟦/2⟧')).toBe('<x id="1"/>甲<g id="2">乙<x id="/1"/>丙</g>');
  });

  it('reads the answer back into tokens, wherever DeepL moved the tags', () => {
    expect(deepLXmlToTokens('Click <g id="1">here</g><x id="2"/> &amp; &lt;b&gt;')).toBe('Click ⟦1⟧here⟦/1⟧⟦2⟧ & <b>');
    expect(deepLXmlToTokens('<x id="/3"/>after <x id="1"/>before')).toBe('⟦/3⟧after ⟦1⟧before');
    for (const text of ['点击⟦1⟧这里⟦/1⟧⟦2⟧。', '⟦1⟧甲⟦2⟧乙⟦/1⟧丙⟦/2⟧', 'a < b && c']) expect(deepLXmlToTokens(tokensToDeepLXml(text))).toBe(text);
  });
});

describe('translateBatch with tokens (fake DeepL)', () => {
  let fake: FakeDeepL;
  beforeEach(async () => {
    fake = await startFakeDeepL();
  });
  afterEach(() => fake.close());
  const client = () => createDeepLClient({ authKey: FAKE_KEYS.pro, serverUrl: fake.url, maxRetries: 0 });
  const batch = (texts: string[]) => ({ items: texts.map((text, i) => ({ srcIds: [`zh-s${i}`], text, position: i, size: 1 })), context: '' });

  it('sends tag_handling=xml with the tokens as tags and gives tokens back', async () => {
    const r = await translateBatch(client(), batch(['点击⟦1⟧这里⟦/1⟧。', 'A & B。']), 'en-GB', null);
    const sent = fake.translateRequests()[0]!.params;
    expect(sent.tag_handling).toEqual(['xml']);
    expect(sent.text).toEqual(['点击<g id="1">这里</g>。', 'A &amp; B。']);
    expect(r.texts).toEqual(['[EN-GB] 点击⟦1⟧这里⟦/1⟧。', '[EN-GB] A & B。']);
  });

  it('sends plain text without tag handling when there are no tokens', async () => {
    await translateBatch(client(), batch(['A & B。']), 'en-GB', null);
    const sent = fake.translateRequests()[0]!.params;
    expect(sent.tag_handling).toBeUndefined();
    expect(sent.text).toEqual(['A & B。']);
  });
});
