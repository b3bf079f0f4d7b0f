/**
 * Issue 12, round 5 audit: hostile inputs the first rounds' tests did not cover, each built here.
 * Term bases with a field of megabytes; -o naming a stream, a link or a folder; standard output
 * that fails or goes away.
 */
import { execFile, execFileSync, spawn } from 'node:child_process';
import { closeSync, lstatSync, mkdtempSync, openSync, readFileSync, readlinkSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, CLI } from './fixtures/qa/build-cli';
import { EXIT_USAGE } from '../cli/errors';
import { extractHtmlParagraphs, extractMarkdownParagraphs, FormatError, importFile } from '../core/formats';
import { MAX_HTML_NESTING, MAX_MARKDOWN_CONTAINER_LINES } from '../core/formats/limits';
import { readDelimited } from '../core/glossary/delimited-records';
import { MAX_TERM_CHARS } from '../core/glossary/term-length';
import { loadGlossaryFiles, MAX_TERM_BASE_BYTES } from '../services/glossary-files';
import { createGlossaryStore } from '../services/glossary-store';
import { NotAFileError, writeFileAtomic } from '../services/atomic-write';

const ROOT = join(__dirname, '..');
const STRAT = (lang: string) => join(ROOT, 'samples', `strategic-stability-2025-05-08.${lang}.txt`);
const dir = mkdtempSync(join(tmpdir(), 'duizhao-audit-'));

function run(args: string[], stdout?: number): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', stdout ?? 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, stderr }));
  });
}

beforeAll(() => {
  buildCli();
}, 60_000);

describe('a term base with a field of megabytes', () => {
  it('an 8 MB quoted field is read in a 64 MB heap (it was appended a character at a time: a rope of 8M pieces)', () => {
    const script = join(dir, 'delimited.mts');
    writeFileSync(
      script,
      `import { readDelimited } from ${JSON.stringify(pathToFileURL(join(ROOT, 'core/glossary/delimited-records.ts')).href)};
const { records } = readDelimited('zh,en\\n"' + 'x'.repeat(8_000_000) + '",y\\n', ',');
process.stdout.write(String(records[1].fields[0].length));`,
    );
    const out = execFileSync(process.execPath, ['--max-old-space-size=64', '--import', 'tsx', script], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(out).toBe('8000000');
  }, 60_000);

  it('fields are sliced exactly: doubled quotes, delimiters and line breaks inside quotes, a last line without a break', () => {
    const { records } = readDelimited('zh,en\n"a ""b"", c","x\ny"\r\n上海合作组织,SCO', ',');
    expect(records.map((r) => [r.line, r.fields])).toEqual([
      [1, ['zh', 'en']],
      [2, ['a "b", c', 'x\ny']],
      [4, ['上海合作组织', 'SCO']],
    ]);
  });

  it('a term longer than the limit is skipped with a problem naming its line; the other concepts load and the check may run', async () => {
    const csv = join(dir, 'long.csv');
    writeFileSync(csv, `zh,en\n上海合作组织,Shanghai Cooperation Organisation\n"${'双'.repeat(2_000_000)}",x\n`);
    const tbx = join(dir, 'long.tbx');
    writeFileSync(tbx, `<?xml version="1.0"?><tbx><text><body><termEntry><langSet xml:lang="zh"><tig><term>双方</term></tig></langSet><langSet xml:lang="en"><tig><term>${'both '.repeat(MAX_TERM_CHARS)}</term></tig></langSet></termEntry></body></text></tbx>`);
    const { termBase, problems, unreadable } = await loadGlossaryFiles([csv, tbx]);
    expect(termBase.concepts.map((c) => c.terms[0]!.text)).toEqual(['上海合作组织']);
    expect(problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([
      `${csv}:3: a zh term of 2000000 characters (more than ${MAX_TERM_CHARS}) is not a term; concept skipped`,
      expect.stringMatching(new RegExp(`^${tbx}:\\d+: a en term of \\d+ characters \\(more than ${MAX_TERM_CHARS}\\) is not a term; concept skipped$`)),
    ]);
    expect(unreadable).toEqual([]); // a skipped record only warns
  });
});

describe('Markdown that micromark is quadratic on is refused before it runs', () => {
  const refusal = (markdown: string): FormatError => {
    try {
      extractMarkdownParagraphs(markdown, 'x.md');
    } catch (err) {
      if (err instanceof FormatError) return err;
      throw err;
    }
    throw new Error('expected a FormatError');
  };
  const lines = (count: number, line: (i: number) => string): string => Array.from({ length: count }, (_, i) => line(i)).join('\n');

  it('a 1 MB two-level list (over 300 s in the CLI), a long flat list, a quote, an item with thousands of lazy lines: refused at the first line past the bound', () => {
    const two = lines(90_000, (i) => `${i % 2 ? '  ' : ''}- item ${i}`);
    expect(two.length).toBeGreaterThan(1_000_000);
    const cases = [two, lines(6000, (i) => `- item ${i}`), lines(6000, (i) => `> line ${i}`), `Title\n\n- start\n${lines(6000, (i) => `line ${i}`)}`];
    for (const markdown of cases) {
      const e = refusal(markdown);
      expect(e.message).toBe(`x.md:${e.line}: more than ${MAX_MARKDOWN_CONTAINER_LINES} lines in lists or quotes; Duizhao parses Markdown prose (save a text like this as .txt)`);
      expect(markdown.split('\n')[e.line! - 1]).toMatch(/item|line/);
    }
  });

  it('prose with lists and quotes under the bound is read, and so are paragraphs outside any container beyond it', () => {
    const doc = [
      '# Joint statement',
      lines(2000, (i) => `- item ${i}\n  - sub ${i}`),
      '> quoted *once*',
      lines(3000, (i) => `Paragraph ${i}.`).replace(/\n/g, '\n\n'),
    ].join('\n\n');
    const paragraphs = extractMarkdownParagraphs(doc, 'x.md');
    expect(paragraphs).toHaveLength(1 + 4000 + 1 + 3000);
    expect(paragraphs.slice(0, 3)).toEqual(['Joint statement', 'item 0', 'sub 0']);
    expect(paragraphs[4001]).toBe('quoted once');
  });
});

describe('HTML nested without end is refused as it is parsed', () => {
  it('100k nested <div>s (5.5 s; 400k ran for minutes: htmlparser2 unshifts each open element) are refused naming the file and line', async () => {
    const n = 100_000;
    const html = `<html>\n<body>\n${'<div>'.repeat(n)}<p>双方同意。</p>${'</div>'.repeat(n)}</body></html>`;
    await expect(importFile('deep.html', new TextEncoder().encode(html), 'zh')).rejects.toThrow(`deep.html:3: elements nested deeper than ${MAX_HTML_NESTING} levels; not a page to read`);
  });

  it('what closes itself does not count: void elements, <p> and <li> closed by the next one, thousands of them, and nesting just under the bound', () => {
    const soup = `<html><body>${'<p>段落<br>一<img src="a.png"><b>粗</b><ul><li>项<li>项</ul>'.repeat(5000)}</body></html>`;
    expect(extractHtmlParagraphs(soup, 'soup.html')).toHaveLength(15_000);
    const nested = `${'<div>'.repeat(MAX_HTML_NESTING - 3)}<p>双方同意。</p>${'</div>'.repeat(MAX_HTML_NESTING - 3)}`;
    expect(extractHtmlParagraphs(`<html><body>${nested}</body></html>`, 'ok.html')).toEqual(['双方同意。']);
  });
});

describe('the atomic writer replaces only files', () => {
  it('a FIFO at the target is refused and stays a FIFO (the rename made it a regular file; as root, -o /dev/null did the same to the device)', async () => {
    const fifo = join(dir, 'target.fifo');
    execFileSync('mkfifo', [fifo]);
    await expect(writeFileAtomic(fifo, 'data')).rejects.toThrow(NotAFileError);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('a folder at the target is refused by name', async () => {
    await expect(writeFileAtomic(dir, 'data')).rejects.toThrow(`${dir} is a directory`);
  });
});

describe('-o names a stream, a link or a folder', () => {
  const args = (out: string) => ['export', STRAT('zh'), STRAT('en'), '--to', 'csv', '-o', out];

  it('a FIFO is written through (its reader gets the export) and stays a FIFO', async () => {
    const fifo = join(dir, 'out.fifo');
    execFileSync('mkfifo', [fifo]);
    const reader = new Promise<string>((resolve) => execFile('cat', [fifo], { encoding: 'utf8' }, (_e, out) => resolve(out)));
    const r = await run(args(fifo));
    expect(r).toEqual({ code: 0, stderr: '' });
    expect(await reader).toContain('双方');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  }, 60_000);

  it('a link keeps being a link; the file it points to gets the export', async () => {
    const real = join(dir, 'real.csv');
    const link = join(dir, 'link.csv');
    writeFileSync(real, 'OLD');
    symlinkSync(real, link);
    expect((await run(args(link))).code).toBe(0);
    expect(readlinkSync(link)).toBe(real);
    expect(readFileSync(real, 'utf8')).toContain('双方');
  }, 60_000);

  it('a folder, or a folder that does not exist: exit 2, one line, no temp file named', async () => {
    expect(await run(args(dir))).toEqual({ code: EXIT_USAGE, stderr: `duizhao: cannot write ${dir}: is a directory\n` });
    const missing = join(dir, 'nope', 'x.csv');
    expect(await run(args(missing))).toEqual({ code: EXIT_USAGE, stderr: `duizhao: cannot write ${missing}: its folder does not exist\n` });
  }, 60_000);
});

describe('standard output that fails', () => {
  it('a full device: exit 2 and one line, not "internal error (a bug)"', async () => {
    const full = openSync('/dev/full', 'w');
    try {
      const r = await run(['export', STRAT('zh'), STRAT('en'), '--to', 'tmx'], full);
      // Before it: the export's own warning (the TMX units with an empty side), never a stack.
      const lines = r.stderr.split('\n').filter((l) => !l.startsWith('duizhao: warning: TMX units with an empty side'));
      expect({ code: r.code, stderr: lines.join('\n') }).toEqual({ code: EXIT_USAGE, stderr: 'duizhao: cannot write the output: no space left on the device\n' });
    } finally {
      closeSync(full);
    }
  }, 60_000);

  it('a reader that stops early (| head): exit 0, nothing on stderr', async () => {
    const child = spawn(process.execPath, [CLI, 'export', STRAT('zh'), STRAT('en'), '--to', 'csv'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy(); // the reader is gone before the export is written
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  }, 60_000);
});

describe('the glossary store reads a term base as boundedly as the loader', () => {
  it('a term base over the size limit (sparse, 1 byte past it) is a problem, not read whole into the edit list; /dev/zero given as a path likewise', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'duizhao-audit-gl-'));
    writeFileSync(join(folder, 'ok.csv'), 'zh,en\n上海合作组织,SCO\n');
    const huge = join(folder, 'huge.csv');
    writeFileSync(huge, '');
    truncateSync(huge, MAX_TERM_BASE_BYTES + 1); // sparse: no 64 MB written
    const store = createGlossaryStore(folder);
    try {
      const loaded = await store.load([folder, '/dev/zero']);
      expect(loaded.sources!.map((s) => s.name)).toEqual(['ok.csv']);
      expect(loaded.problems.map((p) => p.file)).toEqual(expect.arrayContaining([huge, '/dev/zero']));
    } finally {
      store.close();
    }
  }, 30_000);
});
