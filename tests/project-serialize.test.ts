import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createProject, createSampleProject, parseProject, ProjectFileError, serializeProject } from '../core/project';
import type { AlignDocs } from '../core/project';
import type { Doc } from '../core/model';
import { projectEngine } from '../services/engine';

const texts = {
  name: 'Strategic stability',
  zh: readFileSync('samples/strategic-stability-2025-05-08.zh.txt', 'utf8'),
  en: readFileSync('samples/strategic-stability-2025-05-08.en.txt', 'utf8'),
  ru: readFileSync('samples/strategic-stability-2025-05-08.ru.txt', 'utf8'),
};
const sample = createSampleProject(texts, projectEngine);
const saved = serializeProject(sample);

/** The error parseProject throws for `text`, for assertions on its fields. */
function parseError(text: string, fileName = 'work/statement.duizhao.json'): ProjectFileError {
  try {
    parseProject(text, fileName);
  } catch (err) {
    if (err instanceof ProjectFileError) return err;
    throw err;
  }
  throw new Error('expected parseProject to fail');
}

describe('createProject', () => {
  const doc = (lang: Doc['lang'], texts: string[]): Doc => ({
    lang,
    paragraphs: [{ id: `${lang}-p0`, sentences: texts.map((text, i) => ({ id: `${lang}-s${i}`, text, status: 'draft' as const })) }],
    flags: [],
  });
  const calls: string[] = [];
  const align: AlignDocs = (source, target) => {
    calls.push(target.lang);
    return { source: 'zh', target: target.lang as 'en' | 'ru', beads: [{ src: source.paragraphs[0]!.sentences.map((s) => s.id), tgt: target.paragraphs[0]!.sentences.map((s) => s.id), score: 1, origin: 'auto' }] };
  };

  it('aligns every target present and only those', () => {
    const project = createProject({ name: '  Joint statement ', source: doc('zh', ['双方重申。']), targets: { ru: doc('ru', ['Стороны подтверждают.']) } }, align);
    expect(calls).toEqual(['ru']);
    expect(project.name).toBe('Joint statement');
    expect(Object.keys(project.alignments)).toEqual(['ru']);
    expect(project.alignments.ru!.beads[0]).toMatchObject({ src: ['zh-s0'], tgt: ['ru-s0'] });
    expect(project.settings.englishVariant).toBe('en-GB');
  });

  it('refuses a non-Chinese source and a mislabelled target', () => {
    expect(() => createProject({ name: 'x', source: doc('en', ['a']), targets: {} }, align)).toThrow(/source must be Chinese/);
    expect(() => createProject({ name: 'x', source: doc('zh', ['a']), targets: { en: doc('ru', ['b']) } }, align)).toThrow(/en target document is marked as ru/);
  });
});

describe('serializeProject / parseProject', () => {
  it('round-trips the sample project exactly', () => {
    expect(parseProject(saved, 'sample.duizhao.json')).toEqual(sample);
  });

  it('writes human-readable JSON: format marker and version first, each sentence and bead on a line of its own', () => {
    const lines = saved.split('\n');
    expect(lines[1]).toBe('  "format": "duizhao-project",');
    expect(lines[2]).toBe('  "version": 1,');
    expect(saved).toContain('全球战略稳定');
    expect(saved.endsWith('}\n')).toBe(true);
    const records = new Set(lines.map((l) => l.trim().replace(/,$/, '')));
    for (const sentence of sample.source.paragraphs.flatMap((p) => p.sentences)) expect(records.has(JSON.stringify(sentence))).toBe(true);
    for (const bead of sample.alignments.ru!.beads) expect(records.has(JSON.stringify(bead))).toBe(true);
  });

  it('reads a file with a UTF-8 BOM (saved by a Windows editor)', () => {
    expect(parseProject(`\uFEFF${saved}`, 'bom.duizhao.json').name).toBe(sample.name);
  });

  it('names file, line and column for broken JSON', () => {
    const lines = saved.split('\n');
    lines[5] = `${lines[5]} ,,`; // a stray comma on line 6
    const err = parseError(lines.join('\n'));
    expect(err.fileName).toBe('work/statement.duizhao.json');
    expect(err.line).toBe(6);
    expect(err.message).toMatch(/^work\/statement\.duizhao\.json:6:\d+: not valid JSON/);
  });

  it('names the JSON path and its line for a schema error deep in the file', () => {
    const broken = JSON.parse(saved);
    broken.alignments.en.beads[3].score = 7;
    const text = JSON.stringify(broken, null, 2);
    const err = parseError(text);
    expect(err.jsonPath).toBe('alignments.en.beads.3.score');
    const expectedLine = text.split('\n').findIndex((l) => l.includes('"score": 7')) + 1;
    expect(err.line).toBe(expectedLine);
    expect(err.message).toContain(`work/statement.duizhao.json:${expectedLine}:`);
    expect(err.message).toContain('alignments.en.beads.3.score');
  });

  it('reports a missing property at the object that lacks it', () => {
    const broken = JSON.parse(saved);
    delete broken.settings.englishVariant;
    const text = JSON.stringify(broken, null, 2);
    const err = parseError(text);
    expect(err.jsonPath).toBe('settings.englishVariant');
    expect(err.line).toBe(text.split('\n').findIndex((l) => l.includes('"settings"')) + 1);
  });

  it('refuses other JSON files, newer schema versions and missing versions with clear messages', () => {
    expect(parseError('[1, 2]').message).toMatch(/not a Duizhao project/);
    expect(parseError('{"format": "something-else", "version": 1}').message).toMatch(/not a Duizhao project/);
    expect(parseError(saved.replace('"version": 1,', '"version": 9,')).message).toMatch(/newer Duizhao \(schema version 9\)/);
    expect(parseError(saved.replace('"version": 1,', '')).message).toMatch(/version/);
    expect(parseError('').message).toMatch(/not valid JSON/);
  });
});
