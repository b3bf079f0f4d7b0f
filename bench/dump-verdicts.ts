/**
 * Dumps what `alignSentences` returns — beads, confidences and the per-bead verdicts, which the
 * CLI's JSON (bench/dump-beads.ts) does not show — for the inputs a speed change must not alter:
 * the dev sets in ../shared/bench/align (when present), the samples zh→en and zh→ru (segmented by
 * the app's own rules) and the synthetic and no-overlap pairs. In process, from the sources of
 * ROOT (default: this tree), so an older checkout can be compared with the working tree:
 *
 *   git archive HEAD | tar -x -C out/before    # the tree to compare with, inside this repo
 *   node --import tsx bench/dump-verdicts.ts /tmp/before out/before
 *   node --import tsx bench/dump-verdicts.ts /tmp/after && diff -r /tmp/before /tmp/after
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { alignSentences as AlignSentences } from '../core/align';
import type { importText as ImportText } from '../core/text';
import type { loadLexicon as LoadLexicon } from '../services/lexicon';
import { devSetDocs } from './dev-sets';
import { noOverlapPair, syntheticParallel } from './synthetic-parallel';

const here = join(__dirname, '..');
const SIZES = (process.env.VERDICT_NO_OVERLAP_SIZES ?? '3000').split(',').map(Number);

async function main(): Promise<void> {
  const [out, rootArg] = process.argv.slice(2);
  if (!out) throw new Error('usage: node --import tsx bench/dump-verdicts.ts OUT_DIR [SOURCE_ROOT]');
  const root = resolve(rootArg ?? here);
  const { alignSentences } = (await import(join(root, 'core', 'align', 'index.ts'))) as { alignSentences: typeof AlignSentences };
  const { importText } = (await import(join(root, 'core', 'text', 'index.ts'))) as { importText: typeof ImportText };
  const { loadLexicon } = (await import(join(root, 'services', 'lexicon.ts'))) as { loadLexicon: typeof LoadLexicon };
  mkdirSync(out, { recursive: true });
  const sentences = (raw: string, lang: 'zh' | 'en' | 'ru') => importText(raw, lang).paragraphs.flatMap((p) => p.sentences.map((s) => s.text));
  const lines = (path: string) => readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const jobs: Array<{ name: string; src: string[]; tgt: string[]; lang: 'en' | 'ru'; mt?: string[] }> = [];
  for (const doc of devSetDocs()) jobs.push({ name: doc.name, src: lines(doc.src), tgt: lines(doc.tgt), lang: 'en', ...(doc.mt ? { mt: lines(doc.mt) } : {}) });
  for (const f of readdirSync(join(here, 'samples')).sort()) {
    const m = /^(.*)\.zh\.txt$/.exec(f);
    if (!m) continue;
    for (const lang of ['en', 'ru'] as const) {
      const tgt = join(here, 'samples', `${m[1]}.${lang}.txt`);
      if (existsSync(tgt)) jobs.push({ name: `sample-${m[1]}-${lang}`, src: sentences(readFileSync(join(here, 'samples', f), 'utf8'), 'zh'), tgt: sentences(readFileSync(tgt, 'utf8'), lang), lang });
    }
  }
  jobs.push({ name: 'synthetic-3000', ...syntheticParallel(loadLexicon('en'), 3000), lang: 'en' });
  for (const n of SIZES) jobs.push({ name: `no-overlap-${n}`, ...noOverlapPair(n), lang: 'en' });
  for (const job of jobs) {
    const t0 = process.cpuUsage();
    const beads = alignSentences(job.src, job.tgt, { tgtLang: job.lang, lexicon: loadLexicon(job.lang), ...(job.mt ? { mt: job.mt } : {}) });
    const cpu = process.cpuUsage(t0);
    writeFileSync(join(out, `${job.name}.json`), `${beads.map((b) => JSON.stringify(b)).join('\n')}\n`);
    process.stdout.write(`${job.name}: ${beads.length} beads, ${beads.filter((b) => b.verdict).length} verdicts, ${Math.round((cpu.user + cpu.system) / 1000)} ms CPU\n`);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
