import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Bead, Project } from '../../core/model';
import { createSampleProject, PROJECT_EXTENSION, serializeProject } from '../../core/project';
import { buildRows } from '../../core/project/edit';
import { projectEngine } from '../../services/engine';
import { ROOT } from './harness';

/**
 * The strategic-stability sample with two of its automatic English beads joined into one (score
 * 0.4), as an older aligner might have left them: re-aligning splits them again, so Re-align has
 * something to change. A workspace file for web mode, and the 0-based grid row of the joined bead.
 */
export function misalignedSample(name = 'misaligned'): { files: Record<string, string>; fileName: string; name: string; row: number; rows: number } {
  const text = (lang: string) => readFileSync(join(ROOT, 'samples', `strategic-stability-2025-05-08.${lang}.txt`), 'utf8');
  const sample = createSampleProject({ name, zh: text('zh'), en: text('en'), ru: text('ru') }, projectEngine);
  const beads = sample.alignments.en!.beads;
  const k = beads.findIndex((b, i) => i > 5 && b.src.length === 1 && b.tgt.length === 1 && beads[i + 1]?.src.length === 1 && beads[i + 1]?.tgt.length === 1);
  const joined: Bead = { src: [...beads[k]!.src, ...beads[k + 1]!.src], tgt: [...beads[k]!.tgt, ...beads[k + 1]!.tgt], score: 0.4, origin: 'auto' };
  const project: Project = { ...sample, alignments: { ...sample.alignments, en: { ...sample.alignments.en!, beads: [...beads.slice(0, k), joined, ...beads.slice(k + 2)] } } };
  const rows = buildRows(project);
  const fileName = `${name}${PROJECT_EXTENSION}`;
  return { files: { [fileName]: serializeProject(project) }, fileName, name, row: rows.findIndex((r) => r.targets.en!.beads.includes(k)), rows: rows.length };
}

/**
 * The strategic-stability sample with the beads the aligner finds, but every English bead at
 * confidence 0.3 and without its verdict, as a file saved before the text or the glossary changed
 * might hold them: re-aligning finds the same beads and should show their fresh confidence. Also
 * the grid's rows as the fresh sample draws them (for the figures the gutter should then show).
 */
export function staleScoresSample(name = 'stale-scores'): { files: Record<string, string>; name: string; freshRowScores: number[] } {
  const text = (lang: string) => readFileSync(join(ROOT, 'samples', `strategic-stability-2025-05-08.${lang}.txt`), 'utf8');
  const sample = createSampleProject({ name, zh: text('zh'), en: text('en'), ru: text('ru') }, projectEngine);
  const stale: Bead[] = sample.alignments.en!.beads.map(({ src, tgt, origin }) => ({ src, tgt, origin, score: 0.3 }));
  const project: Project = { ...sample, alignments: { ...sample.alignments, en: { ...sample.alignments.en!, beads: stale } } };
  const freshRowScores = buildRows(sample).map((r) => Math.min(...Object.values(r.targets).map((c) => c!.score)));
  return { files: { [`${name}${PROJECT_EXTENSION}`]: serializeProject(project) }, name, freshRowScores };
}
