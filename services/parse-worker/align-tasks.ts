import { alignDocs, sourceEvidenceShare, wrongDocumentQuestion } from '../../core/align';
import type { WrongDocumentQuestion } from '../../core/align';
import type { Alignment, Doc, Project, TargetLang } from '../../core/model';
import { TARGET_LANGS } from '../../core/model';
import { realignTarget } from '../engine';
import { lexiconOrWarnOnce } from '../lexicon';

/**
 * Aligning in the worker pool (issue 12): New project's drafts, re-aligning a range, judging an
 * opened project. Each worker loads a language's lexicon once, on its first alignment of that
 * language (the pool sends the same language back to the same worker).
 */

/** One draft aligned to the source, and the question New project asks when it is probably another document. */
export function alignAndJudge(source: Doc, target: Doc, judge = true): { alignment: Alignment; wrongDocument: WrongDocumentQuestion | null } {
  if (source.lang !== 'zh') throw new Error(`The source must be Chinese (zh), got ${source.lang}`);
  if (target.lang === 'zh') throw new Error('The draft to align must be English or Russian');
  const lang = target.lang as TargetLang;
  const lexicon = lexiconOrWarnOnce(lang);
  const alignment = alignDocs(source, target, lexicon ? { lexicon } : {});
  if (!judge) return { alignment, wrongDocument: null };
  const question = wrongDocumentQuestion(sourceEvidenceShare(source, target, alignment, lexicon), lang);
  return { alignment, wrongDocument: question ?? null };
}

/** Re-align one target, whole or beads [from, to] (services/engine.ts realignTarget), with the source's MT when there is one. */
export function realignInWorker(project: Project, target: TargetLang, range?: { from: number; to: number }, mt?: string[]): Alignment {
  return realignTarget(project, target, range, mt);
}

/** An opened project judged as New project judges its drafts (issue 10): a question per draft that is probably another document. */
export function judgeProject(project: Project): WrongDocumentQuestion[] {
  const questions: WrongDocumentQuestion[] = [];
  for (const lang of TARGET_LANGS) {
    const doc = project.targets[lang];
    const alignment = project.alignments[lang];
    if (!doc || !alignment) continue;
  const question = wrongDocumentQuestion(sourceEvidenceShare(project.source, doc, alignment, lexiconOrWarnOnce(lang)), lang);
    if (question) questions.push(question);
  }
  return questions;
}
