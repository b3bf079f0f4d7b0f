/**
 * The stages of New project, with weights for a determinate progress bar (issue 10). Each stage
 * before QA is one request to main, so Cancel stops the work at a stage boundary (an alignment in
 * flight at its next step): nothing further is asked of main, and what was computed is dropped.
 *
 * Weights from CPU time measured on the samples (joint statement, 10 k Chinese / 14 k English and
 * Russian characters): reading and segmenting a text costs 2–15 ms, aligning one draft 120–530 ms
 * (the first alignment of a language also loads its lexicon), and judging whether the draft
 * translates the source at all (evidence-share, done with the alignment) ~1/10 of that. Per 1,000
 * characters, aligning and judging weigh about 20 times what segmenting does. The project's QA
 * runs last, once it is open, so the bar reaches 100 % when the findings are on screen.
 */
import type { Lang, TargetLang } from '../model/types';
import { TARGET_LANGS } from '../model/types';

export type NewProjectStage =
  | { kind: 'segment'; lang: Lang; weight: number }
  | { kind: 'align'; lang: TargetLang; weight: number }
  /** The whole-project QA of the new project (in the page's worker, after it opens): the last stage. */
  | { kind: 'check'; weight: number };

const LANG_NAME: Record<Lang, string> = { zh: 'the Chinese source', en: 'the English draft', ru: 'the Russian draft' };

/** Weight units per 1,000 characters. */
const SEGMENT_PER_K = 1;
const ALIGN_PER_K = 20;
/** Fixed cost per alignment (setting up the search, the lexicon's first use). */
const ALIGN_FIXED = 20;
/**
 * QA over all the texts: the checks took 30–55 ms CPU for the joint statement's 38 k characters
 * (≈ 1 unit per 1,000), spelling in the worker about as much again; plus the worker round trip.
 */
const CHECK_PER_K = 2;
const CHECK_FIXED = 10;

/** The stages for these texts' lengths (characters), in the order they run. */
export function planNewProject(lengths: { zh: number } & Partial<Record<TargetLang, number>>): NewProjectStage[] {
  const k = (n: number) => Math.max(1, n / 1000);
  const targets = TARGET_LANGS.filter((t) => lengths[t] !== undefined);
  const stages: NewProjectStage[] = [{ kind: 'segment', lang: 'zh', weight: SEGMENT_PER_K * k(lengths.zh) }];
  for (const t of targets) stages.push({ kind: 'segment', lang: t, weight: SEGMENT_PER_K * k(lengths[t]!) });
  for (const t of targets) stages.push({ kind: 'align', lang: t, weight: ALIGN_FIXED + ALIGN_PER_K * k(Math.max(lengths.zh, lengths[t]!)) });
  let all = lengths.zh;
  for (const t of targets) all += lengths[t]!;
  stages.push({ kind: 'check', weight: CHECK_FIXED + CHECK_PER_K * k(all) });
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

/**
 * The drafts still aligning, for the busy line while they align side by side (one worker each):
 * "Aligning the English and Russian drafts", then "Aligning the Russian draft" when one is left.
 */
export function describeAligning(langs: readonly TargetLang[]): string {
  if (langs.length === 1) return describeStage({ kind: 'align', lang: langs[0]!, weight: 0 });
  const names = langs.map((l) => LANG_NAME[l].replace(/^the | draft$/g, ''));
  return `Aligning the ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]} drafts`;
}

/** What a stage is doing, for the busy line (short: it shares the alignment bar at 1024 px): "Aligning the English draft". */
export function describeStage(stage: NewProjectStage): string {
  if (stage.kind === 'segment') return `Reading and segmenting ${LANG_NAME[stage.lang]}`;
  if (stage.kind === 'check') return 'Checking the new project (QA)';
  return `Aligning ${LANG_NAME[stage.lang]}`;
}
