/**
 * Alignment with no shared evidence (random CJK against random Latin tokens, the ratio changing
 * after the first 30 %: bench/synthetic-parallel.ts noOverlapPair) at 5,000 / 10,000 / 20,000 source
 * sentences, one CLI process per size: wall, CPU, peak RSS and the share of the true beads found.
 * Memory should grow linearly; issue 13 asks < 10 s and < 500 MB at 20k.
 */
import { alignCliTable } from './align-cli-table';
import { noOverlapPair } from './synthetic-parallel';

export const title = 'Sentence alignment: scale without shared evidence (no-overlap pair)';

const SIZES = (process.env.NO_OVERLAP_SIZES ?? '5000,10000,20000').split(',').map(Number);

export default async function run(): Promise<string[]> {
  return alignCliTable('no-overlap', SIZES, (n) => noOverlapPair(n), ['--target-lang', 'en']);
}
