/**
 * names.spelling alone on bench/qa-plant.py's sets, in seconds rather than the half hour of
 * bench/qa-planted.sh (which runs every check through the CLI): each line of src.txt and clean.txt /
 * tgt.txt is one bead, as `check --presegmented` makes it. Prints per set the `name` kind's
 * caught/planted, and every finding on the clean documents and on unplanted lines (all should be
 * true misspellings of the translation itself). Bench only.
 *
 *   python3 bench/qa-plant.py DIR 2026 flores=... && node --import tsx bench/names-planted.ts DIR
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SETTINGS, PROJECT_SCHEMA_VERSION } from '../core/model';
import type { Bead, Project, TargetLang } from '../core/model';
import { CHECK_IDS, loadHanReadings, runChecks } from '../core/qa';
import type { Finding, HanReadings } from '../core/qa';
import type { Speller } from '../core/spelling/speller';
import { loadSpeller } from '../services/spelling/speller';

const lines = (path: string): string[] => readFileSync(path, 'utf8').replace(/\n$/u, '').split('\n');

/** One bead per line, as `check --presegmented` aligns a line-aligned pair. */
function lineProject(src: string[], tgt: string[], lang: TargetLang): Project {
  const sentences = (texts: string[], side: string) => texts.map((text, i) => ({ id: `${side}-s${i}`, sentences: [{ id: `${side}-s${i}`, text, status: 'draft' as const }] }));
  const beads: Bead[] = src.map((_, i) => ({ src: [`zh-s${i}`], tgt: i < tgt.length ? [`${lang}-s${i}`] : [], status: "auto" }) as unknown as Bead);
  return {
    version: PROJECT_SCHEMA_VERSION,
    name: 'bench',
    source: { lang: 'zh', paragraphs: sentences(src, 'zh'), flags: [] },
    targets: { [lang]: { lang, paragraphs: sentences(tgt, lang), flags: [] } },
    alignments: { [lang]: { beads } },
    glossaryPaths: [],
    settings: { ...DEFAULT_SETTINGS, disabledChecks: [] },
  } as Project;
}

const OTHERS = CHECK_IDS.filter((id) => id !== 'names.spelling');
const lineOf = (f: Finding): number => Number((f.target?.range?.sentence ?? '').replace(/^.*-s/u, ''));

let speller: Speller | undefined;
function names(src: string[], tgt: string[], lang: TargetLang, readings: HanReadings): Finding[] {
  return runChecks(lineProject(src, tgt, lang), { readings, disabled: OTHERS, ...(speller ? { speller } : {}) });
}

async function main(): Promise<void> {
  const root = process.argv[2]!;
  const readings = await loadHanReadings();
  // As `check` on plain files: either English variant; --no-speller to see the check without one.
  if (!process.argv.includes('--no-speller')) speller = await loadSpeller({ langs: ['en', 'ru'], english: 'both', skipAllCaps: true });
  for (const set of readdirSync(root).sort()) {
    const lang = set.slice(-2) as TargetLang;
    let planted = 0;
    let caught = 0;
    const report: string[] = [];
    for (const doc of readdirSync(join(root, set)).sort()) {
      const d = join(root, set, doc);
      const src = lines(join(d, 'src.txt'));
      const plants = new Map(lines(join(d, 'planted.tsv')).filter(Boolean).map((row) => row.split('\t') as [string, string, string]).map(([i, kind, what]) => [Number(i), { kind, what }]));
      const clean = lines(join(d, 'clean.txt'));
      for (const f of names(src, clean, lang, readings)) report.push(`  clean ${doc}:${lineOf(f)} ${f.message}\n      zh ${src[lineOf(f)]}\n      ${lang} ${clean[lineOf(f)]}`);
      const tgt = lines(join(d, 'tgt.txt'));
      const found = names(src, tgt, lang, readings);
      for (const [i, p] of plants) {
        if (p.kind !== 'name') continue;
        planted++;
        if (found.some((f) => lineOf(f) === i)) caught++;
        else report.push(`  missed ${doc}:${i} ${p.what}`);
      }
      for (const f of found) if (!plants.has(lineOf(f))) report.push(`  false ${doc}:${lineOf(f)} ${f.message}`);
    }
    console.log(`${set}: name ${caught}/${planted}`);
    if (process.argv.includes('--all')) console.log(report.join('\n'));
    else console.log(report.filter((r) => !r.startsWith('  missed')).join('\n'));
  }
}

void main();
