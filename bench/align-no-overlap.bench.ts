/**
 * Alignment with no shared evidence (random CJK against random Latin tokens, the ratio changing
 * after the first 30 %: bench/synthetic-parallel.ts noOverlapPair) at 5,000 / 10,000 / 20,000 source
 * sentences, one CLI process per size: wall, CPU, peak RSS and the share of the true beads found.
 * Memory should grow linearly; issue 13 asks < 10 s and < 500 MB at 20k.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { noOverlapPair } from './synthetic-parallel';

export const title = 'Sentence alignment: scale without shared evidence (no-overlap pair)';

const root = join(__dirname, '..');
const SIZES = (process.env.NO_OVERLAP_SIZES ?? '5000,10000,20000').split(',').map(Number);

export default async function run(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'duizhao-no-overlap-'));
  const lines = ['| source | target | wall s | CPU s | peak RSS MB | exact beads |', '|---|---|---|---|---|---|'];
  try {
    for (const n of SIZES) {
      const { src, tgt, gold } = noOverlapPair(n);
      const srcPath = join(dir, `${n}.zh.txt`);
      const tgtPath = join(dir, `${n}.en.txt`);
      writeFileSync(srcPath, `${src.join('\n')}\n`);
      writeFileSync(tgtPath, `${tgt.join('\n')}\n`);
      const t0 = performance.now();
      const cli = join(root, 'out', 'cli', 'index.js');
      const r = spawnSync(process.execPath, ['--require', join(__dirname, 'report-usage.cjs'), cli, 'align', srcPath, tgtPath, '--presegmented', '--target-lang', 'en'], {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      const wall = (performance.now() - t0) / 1000;
      if (r.status !== 0) throw new Error(`align failed on ${n} sentences: ${r.stderr}`);
      const usage = JSON.parse(/@@usage (.*)/.exec(r.stderr)![1]!) as { userMs: number; systemMs: number; maxRssKb: number };
      const found = new Set(r.stdout.trim().split('\n'));
      const exact = gold.filter((b) => found.has(b)).length / gold.length;
      lines.push(`| ${n} | ${tgt.length} | ${wall.toFixed(1)} | ${((usage.userMs + usage.systemMs) / 1000).toFixed(1)} | ${(usage.maxRssKb / 1024).toFixed(0)} | ${(exact * 100).toFixed(1)} % |`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}
