import { alignDocsInSteps, sourceEvidenceShare, wrongDocumentQuestion } from '../core/align';
import type { Handlers } from '../core/contract';
import type { Doc, Lang, TargetLang } from '../core/model';
import { TARGET_LANGS } from '../core/model';
import type { WrongDocumentQuestion } from '../core/align';
import { projectEngine } from './engine';
import { lexiconOrWarnOnce } from './lexicon';
import { CancellableJobs } from './cancellable-jobs';

/**
 * The stage channels of New project (issue 10): segment one text, align one draft and judge it;
 * and the same judgement for a project that was opened.
 * The renderer shows progress between them; Cancel stops an alignment in flight at its next step.
 */
export function createNewProjectStageHandlers(
  // The app passes its parse worker's segmentation (off the UI's thread); default: on this thread.
  segment: (raw: string, lang: Lang, label: string) => Promise<Doc> = async (raw, lang) => projectEngine.importText(raw, lang),
): Pick<Handlers, 'project:segment' | 'align:docs' | 'align:cancel' | 'align:judge'> {
  // Aligning is the long stage: with a job name it runs step by step and Cancel stops it between steps.
  const jobs = new CancellableJobs();
  return {
    'project:segment': async ({ lang, source }) => ({ doc: await segment(source.text, lang, `the ${lang} text`) }),
    'align:docs': async ({ source, target, job }) => {
      if (source.lang !== 'zh') throw new Error(`The source must be Chinese (zh), got ${source.lang}`);
      if (target.lang === 'zh') throw new Error('The draft to align must be English or Russian');
      const lang = target.lang as TargetLang;
      const lexicon = lexiconOrWarnOnce(lang);
      const alignment = job ? await jobs.run(job, alignDocsInSteps(source, target, lexicon ? { lexicon } : {})) : projectEngine.alignDocs(source, target);
      const question = wrongDocumentQuestion(sourceEvidenceShare(source, target, alignment, lexicon), lang);
      return { alignment, wrongDocument: question ?? null };
    },
    'align:cancel': async ({ job }) => ({ running: jobs.cancel(job) }),
    // An opened project is judged as New project judges its drafts (issue 10): a saved or imported
    // file whose draft is another document says so when it opens.
    'align:judge': async ({ project }) => {
      const questions: WrongDocumentQuestion[] = [];
      for (const lang of TARGET_LANGS) {
        const doc = project.targets[lang];
        const alignment = project.alignments[lang];
        if (!doc || !alignment) continue;
        const question = wrongDocumentQuestion(sourceEvidenceShare(project.source, doc, alignment, lexiconOrWarnOnce(lang)), lang);
        if (question) questions.push(question);
      }
      return { questions };
    },
  };
}
