/**
 * The stages of New project, with weights for a determinate progress bar (issue 10). Each stage is
 * one request to main, so Cancel stops the work at the next stage boundary: nothing further is
 * asked of main, and what was computed is dropped.
 *
 * Weights from CPU time measured on the samples (joint statement, 10 k Chinese / 14 k English and
 * Russian characters): reading and segmenting a text costs 2–15 ms, aligning one draft 120–530 ms
 * (the first alignment of a language also loads its lexicon), and judging whether the draft
 * translates the source at all (evidence-share, done with the alignment) ~1/10 of that. Per 1,000
 * characters, aligning and judging weigh about 20 times what segmenting does.
 */
import type { Lang, TargetLang } from '../model/types';
import { TARGET_LANGS } from '../model/types';

export type NewProjectStage =
  | { kind: 'segment'; lang: Lang; weight: number }
  | { kind: 'align'; lang: TargetLang; weight: number };

const LANG_NAME: Record<Lang, string> = { zh: 'the Chinese source', en: 'the English draft', ru: 'the Russian draft' };

/** Weight units per 1,000 characters. */
const SEGMENT_PER_K = 1;
const ALIGN_PER_K = 20;
/** Fixed cost per alignment (setting up the search, the lexicon's first use). */
const ALIGN_FIXED = 20;

/** The stages for these texts' lengths (characters), in the order they run. */
export function planNewProject(lengths: { zh: number } & Partial<Record<TargetLang, number>>): NewProjectStage[] {
  const k = (n: number) => Math.max(1, n / 1000);
  const targets = TARGET_LANGS.filter((t) => lengths[t] !== undefined);
  const stages: NewProjectStage[] = [{ kind: 'segment', lang: 'zh', weight: SEGMENT_PER_K * k(lengths.zh) }];
  for (const t of targets) stages.push({ kind: 'segment', lang: t, weight: SEGMENT_PER_K * k(lengths[t]!) });
  for (const t of targets) stages.push({ kind: 'align', lang: t, weight: ALIGN_FIXED + ALIGN_PER_K * k(Math.max(lengths.zh, lengths[t]!)) });
  return stages;
}

/** Percent done (0–100, whole numbers) when the first `done` stages have finished. */
export function percentDone(stages: NewProjectStage[], done: number): number {
  let total = 0;
  let finished = 0;
  stages.forEach((s, i) => {
    total += s.weight;
    if (i < done) finished += s.weight;
  });
  return total === 0 ? 100 : Math.round((100 * finished) / total);
}

/** What a stage is doing, for the busy line (short: it shares the alignment bar at 1024 px): "Aligning the English draft". */
export function describeStage(stage: NewProjectStage): string {
  if (stage.kind === 'segment') return `Reading and segmenting ${LANG_NAME[stage.lang]}`;
  return `Aligning ${LANG_NAME[stage.lang]}`;
}
