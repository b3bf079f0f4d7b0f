/**
 * Glossary QA on planted defects (bench/glossary-planted.ts): forbidden variants and missing terms
 * planted into correct renderings must be flagged; the same renderings in another case, number or
 * the possessive must not be. Samples with the shipped glossary, plus FLORES / WMT22 lines from
 * ../shared where present. `GLOSSARY_PLANTED_SEED=7` for another draw, `GLOSSARY_PLANTED_SHOW=1`
 * to print every miss and false alarm.
 */
import { KINDS, runPlanted } from './glossary-planted';
import type { Plant } from './glossary-planted';

export const title = 'Glossary QA: planted term defects caught, correct inflections left alone';

export default async function run(): Promise<string[]> {
  const seed = Number(process.env.GLOSSARY_PLANTED_SEED ?? 2026);
  const { plants, sets } = await runPlanted(seed);
  const lines = [`seed ${seed}; forbidden and missing: caught / planted; inflected: left alone / planted (the rest are false alarms)`, ''];
  lines.push(`| set | target sentences | ${KINDS.join(' | ')} | glossary findings on the unplanted drafts (per 100 sentences) |`);
  lines.push(`|---|---|${KINDS.map(() => '---').join('|')}|---|`);
  const cell = (ps: Plant[]) => `${ps.filter((p) => p.ok).length} / ${ps.length}`;
  for (const s of sets) {
    const mine = plants.filter((p) => p.set === s.set);
    lines.push(`| ${s.set} | ${s.sentences} | ${KINDS.map((k) => cell(mine.filter((p) => p.kind === k))).join(' | ')} | ${s.baseline.length} (${((100 * s.baseline.length) / Math.max(1, s.sentences)).toFixed(1)}) |`);
  }
  const all = (lang: string) => plants.filter((p) => p.lang === lang);
  for (const lang of ['en', 'ru']) lines.push(`| all ${lang} | | ${KINDS.map((k) => cell(all(lang).filter((p) => p.kind === k))).join(' | ')} | |`);
  if (process.env.GLOSSARY_PLANTED_SHOW) {
    lines.push('', 'misses and false alarms:');
    for (const p of plants.filter((x) => !x.ok)) {
      lines.push(`- [${p.set} #${p.bead} ${p.kind} ${p.how}] ${p.zh}`, `    before: ${p.before}`, `    after:  ${p.after}`);
      for (const a of p.added) lines.push(`    finding: ${a}`);
    }
    lines.push('', 'glossary findings on the unplanted drafts:');
    for (const s of sets) for (const b of s.baseline) lines.push(`- [${s.set}] ${b}`);
  }
  return lines;
}
