import { execFile, execFileSync } from 'node:child_process';
import { linkSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { removeStaleTemps } from '../services/atomic-write';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, CLI } from './fixtures/qa/build-cli';
import { crashReport, EXIT_CRASH, EXIT_FINDINGS, EXIT_USAGE } from '../cli/errors';
import { parseProject, serializeProject } from '../core/project/serialize';
import { sampleProject } from './fixtures/formats/sample-project';
import { readRegularFile } from '../services/read-file';

// Issue 12 through the built CLI: devices, pipes, unreadable glossaries, -o written atomically.

const ROOT = join(__dirname, '..');
const STRAT = (lang: string) => join(ROOT, 'samples', `strategic-stability-2025-05-08.${lang}.txt`);

function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } }, (err, stdout, stderr) => {
      resolve({ code: err ? Number(err.code ?? -1) : 0, stdout, stderr });
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'duizhao-hostile-'));

beforeAll(() => {
  buildCli();
}, 60_000);

describe('files that are not regular files are refused before reading', () => {
  it('align SOURCE /dev/zero: exit 2 naming the device, not 8 GB of zeros', async () => {
    const r = await run('align', STRAT('zh'), '/dev/zero');
    expect(r.code).toBe(EXIT_USAGE);
    expect(r.stderr).toBe('duizhao: /dev/zero: is a device, not a file\n');
  });

  it('a FIFO is refused without waiting for a writer', async () => {
    const fifo = join(dir, 'pipe.en.txt');
    execFileSync('mkfifo', [fifo]);
    const r = await run('align', STRAT('zh'), fifo);
    expect(r.code).toBe(EXIT_USAGE);
    expect(r.stderr).toContain('is a pipe (FIFO), not a file');
  });

  it('the reader refuses a folder and a file larger than its limit', async () => {
    await expect(readRegularFile(dir, { maxBytes: 10 })).rejects.toThrow(/is a directory/);
    const big = join(dir, 'big.txt');
    writeFileSync(big, 'x'.repeat(11));
    await expect(readRegularFile(big, { maxBytes: 10 })).rejects.toThrow(/11 bytes; the limit is 10/);
    expect(await readRegularFile(big, { maxBytes: 11 })).toHaveLength(11);
  });
});

describe('a check without its glossary is not a check', () => {
  it('--glossary /dev/zero: exit 2', async () => {
    const r = await run('check', STRAT('zh'), STRAT('en'), '--glossary', '/dev/zero');
    expect(r.code).toBe(EXIT_USAGE);
    expect(r.stderr).toMatch(/\/dev\/zero: .*is a device/);
  });

  it('an XXE TBX and a binary CSV: exit 2 naming them, the secret never printed', async () => {
    const secret = join(dir, 'secret.txt');
    writeFileSync(secret, 'TOP-SECRET-LINE');
    const tbx = join(dir, 'xxe.tbx');
    writeFileSync(tbx, `<?xml version="1.0"?><!DOCTYPE tbx [<!ENTITY s SYSTEM "file://${secret}">]><tbx><text><body><termEntry><langSet xml:lang="zh"><tig><term>&s;</term></tig></langSet></termEntry></body></text></tbx>`);
    const csv = join(dir, 'binary.csv');
    writeFileSync(csv, Buffer.from([0xff, 0x00, 0xfe, 0x80, 0x81, 0x00]));
    for (const g of [tbx, csv]) {
      const r = await run('check', STRAT('zh'), STRAT('en'), '--glossary', g);
      expect(r.code, g).toBe(EXIT_USAGE);
      expect(r.stderr).toContain(`glossary ${g} cannot be read`);
      expect(r.stderr + r.stdout).not.toContain('TOP-SECRET');
    }
  });
});

describe('-o replaces the file whole (atomic writer), never writes into it', () => {
  it('export -o over a hard-linked file: the other link keeps the old bytes', async () => {
    const out = join(dir, 'out.tmx');
    const other = join(dir, 'other-link.tmx');
    writeFileSync(out, 'OLD CONTENT');
    linkSync(out, other);
    const r = await run('export', STRAT('zh'), STRAT('en'), '--to', 'tmx', '-o', out);
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('<tmx');
    expect(readFileSync(other, 'utf8')).toBe('OLD CONTENT'); // fs.writeFile would have truncated the shared inode
  });

  it('check -o the same way', async () => {
    const out = join(dir, 'report.json');
    const other = join(dir, 'report-link.json');
    writeFileSync(out, 'OLD REPORT');
    linkSync(out, other);
    const r = await run('check', STRAT('zh'), STRAT('en'), '--format', 'json', '-o', out);
    expect([0, EXIT_FINDINGS]).toContain(r.code);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toBeTruthy();
    expect(readFileSync(other, 'utf8')).toBe('OLD REPORT');
  });
});

describe('a crash is told apart from findings', () => {
  it('exit code 3, one line without a stack unless DUIZHAO_DEBUG=1', () => {
    expect(new Set([EXIT_CRASH, EXIT_FINDINGS, EXIT_USAGE]).size).toBe(3);
    const err = new RangeError('Maximum call stack size exceeded\n    at f (x.js:1:1)');
    const line = crashReport(err, false);
    expect(line.split('\n')).toEqual([expect.stringMatching(/^duizhao: internal error .*Maximum call stack size exceeded; set DUIZHAO_DEBUG=1/), '']);
    expect(crashReport(err, true)).toContain('at f (x.js:1:1)');
  });
});

describe('project files: ids checked, content never echoed', () => {
  const text = serializeProject(sampleProject());

  it('a bead naming a sentence that does not exist is refused with the id and line', () => {
    const at = text.lastIndexOf('"zh-s1"'); // in a bead, after the documents
    const broken = `${text.slice(0, at)}"zh-s999"${text.slice(at + 7)}`;
    expect(() => parseProject(broken, 'p.duizhao.json')).toThrow(/^p\.duizhao\.json:\d+:\d+: alignments\.(en|ru)\.beads\.\d+\.src\.\d+: bead \d+ of zh→(en|ru) names sentence "zh-s999"/);
  });

  it('a sentence id used twice is refused with the id', () => {
    const dup = JSON.parse(text) as { source: { paragraphs: Array<{ sentences: Array<{ id: string }> }> } };
    const all = dup.source.paragraphs.flatMap((p) => p.sentences);
    all[1]!.id = all[0]!.id;
    expect(() => parseProject(JSON.stringify(dup, null, 1), 'p.duizhao.json')).toThrow(new RegExp(`sentence id "${all[0]!.id}" is used twice`));
  });

  it('a non-JSON file (/etc/passwd) is refused without quoting it', () => {
    let message = '';
    try {
      parseProject('root:x:0:0:root:/root:/bin/bash\n', 'passwd');
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/^passwd:\d+:\d+: not valid JSON \(unexpected character\)$/);
    expect(message).not.toContain('root');
  });

  it('the unchanged project still loads', () => {
    expect(parseProject(text, 'p.duizhao.json').name).toBe(sampleProject().name);
  });
});

describe('check output cannot drive the terminal', () => {
  it('escape sequences and bidi overrides in a target are shown as code points, not sent raw', async () => {
    const zh = join(dir, 'esc.zh.txt');
    const en = join(dir, 'esc.en.txt');
    writeFileSync(zh, '双方同意加强合作。\n');
    writeFileSync(en, 'The sides agreed \u001b]0;pwned\u0007\u001b[2J to deepen \u202Eevil\u202C cooperation 100.\n');
    const r = await run('check', zh, en, '--format', 'text');
    expect(r.stdout).toContain('<U+001B>]0;pwned<U+0007><U+001B>[2J');
    expect(r.stdout).toContain('<U+202E>evil<U+202C>');
    // eslint-disable-next-line no-control-regex -- the test is about control characters
    expect(r.stdout).not.toMatch(/[\u001b\u0007\u202e]/);
  });
});

describe('an interrupted save leaves no litter', () => {
  it('stale .NAME.<hex>.tmp files are removed at start; other files stay', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'duizhao-ws-'));
    writeFileSync(join(ws, '.p.duizhao.json.0123456789ab.tmp'), 'half');
    writeFileSync(join(ws, 'p.duizhao.json'), 'whole');
    writeFileSync(join(ws, '.notes.tmp'), 'mine');
    expect(await removeStaleTemps(ws)).toBe(1);
    expect(readdirSync(ws).sort()).toEqual(['.notes.tmp', 'p.duizhao.json']);
  });
});
