import { sourceEvidenceShare, wrongDocumentQuestion } from '../core/align';
import type { Handlers } from '../core/contract';
import type { Doc, Lang, TargetLang } from '../core/model';
import { projectEngine } from './engine';
import { lexiconOrWarnOnce } from './lexicon';

/**
 * The stage channels of New project (issue 10): segment one text, align one draft and judge it.
 * Each is short, so the renderer shows progress between them and Cancel stops at the next one.
 */
export function createNewProjectStageHandlers(
  // The app passes its parse worker's segmentation (off the UI's thread); default: on this thread.
  segment: (raw: string, lang: Lang, label: string) => Promise<Doc> = async (raw, lang) => projectEngine.importText(raw, lang),
): Pick<Handlers, 'project:segment' | 'align:docs'> {
  return {
    'project:segment': async ({ lang, source }) => ({ doc: await segment(source.text, lang, `the ${lang} text`) }),
    'align:docs': async ({ source, target }) => {
      if (source.lang !== 'zh') throw new Error(`The source must be Chinese (zh), got ${source.lang}`);
      if (target.lang === 'zh') throw new Error('The draft to align must be English or Russian');
      const lang = target.lang as TargetLang;
      const alignment = projectEngine.alignDocs(source, target);
      const lexicon = lexiconOrWarnOnce(lang);
      const question = wrongDocumentQuestion(sourceEvidenceShare(source, target, alignment, lexicon), lang);
      return { alignment, wrongDocument: question ?? null };
    },
  };
}
