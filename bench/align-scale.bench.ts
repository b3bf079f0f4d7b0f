/**
 * Alignment speed and memory: synthetic documents of 5,000 / 10,000 / 20,000 source sentences
 * (≈ 1.3 target sentences each) aligned by the built CLI, one process per size, with wall time,
 * CPU time and peak RSS of that process. Memory should grow linearly, and 20k × 26k stay < 10 s.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadLexicon } from '../services/lexicon';
import { syntheticParallel } from './synthetic-parallel';

export const title = 'Sentence alignment: scale (synthetic document)';

const root = join(__dirname, '..');
const SIZES = [5_000, 10_000, 20_000];

export default async function run(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'duizhao-scale-'));
  const lines = ['| source | target | wall s | CPU s | peak RSS MB | exact beads |', '|---|---|---|---|---|---|'];
  try {
    const lexicon = loadLexicon();
    for (const n of SIZES) {
      const { src, tgt, gold } = syntheticParallel(lexicon, n);
      const srcPath = join(dir, `${n}.zh.txt`);
      const tgtPath = join(dir, `${n}.en.txt`);
      writeFileSync(srcPath, `${src.join('\n')}\n`);
      writeFileSync(tgtPath, `${tgt.join('\n')}\n`);
      const t0 = performance.now();
      const r = spawnSync(process.execPath, ['--require', join(__dirname, 'report-usage.cjs'), join(root, 'out', 'cli', 'index.js'), 'align', srcPath, tgtPath, '--presegmented'], {
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
