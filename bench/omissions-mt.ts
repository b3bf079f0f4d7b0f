/**
 * What MT buys the completeness checks (issue 17), measured on the omission bench with a SIMULATED
 * machine translation: no MT engine is reachable here, so each document's "MT" is made from the
 * untouched reference translation of the same source lines (../shared/bench/omissions/data), before
 * make_sets.py dropped, cut or merged anything, degraded in stated, seeded ways:
 *   - word dropout: each word is left out with probability DROPOUT (default 0.15);
 *   - nothing else: a real MT words a sentence its own way (synonyms, other inflections, other
 *     order), and a synonym-free paraphrase cannot be simulated from the reference.
 * Its words are therefore the reference's own words: the figures are an UPPER BOUND on what a real
 * MT (DeepL in the app, `check --mt FILE` on the command line) can buy, not an estimate of it.
 *
 *   python3 ../shared/bench/omissions/make_sets.py ../shared/bench/omissions/data /tmp/omission-bench
 *   node --import tsx bench/omissions-mt.ts [OUT=/tmp/omission-bench] [set,...]   (DROPOUT=0.15)
 *
 * Writes OUT/SET/NNN/mt.txt (one line per source line), then scores `check` without and with it
 * (bench/completeness-misses.ts, MT_FILE=mt.txt) and prints both.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rng } from '../tests/helpers/rng';

const out = process.argv[2] ?? '/tmp/omission-bench';
const only = process.argv[3];
const dropout = Number(process.env.DROPOUT ?? 0.15);
// ../shared beside the project root, or /work/shared from a worktree (as the bench's shell scripts look).
const besideRoot = join(__dirname, '..', '..', 'shared', 'bench', 'omissions', 'data');
const data = process.env.OMISSION_DATA ?? (existsSync(besideRoot) ? besideRoot : '/work/shared/bench/omissions/data');
/** Set name prefix (make_sets.py) → data folder. */
const SETS: Record<string, string> = { flores: 'flores200_devtest', wmt22: 'wmt22_general_en2zhru' };

const lines = (path: string): string[] => {
  const l = readFileSync(path, 'utf8').split('\n');
  if (l.at(-1) === '') l.pop();
  return l;
};

/** The shared seeded generator (mulberry32), seeded from the document's name: the same MT on every run. */
function random(seedText: string): () => number {
  let seed = 0;
  for (let k = 0; k < seedText.length; k++) seed = Math.imul(seed ^ seedText.charCodeAt(k), 0x01000193) >>> 0;
  return rng(seed);
}

/** The reference with each word left out with probability `dropout`. */
function degrade(reference: string, rand: () => number): string {
  return reference
    .split(/\s+/)
    .filter((w) => w !== '' && rand() >= dropout)
    .join(' ');
}

/** Reference of one source line: a line of the data, or two consecutive ones merged (a 1:2 plant). */
function referenceOf(zh: string, byZh: ReadonlyMap<string, string>): string {
  const whole = byZh.get(zh);
  if (whole !== undefined) return whole;
  for (let k = 1; k < zh.length; k++) {
    const a = byZh.get(zh.slice(0, k));
    const b = a === undefined ? undefined : byZh.get(zh.slice(k));
    if (b !== undefined) return `${a} ${b}`;
  }
  throw new Error(`no reference for source line "${zh.slice(0, 40)}…"`);
}

function writeMt(): string[] {
  const sets: string[] = [];
  for (const set of readdirSync(out).sort()) {
    const setDir = join(out, set);
    if (!existsSync(join(setDir, 'langs.txt')) || (only && !only.split(',').includes(set))) continue;
    const lang = lines(join(setDir, 'langs.txt'))[0]!.split(/\s+/)[1]!;
    const folder = join(data, SETS[set.split('-')[0]!]!);
    const zh = lines(join(folder, 'zh.txt'));
    const ref = lines(join(folder, `${lang}.txt`));
    const byZh = new Map(zh.map((z, k) => [z, ref[k]!]));
    for (const doc of readdirSync(setDir).sort()) {
      const d = join(setDir, doc);
      if (!existsSync(join(d, 'src.txt'))) continue;
      const rand = random(`${set}/${doc}`);
      writeFileSync(join(d, 'mt.txt'), lines(join(d, 'src.txt')).map((s) => degrade(referenceOf(s, byZh), rand)).join('\n') + '\n');
    }
    sets.push(set);
  }
  return sets;
}

function score(mt: boolean, sets: string[]): string {
  const env = { ...process.env, QUIET: '1', ...(mt ? { MT_FILE: 'mt.txt' } : {}) };
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, 'completeness-misses.ts'), out, sets.join(',')], { env, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout;
}

const sets = writeMt();
console.log(`simulated MT: the reference with ${Math.round(dropout * 100)} % of its words dropped (an upper bound on real MT)\n`);
console.log(`without MT\n${score(false, sets)}`);
console.log(`with simulated MT (check --mt)\n${score(true, sets)}`);
