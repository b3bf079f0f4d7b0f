/**
 * QA speed: every check (glossary included, with the shipped term base) over a 5,000-sentence
 * trilingual project, built from the strategic-stability sample and its two drafts, aligned once and
 * repeated with fresh ids (noise paragraphs of the raw source included, not counted). Target: well under 1 s for the batch run; the live per-bead check must
 * fit in a keystroke.
 */
import { join } from 'node:path';
import { createTermMatcher } from '../core/glossary';
import type { Doc } from '../core/model';
import { checkBead, createQaContext, runChecks } from '../core/qa';
import { loadGlossaryFiles } from '../services/glossary-files';
import { repeatProject, sampleProject } from './repeat-project';

export const title = 'QA: all checks over a 5,000-sentence trilingual project';

const root = join(__dirname, '..');
const SOURCE_SENTENCES = 5_000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1] ?? 0;
}

export default async function run(): Promise<string[]> {
  const base = sampleProject();
  const project = repeatProject(base, SOURCE_SENTENCES);
  const count = (doc: Doc | undefined) => doc?.paragraphs.reduce((n, p) => n + (p.excluded ? 0 : p.sentences.length), 0) ?? 0;
  const chars = [project.source, project.targets.en, project.targets.ru].reduce((n, d) => n + (d?.paragraphs.reduce((m, p) => m + p.sentences.reduce((k, s) => k + s.text.length, 0), 0) ?? 0), 0);
  const { termBase } = await loadGlossaryFiles([join(root, 'glossary')]);
  const matcher = createTermMatcher(termBase);

  runChecks(project, { matcher }); // warm-up: JIT, stem caches
  const times: number[] = [];
  const cpu: number[] = [];
  let findings = 0;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    findings = runChecks(project, { matcher }).length;
    times.push(performance.now() - start);
    cpu.push(process.cpuUsage(startCpu).user / 1000);
  }

  const ctx = createQaContext(project, { matcher });
  const beads = project.alignments.en?.beads.length ?? 0;
  const live: number[] = [];
  for (let i = 0; i < 1_000; i++) {
    const index = (i * 7919) % beads;
    const start = performance.now();
    checkBead(project, 'en', index, ctx, { matcher });
    live.push(performance.now() - start);
  }
  return [
    `project: ${count(project.source)} zh + ${count(project.targets.en)} en + ${count(project.targets.ru)} ru sentences, ${(chars / 1e6).toFixed(2)} M characters; term base ${termBase.concepts.length} concepts`,
    `runChecks (all checks, ${findings} findings): median ${median(times).toFixed(0)} ms wall, ${median(cpu).toFixed(0)} ms CPU; best ${Math.min(...times).toFixed(0)} ms over ${times.length} runs`,
    `checkBead (live, one bead, context prebuilt): median ${median(live).toFixed(2)} ms, max ${Math.max(...live).toFixed(2)} ms over ${live.length} beads`,
  ];
}
