/**
 * `duizhao align`, run as the built binary (node out/cli/index.js): every output format on the
 * fixture, and every input error with exit code 2 and a message naming the file.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from './fixtures/qa/build-cli';
import { fixtureLines } from './align-helpers';

const root = join(__dirname, '..');
const fixtures = join(root, 'tests', 'fixtures', 'align', 'strategic-stability');
const zhPath = join(fixtures, 'zh.txt');
const enPath = join(fixtures, 'en.txt');
const ruPath = join(fixtures, 'ru.txt');
const dir = mkdtempSync(join(tmpdir(), 'duizhao-align-'));

beforeAll(() => {
  buildCli(); // atomically: other test files run the CLI meanwhile
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function duizhao(...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'out', 'cli', 'index.js'), ...args], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('duizhao align output', () => {
  it('prints beads in the vecalign notation', () => {
    const r = duizhao('align', zhPath, enPath, '--presegmented', '--format', 'beads');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual(fixtureLines('strategic-stability/gold-en.align'));
  });

  it('prints JSON with sentences, beads and confidences', () => {
    const r = duizhao('align', zhPath, enPath, '--presegmented', '--format', 'json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      source: { lang: string; sentences: Array<{ index: number; id: string; text: string }> };
      target: { lang: string; sentences: Array<{ text: string }> };
      beads: Array<{ src: number[]; tgt: number[]; score: number }>;
    };
    expect(out.source.lang).toBe('zh');
    expect(out.source.sentences.map((s) => s.text)).toEqual(fixtureLines('strategic-stability/zh.txt'));
    expect(out.target.sentences.map((s) => s.text)).toEqual(fixtureLines('strategic-stability/en.txt'));
    expect(out.beads[5]).toMatchObject({ src: [5], tgt: [5, 6] });
    for (const b of out.beads) expect(b.score).toBeGreaterThanOrEqual(0);
  });

  it('prints TSV rows of source text, target text and score', () => {
    const r = duizhao('align', zhPath, ruPath, '--presegmented', '--format', 'tsv', '--target-lang', 'ru');
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split('\n').map((l) => l.split('\t'));
    expect(rows).toHaveLength(16);
    expect(rows[15]![0]).toContain('2022年1月3日');
    expect(rows[15]![1]).toContain('3 января 2022 года');
    expect(Number(rows[15]![2])).toBeGreaterThan(0.5);
  });

  it('tells a Russian translation by its script when --target-lang is not given', () => {
    const detected = duizhao('align', zhPath, ruPath, '--presegmented', '--format', 'json');
    const stated = duizhao('align', zhPath, ruPath, '--presegmented', '--format', 'json', '--target-lang', 'ru');
    expect(detected.code).toBe(0);
    const json = JSON.parse(detected.stdout) as { target: { lang: string } };
    expect(json.target.lang).toBe('ru');
    expect(detected.stdout).toBe(stated.stdout);
  });

  it('accepts --mt with one line per source sentence', () => {
    // A perfect "MT": the reference English of each source sentence, joined per gold bead.
    const en = fixtureLines('strategic-stability/en.txt');
    const gold = fixtureLines('strategic-stability/gold-en.align');
    const lines = gold.map((bead) => [...bead.split(':')[1]!.matchAll(/\d+/g)].map((x) => en[Number(x[0])]).join(' '));
    const mt = file('mt.txt', lines.join('\n') + '\n');
    const r = duizhao('align', zhPath, enPath, '--presegmented', '--mt', mt);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual(gold);
  });

  it('segments raw text itself without --presegmented', () => {
    const r = duizhao('align', join(root, 'samples', 'strategic-stability-2025-05-08.zh.txt'), join(root, 'samples', 'strategic-stability-2025-05-08.en.txt'), '--format', 'json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { beads: Array<{ src: number[]; tgt: number[] }> };
    expect(out.beads.length).toBeGreaterThan(20);
  });
});

describe('duizhao align errors (exit code 2, file named)', () => {
  it('a missing file', () => {
    const r = duizhao('align', join(dir, 'nope.zh.txt'), enPath);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nope.zh.txt');
  });

  it('an empty file', () => {
    const empty = file('empty.en.txt', '');
    const r = duizhao('align', zhPath, empty);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('empty.en.txt');
  });

  it('a file with nothing but blank lines', () => {
    const blank = file('blank.en.txt', '\n\n  \n');
    const r = duizhao('align', zhPath, blank, '--presegmented');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/blank\.en\.txt/);
  });

  it('a file in an undecodable encoding', () => {
    const binary = file('binary.zh.txt', new Uint8Array([0x00, 0xff, 0xfe, 0x00, 0x01, 0x02, 0x00, 0x00, 0xd8, 0x00]));
    const r = duizhao('align', binary, enPath);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('binary.zh.txt');
  });

  it('an unknown target language', () => {
    const r = duizhao('align', zhPath, enPath, '--target-lang', 'fr');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown target language 'fr'/);
  });

  it('a translation in neither Latin nor Cyrillic letters, without --target-lang', () => {
    const r = duizhao('align', zhPath, zhPath);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`duizhao: ${zhPath}: cannot tell whether this is English or Russian (it is mostly Chinese); give --target-lang\n`);
  });

  it('an unknown source language', () => {
    const r = duizhao('align', zhPath, enPath, '--source-lang', 'ja');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown source language 'ja'/);
  });

  it('an unknown format', () => {
    const r = duizhao('align', zhPath, enPath, '--format', 'xml');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown format 'xml'/);
  });

  it('a machine translation with the wrong number of lines', () => {
    const mt = file('short-mt.txt', 'One line only.\n');
    const r = duizhao('align', zhPath, enPath, '--presegmented', '--mt', mt);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/short-mt\.txt: 1 lines of machine translation for 16 source sentences/);
  });
});
