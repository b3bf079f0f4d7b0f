import { useCallback, useRef, useState } from 'react';
import type { Alignment, Doc, Project, TargetLang } from '../../../core/model';
import { TARGET_LANGS } from '../../../core/model';
import { createProject } from '../../../core/project/create';
import { describeAligning, describeStage, percentDone, planNewProject } from '../../../core/project/new-project-stages';
import type { WrongDocumentQuestion } from '../../../core/align/evidence-share';
import { api } from '../api';
import type { NewProjectInput } from '../panels/new-project';

/** Where New project is: the stage's words and the share of the work done. */
export interface NewProjectProgress {
  label: string;
  percent: number;
}

export type WrongDocumentChoice = 'continue' | 'choose';

/** A QA run that never answers (a failed worker) must not hold the bar on screen for ever. */
const QA_STAGE_LIMIT_MS = 20_000;

export interface NewProjectRun {
  /** While a new project is being built (null otherwise). */
  progress: NewProjectProgress | null;
  create(input: NewProjectInput): Promise<void>;
  /** Stop building: the alignments in main stop at once (their workers are terminated), no further stage runs, the open project stays as it was (null when idle). */
  cancel: (() => void) | null;
  /** "The English draft matches only 12 % of the source — wrong file?" on screen, or null. */
  question: WrongDocumentQuestion[] | null;
  answer(choice: WrongDocumentChoice): void;
  /** The input to show again after "Choose another" (the New project dialog keeps what was entered). */
  retry: NewProjectInput | null;
  clearRetry(): void;
}

/**
 * New project, stage by stage through main (segment each text, align each draft and judge it,
 * then the opened project's QA in the page's worker),
 * with determinate progress and a Cancel that stops main's alignments at once. A draft that is probably
 * another document is asked about before the project replaces the open one.
 */
export function useNewProject(
  open: (project: Project) => void,
  confirmReplace: (what: string) => Promise<boolean>,
  toastError: (m: string) => void,
  reopenDialog: () => void,
  /** Resolves when the opened project's whole-project QA has run (the bar's last stage). */
  whenChecked: (project: Project) => Promise<void> = async () => {},
): NewProjectRun {
  const [progress, setProgress] = useState<NewProjectProgress | null>(null);
  const [cancel, setCancel] = useState<(() => void) | null>(null);
  const [question, setQuestion] = useState<WrongDocumentQuestion[] | null>(null);
  const [retry, setRetry] = useState<NewProjectInput | null>(null);
  const resolver = useRef<((choice: WrongDocumentChoice) => void) | null>(null);

  const answer = useCallback((choice: WrongDocumentChoice) => {
    const resolve = resolver.current;
    resolver.current = null;
    setQuestion(null);
    resolve?.(choice);
  }, []);

  const create = useCallback(
    async (input: NewProjectInput) => {
      // `jobs` name the alignments in flight in main, so Cancel stops them (their workers) at once.
      const run: { cancelled: boolean; jobs: Set<string> } = { cancelled: false, jobs: new Set() };
      const id = crypto.randomUUID();
      const done = () => {
        setProgress(null);
        setCancel(null);
      };
      setCancel(() => () => {
        run.cancelled = true;
        done();
        for (const job of run.jobs) api()['align:cancel']({ job }).catch(() => {});
      });
      const targets = TARGET_LANGS.filter((t) => input.targets[t] !== undefined);
      const stages = planNewProject({ zh: input.source.text.length, ...Object.fromEntries(targets.map((t) => [t, input.targets[t]!.text.length])) });
      try {
        const docs: Partial<Record<'zh' | TargetLang, Doc>> = {};
        const alignments: Partial<Record<TargetLang, Alignment>> = {};
        const wrong: WrongDocumentQuestion[] = [];
        for (const [i, stage] of stages.entries()) {
          if (run.cancelled) return;
          if (stage.kind !== 'segment') break; // the drafts align together, below
          setProgress({ label: describeStage(stage), percent: percentDone(stages, i) });
          const text = stage.lang === 'zh' ? input.source : input.targets[stage.lang]!;
          docs[stage.lang] = (await api()['project:segment']({ lang: stage.lang, source: text })).doc;
        }
        // Every draft aligns at once (main has a worker per draft); the bar moves as each ends.
        const aligning = stages.flatMap((s) => (s.kind === 'align' ? [s.lang] : []));
        const firstAlign = stages.findIndex((s) => s.kind === 'align');
        const left = new Set(aligning);
        if (run.cancelled) return;
        setProgress({ label: describeAligning(aligning), percent: percentDone(stages, firstAlign) });
        const results = await Promise.all(
          aligning.map(async (lang) => {
            const job = `new-${id}-${lang}`;
            run.jobs.add(job);
            const result = await api()['align:docs']({ source: docs.zh!, target: docs[lang]!, job }).finally(() => run.jobs.delete(job));
            left.delete(lang);
            if (!run.cancelled && left.size > 0) setProgress({ label: describeAligning(aligning.filter((l) => left.has(l))), percent: percentDone(stages, firstAlign + aligning.length - left.size) });
            return result;
          }),
        );
        aligning.forEach((lang, i) => {
          alignments[lang] = results[i]!.alignment;
          if (results[i]!.wrongDocument) wrong.push(results[i]!.wrongDocument!);
        });
        if (run.cancelled) return;
        const project = createProject({ name: input.name, source: docs.zh!, targets: Object.fromEntries(targets.map((t) => [t, docs[t]!])) }, (_, target) => alignments[target.lang as TargetLang]!);
        // The questions (wrong file?, Save changes?) are asked with the bar put away; QA brings it back.
        done();
        if (wrong.length > 0) {
          setQuestion(wrong);
          const choice = await new Promise<WrongDocumentChoice>((resolve) => {
            resolver.current = resolve;
          });
          if (choice === 'choose') {
            setRetry(input);
            reopenDialog();
            return;
          }
        }
        if (!(await confirmReplace(`replace it with the new project ${project.name}`))) return;
        // QA is the last stage: the project is open (rows on screen), the bar ends when its findings are.
        const check = stages.length - 1;
        setProgress({ label: describeStage(stages[check]!), percent: percentDone(stages, check) });
        const checked = whenChecked(project);
        open(project);
        await Promise.race([checked, new Promise<void>((resolve) => window.setTimeout(resolve, QA_STAGE_LIMIT_MS))]);
      } catch (err) {
        // One draft failed: the other's alignment is no longer wanted.
        for (const job of run.jobs) api()['align:cancel']({ job }).catch(() => {});
        if (!run.cancelled) toastError(`Could not create the project: ${(err as Error).message}`);
      } finally {
        if (!run.cancelled) done();
      }
    },
    [open, confirmReplace, toastError, reopenDialog, whenChecked],
  );

  const clearRetry = useCallback(() => setRetry(null), []);
  return { progress, create, cancel, question, answer, retry, clearRetry };
}
