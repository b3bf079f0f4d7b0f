import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportProject, importFile } from '../core/formats';
import type { Project } from '../core/model/types';
import { findTagTokens } from '../core/model/tag-tokens';
import { runChecks } from '../core/qa';
import { makeProject } from './fixtures/qa/make-project';
import { readWithToolkit } from './helpers/translate-toolkit';
import { hasTool } from './helpers/tools';

const withToolkit = hasTool('translate-toolkit') ? it : it.skip;

/** Issue 15 point 3: inline codes as protected tokens, through reading, QA and writing. */
const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
async function open(name: string, text: string): Promise<Project> {
  const r = await importFile(name, bytes(text));
  if (r.kind !== 'project') throw new Error('expected a project');
  return r.project;
}
const asText = (data: string | Uint8Array): string => (typeof data === 'string' ? data : new TextDecoder().decode(data));
const texts = (p: Project, lang: 'zh' | 'en' | 'ru') => (lang === 'zh' ? p.source : p.targets[lang]!).paragraphs.flatMap((x) => x.sentences.map((s) => s.text));

const XLIFF2 = `<?xml version="1.0"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="zh-CN" trgLang="en">
 <file id="f1"><unit id="u1">
  <originalData><data id="d1">\${recipientName}</data><data id="d2">&lt;b&gt;</data><data id="d3">&lt;/b&gt;</data></originalData>
  <segment state="translated"><source><ph id="1" dataRef="d1"/>更改了<pc id="2" dataRefStart="d2" dataRefEnd="d3">地址</pc>。</source>
  <target><ph id="1" dataRef="d1"/> changed the <pc id="2" dataRefStart="d2" dataRefEnd="d3">address</pc>.</target></segment>
 </unit>
 <unit id="u2"><segment><source>见<sc id="a"/>附件<ec startRef="a"/>。</source><target>See the <sc id="a"/>annex<ec startRef="a"/>.</target></segment></unit>
 </file>
</xliff>`;

const XLIFF12 = `<?xml version="1.0"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file original="a.docx" source-language="zh-CN" target-language="ru" datatype="x-docx"><body>
 <trans-unit id="1"><source>按<g id="5">Ctrl</g><x id="6"/>保存。</source><target>Нажмите <g id="5">Ctrl</g><x id="6"/>, чтобы сохранить.</target></trans-unit>
 <trans-unit id="2"><source><bpt id="1" ctype="bold">{}</bpt>警告<ept id="1">{}</ept><ph id="2">&lt;br/&gt;</ph>注意。</source><target><bpt id="1" ctype="bold">{}</bpt>Внимание<ept id="1">{}</ept> осторожно.</target></trans-unit>
</body></file></xliff>`;

const TMX = `<?xml version="1.0"?><tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="zh-CN" datatype="html"/><body>
<tu><tuv xml:lang="en"><seg>Click <bpt i="1" x="1">&lt;a href="x"&gt;</bpt>here<ept i="1">&lt;/a&gt;</ept><ph x="2">&lt;img/&gt;</ph>.</seg></tuv>
<tuv xml:lang="zh-CN"><seg>点击<bpt i="1" x="1">&lt;a href="x"&gt;</bpt>这里<ept i="1">&lt;/a&gt;</ept><ph x="2">&lt;img/&gt;</ph>。</seg></tuv></tu>
</body></tmx>`;

describe('reading inline codes as tokens', () => {
  it('XLIFF 2: <ph dataRef> for ${recipientName} is a token, not nothing; <pc> and <sc>/<ec> pairs too', async () => {
    const p = await open('m.xlf', XLIFF2);
    expect(texts(p, 'zh')).toEqual(['⟦1⟧更改了⟦2⟧地址⟦/2⟧。', '见⟦1⟧附件⟦/1⟧。']);
    expect(texts(p, 'en')).toEqual(['⟦1⟧ changed the ⟦2⟧address⟦/2⟧.', 'See the ⟦1⟧annex⟦/1⟧.']);
  });

  it('XLIFF 1.2: <g>, <x/>, <bpt>/<ept>, <ph>, numbered by the source, the target reusing the numbers by id', async () => {
    const p = await open('a.xlf', XLIFF12);
    expect(texts(p, 'zh')).toEqual(['按⟦1⟧Ctrl⟦/1⟧⟦2⟧保存。', '⟦1⟧警告⟦/1⟧⟦2⟧注意。']);
    expect(texts(p, 'ru')).toEqual(['Нажмите ⟦1⟧Ctrl⟦/1⟧⟦2⟧, чтобы сохранить.', '⟦1⟧Внимание⟦/1⟧ осторожно.']);
  });

  it('TMX: <bpt>/<ept> and <ph>, numbered by the zh side even when it comes second', async () => {
    const p = await open('t.tmx', TMX);
    expect(texts(p, 'zh')).toEqual(['点击⟦1⟧这里⟦/1⟧⟦2⟧。']);
    expect(texts(p, 'en')).toEqual(['Click ⟦1⟧here⟦/1⟧⟦2⟧.']);
  });
});

describe('tags.missing', () => {
  const tagFindings = (zh: string, en: string) => runChecks(makeProject({ en: [[zh, en]] })).filter((f) => f.check === 'tags.missing');

  it('reports the source tags missing from the translation, once per bead', async () => {
    const p = await open('a.xlf', XLIFF12);
    const findings = runChecks(p).filter((f) => f.check === 'tags.missing');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toBe('Tag ⟦2⟧ of the source missing in the translation.');
    expect(findings[0]!.severity).toBe('error');
  });

  it('reports a tag the source does not have, and is quiet when all are there in any order', () => {
    expect(tagFindings('⟦1⟧警告⟦/1⟧。', '⟦1⟧Warning⟦/1⟧⟦/1⟧.').map((f) => f.message)).toEqual(['Tag ⟦/1⟧ in the translation is not in the source (or doubled).']);
    expect(tagFindings('⟦1⟧更改了⟦2⟧地址⟦/2⟧。', 'The ⟦2⟧address⟦/2⟧ was changed by ⟦1⟧.')).toEqual([]);
  });

  it('token numbers are not figures for numbers.mismatch', () => {
    const findings = runChecks(makeProject({ en: [['⟦1⟧更改了⟦2⟧地址⟦/2⟧。', '⟦1⟧ changed the address.']] }));
    expect(findings.filter((f) => f.check === 'numbers.mismatch')).toEqual([]);
    expect(findings.filter((f) => f.check === 'tags.missing').map((f) => f.message)).toEqual(['Tags ⟦2⟧ ⟦/2⟧ of the source missing in the translation.']);
  });
});

describe('writing tokens back as tags', () => {
  it.each(['xliff', 'xliff12', 'tmx'] as const)('%s: every token becomes an inline code and reads back as the same token', async (format) => {
    const p = await open('m.xlf', XLIFF2);
    const out = asText((await exportProject(p, format)).data);
    expect(out).not.toContain('⟦');
    const again = await open(format === 'tmx' ? 'again.tmx' : 'again.xlf', out);
    expect(texts(again, 'zh')).toEqual(texts(p, 'zh'));
    expect(texts(again, 'en')).toEqual(texts(p, 'en'));
  });

  it.each(['xliff', 'xliff12', 'tmx'] as const)('%s: a closing code without its opening (a tag split across segments) is an isolated code and reads back as closing', async (format) => {
    const p = makeProject({ en: [['警告⟦/1⟧已发出。', 'Warning⟦/1⟧ issued.']] });
    const out = asText((await exportProject(p, format, { target: 'en' })).data);
    // XLIFF 1.2 strict wants every <ex rid> to match a <bx rid> of its segment: a lone one is <it pos="close">.
    expect(out).toContain({ xliff: '<ec id="1" isolated="yes"/>', xliff12: '<it id="1" pos="close"/>', tmx: '<it pos="end" x="1"/>' }[format]);
    const again = await open(format === 'tmx' ? 'again.tmx' : 'again.xlf', out);
    expect([texts(again, 'zh'), texts(again, 'en')]).toEqual([['警告⟦/1⟧已发出。'], ['Warning⟦/1⟧ issued.']]);
  });

  withToolkit('XLIFF 1.2 and TMX with tags are read by translate-toolkit, the text around the codes intact', async () => {
    const p = await open('m.xlf', XLIFF2);
    const dir = mkdtempSync(join(tmpdir(), 'duizhao-tags-'));
    for (const format of ['xliff12', 'tmx'] as const) {
      const file = join(dir, `out.${format}`);
      writeFileSync(file, (await exportProject(p, format)).data);
      const units = readWithToolkit(format === 'tmx' ? 'tmx' : 'xliff', file).units;
      expect(units).toHaveLength(2);
      expect(units[0]!.target.replace(/\{[^}]*\}|<[^>]*>/g, '')).toContain(' changed the ');
    }
  });

  it('keeps the token count through export for every sentence', async () => {
    const p = await open('a.xlf', XLIFF12);
    const out = asText((await exportProject(p, 'xliff12')).data);
    const again = await open('again.xlf', out);
    expect(texts(again, 'ru').map((t) => findTagTokens(t).length)).toEqual(texts(p, 'ru').map((t) => findTagTokens(t).length));
  });
});
