/**
 * Alignment speed and memory: synthetic documents of 5,000 / 10,000 / 20,000 source sentences
 * (≈ 1.3 target sentences each) aligned by the built CLI, one process per size, with wall time,
 * CPU time and peak RSS of that process. Memory should grow linearly, and 20k × 26k stay < 10 s.
 */
import { loadLexicon } from '../services/lexicon';
import { alignCliTable } from './align-cli-table';
import { syntheticParallel } from './synthetic-parallel';

export const title = 'Sentence alignment: scale (synthetic document)';

const SIZES = [5_000, 10_000, 20_000];

export default async function run(): Promise<string[]> {
  const lexicon = loadLexicon();
  return alignCliTable('scale', SIZES, (n) => syntheticParallel(lexicon, n));
}
