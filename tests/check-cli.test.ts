import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, CLI } from './fixtures/qa/build-cli';

/** These tests run the built CLI, as a user would. */
const ROOT = join(__dirname, '..');
const FIX = join(__dirname, 'fixtures', 'qa', 'cli');
const SAMPLES = join(ROOT, 'samples');
const STRAT = (lang: string) => join(SAMPLES, `strategic-stability-2025-05-08.${lang}.txt`);

/** Runs `duizhao check ARGS`; async so independent runs of a test go in parallel. */
function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, 'check', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } }, (err, stdout, stderr) => {
      resolve({ code: err ? Number(err.code ?? -1) : 0, stdout, stderr });
    });
  });
}

interface JsonFinding {
  check: string;
  severity: string;
  lang: string | null;
  bead: number | null;
  excerpt: { source?: string; target?: string };
}

beforeAll(() => {
  buildCli();
}, 60_000);

describe('duizhao check on clean and lightly flawed text', async () => {
  it('exits 0 with "No findings." and every source sentence translated on a clean pair, with the language detected from the script', async () => {
    const [en, both, presegmented] = await Promise.all([
      run(join(FIX, 'short.zh.txt'), join(FIX, 'short.en.txt')),
      // Russian first, English second: each is recognised by its letters.
      run(join(FIX, 'short.zh.txt'), join(FIX, 'short.ru.txt'), join(FIX, 'short.en.txt')),
      run(join(FIX, 'short.zh.txt'), join(FIX, 'short.ru.txt'), '--presegmented', '--target-lang', 'ru', '--format', 'json'),
    ]);
    expect(presegmented.code).toBe(0);
    expect(JSON.parse(presegmented.stdout)).toMatchObject({ counts: { error: 0, warning: 0, info: 0 }, findings: [] });
    expect(en.stderr).toBe('');
    expect(en).toMatchObject({ code: 0 });
    expect(en.stdout).toBe('Completeness en: 2 of 2 source sentences translated, no gap found\nNo findings.\n');
    expect(both.code).toBe(0);
  });

  it('exits 0 on an info finding by default and 1 with --fail-on info', async () => {
    const args = [join(FIX, 'short.zh.txt'), join(FIX, 'short-spaced.en.txt')];
    const [dflt, strict, disabled] = await Promise.all([run(...args), run(...args, '--fail-on', 'info'), run(...args, '--fail-on', 'info', '--disable', 'spacing.double-space')]);
    expect(dflt.code).toBe(0);
    expect(dflt.stdout).toContain('Double space in the translation. [spacing.double-space]');
    expect(dflt.stdout).toContain('en · bead 2 · source ¶2 · target ¶2');
    expect(strict.code).toBe(1);
    expect(disabled.code).toBe(0);
  });
});

describe('duizhao check on the sample statement', async () => {
  it('reports the planted defects in JSON with location and excerpt, and exits 1', async () => {
    const r = await run(STRAT('zh'), STRAT('en'), STRAT('ru'), '--format', 'json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { version: number; counts: Record<string, number>; findings: JsonFinding[] };
    expect(report.version).toBe(1);
    const brief = report.findings.map((f) => `${f.lang}:${f.check}:${f.excerpt.target ?? f.excerpt.source ?? ''}`);
    expect(brief).toEqual(
      expect.arrayContaining(['en:words.doubled:the the', 'en:numbers.mismatch:13', 'ru:numbers.mismatch:70', 'ru:untranslated.chinese:势均力敌', 'ru:punctuation.fullwidth:《']),
    );
    expect(report.counts.error).toBe(report.findings.filter((f) => f.severity === 'error').length);
  });

  it('writes a self-contained HTML report with every text escaped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'duizhao-check-'));
    const out = join(dir, 'report.html');
    const r = await run(join(FIX, 'short.zh.txt'), join(FIX, 'short-spaced.en.txt'), '--format', 'html', '-o', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('&lt;above&gt; position &amp; &quot;more&quot;');
    expect(html).not.toMatch(/<script|<link|src=|href=|url\(/i);
    expect(html).toContain('<mark>  </mark>');
  });

  it('checks a saved project file the same way', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'duizhao-check-'));
    const projectFile = join(dir, 'short.duizhao.json');
    // Save a project with core/project, as the app would, then check the file.
    execFileSync(process.execPath, ['--import', 'tsx', '-e', `
      const { readFileSync, writeFileSync } = require('node:fs');
      const { importText } = require('./core/text');
      const { createProject, serializeProject } = require('./core/project');
      const { alignDocs } = require('./core/align');
      const zh = importText(readFileSync(${JSON.stringify(join(FIX, 'short.zh.txt'))}, 'utf8'), 'zh');
      const ru = importText(readFileSync(${JSON.stringify(join(FIX, 'short.ru.txt'))}, 'utf8').replace('все', 'все  '), 'ru');
      writeFileSync(${JSON.stringify(projectFile)}, serializeProject(createProject({ name: 'short', source: zh, targets: { ru } }, alignDocs)));
    `], { cwd: ROOT, stdio: 'pipe' });
    const r = await run(projectFile, '--format', 'json');
    expect(r.stderr).toBe('');
    const findings = (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings;
    expect(findings.map((f) => `${f.lang}:${f.check}`)).toEqual(['ru:spacing.double-space']);
  });

  it('reports a space pasted at the end of a translation, which the segmenter would never leave (a TMX unit keeps it)', async () => {
    const r = await run(join(FIX, 'edge-space.tmx'), '--format', 'json');
    expect(r.code).toBe(0); // info: below the default --fail-on error
    const findings = (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings;
    expect(findings.map((f) => `${f.lang}:${f.bead}:${f.check}`)).toEqual(['en:0:spacing.edge-space']);
  });
});

describe('duizhao check usage and input errors exit 2 with one clear line', async () => {
  it('rejects unknown formats, severities, check ids and languages, naming the allowed values', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['--format', 'pdf'], /unknown format 'pdf': use one of text, json, html/],
      [['--fail-on', 'fatal'], /unknown severity 'fatal': use one of info, warning, error/],
      [['--disable', 'no.such.check'], /unknown check id 'no.such.check'/],
      [['--target-lang', 'de'], /unknown target language 'de': use one of en, ru/],
    ];
    const results = await Promise.all(cases.map(([flags]) => run(join(FIX, 'short.zh.txt'), join(FIX, 'short.en.txt'), ...flags)));
    results.forEach((r, i) => {
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(cases[i]?.[1] ?? /never/);
      expect(r.stdout).toBe('');
    });
  });

  it('names a missing file, and refuses two translations in one language', async () => {
    const [missing, twice] = await Promise.all([
      run(join(FIX, 'short.zh.txt'), join(FIX, 'nope.en.txt')),
      run(join(FIX, 'short.zh.txt'), join(FIX, 'short.en.txt'), join(FIX, 'short-spaced.en.txt')),
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.en.txt: no such file');
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/two en translations/);
  });

  it('names the file and line of a broken project file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'duizhao-check-'));
    const bad = join(dir, 'bad.duizhao.json');
    writeFileSync(bad, '{\n  "format": "duizhao-project",\n  "version": 1,\n  oops\n}\n');
    const r = await run(bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.duizhao\.json:\d+/);
  });
});

describe('duizhao check --glossary', () => {
  it('applies a term base, and reports a broken term base record by file and line while the rest still checks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'duizhao-check-'));
    const zh = join(dir, 'zero-sum.zh.txt');
    const en = join(dir, 'zero-sum.en.txt');
    const broken = join(dir, 'broken.csv');
    writeFileSync(zh, '核武器国家对国际安全和全球战略稳定负有特殊责任,应摒弃冷战思维和零和博弈,并放弃采取引发战略风险的举措。\n');
    writeFileSync(en, 'Nuclear-weapon states bear a special responsibility for international security and global strategic stability and should abandon the Cold War mentality and the pursuit of one-sided gains.\n');
    writeFileSync(broken, 'zh,en,ru\n冷战思维,Cold War mentality,,extra\n');
    const [good, withBroken, missing] = await Promise.all([
      run(zh, en, '--glossary', join(FIX, '..', 'glossary.csv'), '--format', 'json'),
      run(zh, en, '--glossary', broken, join(FIX, '..', 'glossary.csv'), '--format', 'json'),
      run(zh, en, '--glossary', join(dir, 'none.tbx')),
    ]);
    const checks = (r: { stdout: string }) => (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings.map((f) => `${f.check}:${f.excerpt.source ?? ''}`);
    expect(good.code).toBe(0);
    expect(checks(good)).toEqual(['glossary.missing-term:零和博弈']);
    expect(withBroken.stderr).toMatch(/broken\.csv:2: /);
    expect(checks(withBroken)).toEqual(['glossary.missing-term:零和博弈']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('none.tbx: no such file');
  });
});
