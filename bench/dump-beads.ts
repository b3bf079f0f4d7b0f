/**
 * Dumps the beads (with confidences, `--format json`) the built CLI gives on every input a speed
 * change must not alter: the dev sets in ../shared/bench/align (when present), the samples (zh→en
 * and zh→ru, segmented by the app's own rules), a synthetic document the lexicon covers and one with
 * no lexical overlap at all. Run before and after a change and compare the two folders:
 *
 *   npm run build:cli && node --import tsx bench/dump-beads.ts /tmp/before
 *   … change, rebuild …  node --import tsx bench/dump-beads.ts /tmp/after && diff -r /tmp/before /tmp/after
 *
 * It also prints the CPU time of each run, summed per group, as a rough figure. DUMP_FORMAT=beads
 * dumps the beads format instead, which takes the aligner's path without confidences.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLexicon } from '../services/lexicon';
import { DEV_ROOT, devSetDocs } from './dev-sets';
import { noOverlapPair, syntheticParallel } from './synthetic-parallel';

const root = join(__dirname, '..');
/** The bundle to run: DUIZHAO_CLI, e.g. a build of main to compare with, else out/cli/index.js. */
const cli = process.env.DUIZHAO_CLI ?? join(root, 'out', 'cli', 'index.js');
/** json (beads with confidences) unless DUMP_FORMAT says beads (`align --format beads`: no confidences computed). */
const format = process.env.DUMP_FORMAT === 'beads' ? 'beads' : 'json';

interface Job {
  name: string;
  args: string[];
}

function jobs(out: string): Job[] {
  const list: Job[] = [];
  if (!existsSync(DEV_ROOT)) process.stderr.write(`no dev sets at ${DEV_ROOT}: skipped\n`);
  for (const doc of devSetDocs()) list.push({ name: doc.name, args: [doc.src, doc.tgt, '--presegmented', ...(doc.mt ? ['--mt', doc.mt] : [])] });
  for (const f of readdirSync(join(root, 'samples')).sort()) {
    const m = /^(.*)\.zh\.txt$/.exec(f);
    if (!m) continue;
    for (const lang of ['en', 'ru']) {
      const tgt = join(root, 'samples', `${m[1]}.${lang}.txt`);
      if (existsSync(tgt)) list.push({ name: `sample-${m[1]}-${lang}`, args: [join(root, 'samples', f), tgt, '--target-lang', lang] });
    }
  }
  const lexicon = loadLexicon();
  const synthetic = syntheticParallel(lexicon, 3000);
  const none = noOverlapPair(3000);
  for (const [name, pair] of [['synthetic-3000', synthetic], ['no-overlap-3000', none]] as const) {
    const s = join(out, `${name}.zh.txt`);
    const t = join(out, `${name}.en.txt`);
    writeFileSync(s, `${pair.src.join('\n')}\n`);
    writeFileSync(t, `${pair.tgt.join('\n')}\n`);
    writeFileSync(join(out, `${name}.gold`), `${pair.gold.join('\n')}\n`);
    list.push({ name, args: [s, t, '--presegmented', '--target-lang', 'en'] });
  }
  return list;
}

/** Share of the true beads (vecalign-style lines) that the JSON output contains exactly. */
function exactShare(json: string, gold: string): string {
  const found = new Set((JSON.parse(json) as { beads: Array<{ src: number[]; tgt: number[] }> }).beads.map((b) => `[${b.src.join(', ')}]:[${b.tgt.join(', ')}]`));
  const lines = gold.trim().split('\n');
  return `${((100 * lines.filter((l) => found.has(l)).length) / lines.length).toFixed(1)} %`;
}

function main(): void {
  const out = process.argv[2];
  if (!out) throw new Error('usage: node --import tsx bench/dump-beads.ts OUT_DIR');
  mkdirSync(join(out, 'inputs'), { recursive: true });
  const cpuBy = new Map<string, number>();
  for (const job of jobs(join(out, 'inputs'))) {
    const r = spawnSync(process.execPath, ['--require', join(__dirname, 'report-usage.cjs'), cli, 'align', ...job.args, '--format', format], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    if (r.status !== 0) throw new Error(`${job.name}: align failed: ${r.stderr}`);
    writeFileSync(join(out, `${job.name}.${format}`), r.stdout);
    // Warnings (a target that does not look like a translation) are output too.
    writeFileSync(join(out, `${job.name}.stderr`), r.stderr.replace(/@@usage .*\n?/, '').split(out).join('OUT'));
    const gold = join(out, 'inputs', `${job.name}.gold`);
    if (format === 'json' && existsSync(gold)) process.stdout.write(`${job.name}: ${exactShare(r.stdout, readFileSync(gold, 'utf8'))} of the true beads found\n`);
    const usage = JSON.parse(/@@usage (.*)/.exec(r.stderr)![1]!) as { userMs: number; systemMs: number };
    const group = job.name.replace(/-[^-]*$/, '');
    cpuBy.set(group, (cpuBy.get(group) ?? 0) + usage.userMs + usage.systemMs);
  }
  for (const [group, ms] of cpuBy) process.stdout.write(`${group}: ${Math.round(ms)} ms CPU\n`);
}

main();
