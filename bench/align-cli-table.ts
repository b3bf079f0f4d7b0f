import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..');

/** A synthetic pair: presegmented source and target lines and the true beads as the CLI prints them. */
export interface SyntheticPair {
  src: string[];
  tgt: string[];
  gold: string[];
}

/**
 * The scale benches' table: each size's pair aligned by the built CLI in a process of its own
 * (report-usage.cjs reports its CPU time and peak RSS), with the share of the true beads it found.
 */
export function alignCliTable(name: string, sizes: readonly number[], pairOf: (n: number) => SyntheticPair, cliArgs: readonly string[] = []): string[] {
  const dir = mkdtempSync(join(tmpdir(), `duizhao-${name}-`));
  const lines = ['| source | target | wall s | CPU s | peak RSS MB | exact beads |', '|---|---|---|---|---|---|'];
  try {
    for (const n of sizes) {
      const { src, tgt, gold } = pairOf(n);
      const srcPath = join(dir, `${n}.zh.txt`);
      const tgtPath = join(dir, `${n}.en.txt`);
      writeFileSync(srcPath, `${src.join('\n')}\n`);
      writeFileSync(tgtPath, `${tgt.join('\n')}\n`);
      const t0 = performance.now();
      const cli = join(root, 'out', 'cli', 'index.js');
      const r = spawnSync(process.execPath, ['--require', join(__dirname, 'report-usage.cjs'), cli, 'align', srcPath, tgtPath, '--presegmented', ...cliArgs], {
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
