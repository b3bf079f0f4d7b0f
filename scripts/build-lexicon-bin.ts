/**
 * Compiles the alignment lexicons (resources/lexicon/*.tsv[.gz]) into out/lexicon/*.bin, the form
 * services/lexicon.ts loads without parsing a TSV (core/align/lexicon-binary.ts). Run by
 * `npm run build:cli`; a stale or missing .bin is harmless (the TSV is parsed instead).
 */
import { readFileSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { encodeLexicon, parseLexicon } from '../core/align';
import { writeFileAtomic } from '../services/atomic-write';
import { compiledLexiconPath, lexiconSourceOf } from '../services/lexicon';

const root = join(__dirname, '..');
const SOURCES = ['cedict-zh-en.tsv', 'cedict-pivot-zh-ru.tsv.gz'];

async function main(): Promise<void> {
  const outDir = join(root, 'out');
  await mkdir(join(outDir, 'lexicon'), { recursive: true });
  for (const name of SOURCES) {
    const tsv = join(root, 'resources', 'lexicon', name);
    const bytes = readFileSync(tsv);
    const lexicon = parseLexicon((name.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8'));
    const bin = compiledLexiconPath(tsv, outDir);
    const data = encodeLexicon(lexicon, lexiconSourceOf(bytes, statSync(tsv)));
    await writeFileAtomic(bin, data);
    process.stdout.write(`${bin}: ${lexicon.entries.size} headwords, ${(data.byteLength / 1e6).toFixed(1)} MB\n`);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`build-lexicon-bin: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
