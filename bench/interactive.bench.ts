/**
 * Interactive alignment, in process and warm (lexicon loaded once, the way the app keeps it):
 * re-aligning a selection of about 50 source sentences of mag (realignRawRange over the beads that
 * hold them), median CPU of 9 runs after one warm-up: as index beads (realignRawRange, no verdicts)
 * and as the app does it (realignRange over Docs, the beads' completeness verdicts included).
 * Needs the dev sets in ../shared/bench/align.
 * The joint statement from files to painted rows in the app: bench/new-project.bench.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignDocs, alignSentences, realignRange, realignRawRange } from '../core/align';
import { importPresegmented } from '../core/text';
import { loadLexicon } from '../services/lexicon';
import { cpuMs } from './cpu';

export const title = 'Sentence alignment: interactive re-align of a 50-sentence selection (warm)';

const mag = join(__dirname, '..', '..', 'shared', 'bench', 'align', 'data', 'mag', '003');

export default async function run(): Promise<string[]> {
  if (!existsSync(mag)) return [`no dev set at ${mag}: skipped`];
  const read = (f: string) => readFileSync(join(mag, f), 'utf8').split('\n').filter((l) => l.trim() !== '');
  const src = read('src.txt');
  const tgt = read('tgt.txt');
  const options = { tgtLang: 'en' as const, lexicon: loadLexicon('en') };
  const beads = alignSentences(src, tgt, options);
  // The beads that hold source sentences 500 … 549.
  const from = beads.findIndex((b) => b.src.some((i) => i >= 500));
  let to = from;
  while (to + 1 < beads.length && !beads[to + 1]!.src.some((i) => i >= 550)) to++;
  const selected = beads.slice(from, to + 1).reduce((s, b) => s + b.src.length, 0);
  realignRawRange(src, tgt, beads, from, to, options);
  const times: number[] = [];
  for (let k = 0; k < 9; k++) times.push(cpuMs(() => realignRawRange(src, tgt, beads, from, to, options)));
  const source = importPresegmented(src.join('\n'), 'zh');
  const target = importPresegmented(tgt.join('\n'), 'en');
  const alignment = alignDocs(source, target, { lexicon: options.lexicon });
  realignRange(source, target, alignment, { from, to }, { lexicon: options.lexicon });
  const app: number[] = [];
  for (let k = 0; k < 9; k++) app.push(cpuMs(() => realignRange(source, target, alignment, { from, to }, { lexicon: options.lexicon })));
  const line = (what: string, t: number[]) => {
    t.sort((a, b) => a - b);
    return `mag, beads ${from}–${to} (${selected} source sentences), ${what}: median ${t[4]!.toFixed(1)} ms CPU (min ${t[0]!.toFixed(1)}, max ${t[8]!.toFixed(1)}); goal < 50 ms`;
  };
  return [line('index beads', times), line('as the app (Docs, verdicts)', app)];
}
