import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../core/formats';
import { documentText } from '../core/formats/import-file';
import type { Project } from '../core/model/types';
import { buildCli, CLI } from './fixtures/qa/build-cli';

/** Small files in the shape Trados Studio (.sdlxliff) and memoQ (.mqxliff) write, made here. */
const SDL_NS = 'xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0"';

function sdlxliff(units: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" ${SDL_NS} version="1.2" sdl:version="1.0">
  <file original="C:\\jobs\\statement.docx" datatype="x-sdlfilterframework2" source-language="zh-CN" target-language="en-US">
    <header><file-info xmlns="http://sdl.com/FileTypes/SdlXliff/1.0"><value key="SDL:FileId">1</value></file-info></header>
    <body>${units}</body>
  </file>
</xliff>`;
}

const SDL_UNITS = `
<trans-unit id="a1">
  <source>双方重申战略稳定。双方同意继续对话。</source>
  <seg-source><mrk mtype="seg" mid="1">双方重申战略稳定。</mrk><mrk mtype="seg" mid="2">双方同意继续对话。</mrk></seg-source>
  <target><mrk mtype="seg" mid="1">The sides <mrk mtype="x-sdl-deleted" sdl:revid="r1">once again </mrk>reaffirm <mrk mtype="x-sdl-added" sdl:revid="r2">strategic </mrk>stability.</mrk><mrk mtype="seg" mid="2">The sides agree to continue the dialogue.</mrk></target>
  <sdl:seg-defs><sdl:seg id="1" conf="ApprovedTranslation" origin="interactive"/><sdl:seg id="2" conf="Draft" origin="mt"/></sdl:seg-defs>
</trans-unit>
<trans-unit id="a2" translate="no">
  <source>   </source>
  <seg-source><mrk mtype="seg" mid="3">   </mrk></seg-source>
</trans-unit>
<trans-unit id="a3">
  <source>第一段。</source>
  <seg-source><mrk mtype="seg" mid="4">第一段。</mrk></seg-source>
  <target><mrk mtype="seg" mid="4"><mrk mtype="x-sdl-deleted" sdl:revid="r3">PARAGRAPH </mrk>#1.</mrk></target>
  <sdl:seg-defs><sdl:seg id="4" conf="Translated"/></sdl:seg-defs>
</trans-unit>
<trans-unit id="a4">
  <source>尚未翻译。</source>
  <seg-source><mrk mtype="seg" mid="5">尚未翻译。</mrk></seg-source>
  <target><mrk mtype="seg" mid="5"></mrk></target>
</trans-unit>`;

function mqxliff(units: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:mq="MQXliff" version="1.2">
  <file original="statement.docx" source-language="zh-cn" target-language="ru-ru" datatype="x-memoq">
    <header><tool tool-id="MQ" tool-name="memoQ" tool-version="9.0"/></header>
    <body>${units}</body>
  </file>
</xliff>`;
}

const MQ_UNITS = `
<trans-unit id="1" mq:status="ManuallyConfirmed" mq:segmentguid="g1"><source xml:space="preserve">双方重申立场。</source><target xml:space="preserve">Стороны подтверждают позицию.</target></trans-unit>
<trans-unit id="2" mq:status="MachineTranslated" mq:segmentguid="g2"><source xml:space="preserve">双方同意。</source><target xml:space="preserve">Стороны согласны.</target></trans-unit>
<trans-unit id="3" mq:status="PartiallyEdited" mq:segmentguid="g3"><source xml:space="preserve">继续对话。</source><target xml:space="preserve">Продолжить <mrk mtype="x-mq-deleted">старый </mrk>диалог.</target></trans-unit>
<trans-unit id="4" mq:status="NotStarted" mq:segmentguid="g4"><source xml:space="preserve">未开始。</source><target xml:space="preserve"></target></trans-unit>
<trans-unit id="5" mq:status="Proofread" mq:segmentguid="g5"><source xml:space="preserve">已审校。</source><target xml:space="preserve">Вычитано.</target></trans-unit>
<trans-unit id="6" translate="no" mq:status="NotStarted"><source xml:space="preserve">  </source><target xml:space="preserve"></target></trans-unit>`;

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

async function openProject(name: string, text: string): Promise<Project> {
  const r = await importFile(name, bytes(text));
  if (r.kind !== 'project') throw new Error(`${name} opened as a ${r.kind}`);
  return r.project;
}

const sentences = (p: Project, lang: 'zh' | 'en' | 'ru') => (lang === 'zh' ? p.source : p.targets[lang]!).paragraphs.flatMap((para) => para.sentences);

describe('point 1: Trados and memoQ files are XLIFF', () => {
  it.each([
    ['statement.sdlxliff', sdlxliff(SDL_UNITS)],
    ['statement.mqxliff', mqxliff(MQ_UNITS)],
    ['statement.docx.sdlxliff.txt', sdlxliff(SDL_UNITS)],
    ['statement.xml', mqxliff(MQ_UNITS)],
  ])('%s opens as an aligned project, never as a Chinese text', async (name, text) => {
    const p = await openProject(name, text);
    const zh = sentences(p, 'zh').map((s) => s.text).join('');
    expect(zh).not.toContain('<');
    expect(zh).toContain('双方');
  });

  it('New Project refuses an XLIFF under a .txt name as a document text, pointing to Import', async () => {
    await expect(documentText('statement.txt', bytes(sdlxliff(SDL_UNITS)))).rejects.toThrow('statement.txt: is an aligned translation file: import it as a project instead');
    await expect(documentText('statement.txt', bytes('双方重申。'))).resolves.toBe('双方重申。');
  });

  it('a TMX under a .txt name is read as TMX', async () => {
    const tmx = `<?xml version="1.0"?><!-- exported --><tmx version="1.4"><header srclang="zh-CN" segtype="sentence" datatype="plaintext" o-tmf="x" adminlang="en" creationtool="x" creationtoolversion="1"/><body><tu><tuv xml:lang="zh-CN"><seg>你好。</seg></tuv><tuv xml:lang="en"><seg>Hello.</seg></tuv></tu></body></tmx>`;
    const p = await openProject('memory.txt', tmx);
    expect(sentences(p, 'en').map((s) => s.text)).toEqual(['Hello.']);
  });
});

describe('point 2: tracked changes, statuses, seg-source segments, translate="no" (Trados)', () => {
  it('reads each <mrk mtype="seg"> as a sentence of its trans-unit paragraph, with the final text of tracked changes', async () => {
    const p = await openProject('statement.sdlxliff', sdlxliff(SDL_UNITS));
    expect(sentences(p, 'zh').map((s) => s.text)).toEqual(['双方重申战略稳定。', '双方同意继续对话。', '第一段。', '尚未翻译。']);
    // The two segments of trans-unit a1 share a paragraph; a3 and a4 each start one.
    expect(p.source.paragraphs.map((para) => para.sentences.length)).toEqual([2, 1, 1]);
    expect(sentences(p, 'en').map((s) => s.text)).toEqual(['The sides reaffirm strategic stability.', 'The sides agree to continue the dialogue.', '#1.']);
    expect(p.alignments.en!.beads).toHaveLength(4);
  });

  it('maps sdl:conf to statuses: approved → confirmed, Draft from MT → mt, Translated → confirmed, no target → empty', async () => {
    const p = await openProject('statement.sdlxliff', sdlxliff(SDL_UNITS));
    expect(sentences(p, 'en').map((s) => s.status)).toEqual(['confirmed', 'mt', 'confirmed']);
    expect(p.alignments.en!.beads.map((b) => b.confirmed === true)).toEqual([true, false, true, false]);
  });

  it('leaves translate="no" units out instead of making whitespace sentences', async () => {
    const p = await openProject('statement.sdlxliff', sdlxliff(SDL_UNITS));
    expect(sentences(p, 'zh').every((s) => s.text.trim() !== '')).toBe(true);
  });
});

describe('point 2: memoQ statuses and deletions', () => {
  it('maps mq:status and drops deleted text', async () => {
    const p = await openProject('statement.mqxliff', mqxliff(MQ_UNITS));
    expect(sentences(p, 'zh')).toHaveLength(5);
    const ru = sentences(p, 'ru');
    expect(ru.map((s) => s.text)).toEqual(['Стороны подтверждают позицию.', 'Стороны согласны.', 'Продолжить диалог.', 'Вычитано.']);
    expect(ru.map((s) => s.status)).toEqual(['confirmed', 'mt', 'draft', 'confirmed']);
  });

  it('drops memoQ deletion elements in the mq namespace too', async () => {
    const text = mqxliff(`<trans-unit id="1" mq:status="PartiallyEdited"><source>甲。</source><target>A <mq:del>old </mq:del>new<mq:ins> text</mq:ins>.</target></trans-unit>`);
    const p = await openProject('one.mqxliff', text);
    expect(sentences(p, 'ru').map((s) => s.text)).toEqual(['A new text.']);
  });
});

describe('point 6 and 1 on the command line', () => {
  let dir: string;
  beforeAll(() => {
    buildCli();
    dir = mkdtempSync(join(tmpdir(), 'duizhao-cat-'));
    writeFileSync(join(dir, 'statement.sdlxliff'), sdlxliff(SDL_UNITS));
    writeFileSync(join(dir, 'statement.mqxliff'), mqxliff(MQ_UNITS));
    writeFileSync(join(dir, 'draft.en.txt'), 'The sides reaffirm stability.\n');
  }, 60_000);

  const run = (...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> =>
    new Promise((resolve) => {
      execFile(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } }, (err, stdout, stderr) => {
        resolve({ code: err ? Number(err.code ?? -1) : 0, stdout, stderr });
      });
    });

  it('export refuses a draft after an .sdlxliff (it is already aligned) instead of aligning the raw XML', async () => {
    const r = await run('export', join(dir, 'statement.sdlxliff'), join(dir, 'draft.en.txt'), '--to', 'tmx');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('already aligned');
  });

  it.each(['statement.sdlxliff', 'statement.mqxliff'])('check %s reads the bilingual file, not its markup', async (name) => {
    const r = await run('check', join(dir, name), '--format', 'json', '--fail-on', 'error');
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.code);
    const report = JSON.parse(r.stdout) as { findings: Array<{ excerpt: { source?: string } }> };
    for (const f of report.findings) expect(f.excerpt.source ?? '').not.toContain('<');
    expect(report.findings.length).toBeLessThan(10);
  });

  it('export --to original hands the .sdlxliff back as the same document, readable again', async () => {
    const out = join(dir, 'back.sdlxliff');
    const r = await run('export', join(dir, 'statement.sdlxliff'), '--to', 'original', '-o', out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const back = await openProject('back.sdlxliff', readFileSync(out, 'utf8'));
    const first = await openProject('statement.sdlxliff', sdlxliff(SDL_UNITS));
    expect(sentences(back, 'en').map((s) => [s.text, s.status])).toEqual(sentences(first, 'en').map((s) => [s.text, s.status]));
    expect(readFileSync(out, 'utf8')).toContain('<file-info xmlns="http://sdl.com/FileTypes/SdlXliff/1.0"><value key="SDL:FileId">1</value></file-info>');
  });

  it('check takes a TMX like export does', async () => {
    const tmx = join(dir, 'memory.tmx');
    await run('export', join(dir, 'statement.mqxliff'), '--to', 'tmx', '-o', tmx);
    const r = await run('check', tmx, '--format', 'json', '--fail-on', 'error');
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.code);
    expect(JSON.parse(r.stdout)).toHaveProperty('findings');
  });
});
