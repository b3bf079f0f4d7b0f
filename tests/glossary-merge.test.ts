import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeTermBases, parseTermBaseFile } from '../core/glossary';

const FIXTURES = join(__dirname, 'fixtures', 'glossary');
const ROOT = join(__dirname, '..', 'glossary');
const load = (dir: string, name: string) => parseTermBaseFile(name, readFileSync(join(dir, name), 'utf8'));

describe('mergeTermBases', () => {
  const tbx = load(ROOT, 'diplomatic.tbx');

  it('reports a conflict (one source term, two preferred renderings) with both files and lines, first file wins', () => {
    const { termBase, problems } = mergeTermBases([tbx, load(FIXTURES, 'conflict.csv')]);
    const sco = tbx.concepts.find((c) => c.id === 'sco')!;
    expect(problems).toEqual([
      {
        file: 'conflict.csv',
        line: 2,
        severity: 'error',
        message: `conflict for 上海合作组织 (en): "Shanghai Cooperation Organization" is preferred here but deprecated in diplomatic.tbx line ${sco.origin.line}; keeping deprecated`,
      },
    ]);
    // One concept per source term; the merged one keeps the first file's preferred rendering.
    expect(termBase.concepts).toHaveLength(tbx.concepts.length);
    const merged = termBase.concepts.find((c) => c.id === 'sco')!;
    expect(merged.terms.filter((t) => t.lang === 'en' && t.status === 'preferred').map((t) => t.text)).toEqual(['Shanghai Cooperation Organisation']);
  });

  it('merges the same renderings from two files silently (冷战思维 in both default files)', () => {
    const { termBase, problems } = mergeTermBases([tbx, load(ROOT, 'set-phrases.csv')]);
    expect(problems).toEqual([]);
    const cold = termBase.concepts.filter((c) => c.terms.some((t) => t.text === '冷战思维'));
    expect(cold).toHaveLength(1);
    expect(cold[0]!.terms.filter((t) => t.lang === 'en').map((t) => `${t.status}:${t.text}`)).toEqual(['preferred:Cold War mentality', 'deprecated:Cold War thinking']);
  });

  it('reports two different preferred renderings with both places', () => {
    const a = parseTermBaseFile('a.csv', 'zh,en\n零和博弈,zero-sum game\n');
    const c = parseTermBaseFile('dir/c.csv', 'zh,en\n\n零和博弈,zero-sum gaming\n');
    expect(mergeTermBases([a, c]).problems).toEqual([
      {
        file: 'dir/c.csv',
        line: 3,
        severity: 'error',
        message: 'conflict for 零和博弈 (en): preferred "zero-sum gaming" here, but "zero-sum game" in a.csv line 2; keeping "zero-sum game", "zero-sum gaming" is loaded as admitted',
      },
    ]);
  });

  it('adds a new rendering from a later file as admitted, never as a second preferred one', () => {
    const a = parseTermBaseFile('a.csv', 'zh,en\n零和博弈,zero-sum game\n');
    const b = parseTermBaseFile('b.csv', 'zh,ru\n零和博弈,игра с нулевой суммой\n');
    const c = parseTermBaseFile('c.csv', 'zh,en\n零和博弈,zero-sum gaming\n');
    const { termBase, problems } = mergeTermBases([a, b, c]);
    expect(termBase.concepts).toHaveLength(1);
    expect(termBase.concepts[0]!.terms.map((t) => `${t.lang}:${t.status}:${t.text}`)).toEqual([
      'zh:preferred:零和博弈',
      'en:preferred:zero-sum game',
      'ru:preferred:игра с нулевой суммой',
      'en:admitted:zero-sum gaming',
    ]);
    expect(problems.map((p) => `${p.file}:${p.line}`)).toEqual(['c.csv:2']);
    expect(problems[0]!.message).toContain('a.csv line 2');
  });

  it('keeps ids unique across files and says so', () => {
    const a = parseTermBaseFile('a.csv', 'id,zh,en\nx,冷战思维,Cold War mentality\n');
    const b = parseTermBaseFile('b.csv', 'id,zh,en\nx,零和博弈,zero-sum game\n');
    const { termBase, problems } = mergeTermBases([a, b]);
    expect(termBase.concepts.map((c) => c.id)).toEqual(['x', 'x@b.csv']);
    expect(problems.map((p) => `${p.file}:${p.line} ${p.severity}`)).toEqual(['b.csv:2 warning']);
  });

  it('passes every parser problem through and never changes the parsed input', () => {
    const broken = load(FIXTURES, 'broken.tbx');
    const before = JSON.stringify(broken);
    const { problems } = mergeTermBases([broken]);
    expect(problems).toEqual(broken.problems);
    expect(JSON.stringify(broken)).toBe(before);
  });
});
