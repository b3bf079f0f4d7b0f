import type { Handlers } from '../core/contract';
import type { ParseWorker } from './parse-worker/pool';
import { sharedParseWorker } from './parse-worker/pool';

/**
 * The stage channels of New project (issue 10): segment one text, align one draft and judge it;
 * and the same judgement for a project that was opened. Every stage runs in the worker pool
 * (issue 12), so the thread that answers the UI stays free and the en and ru drafts align side by
 * side; Cancel terminates the worker aligning that draft at once.
 */
export function createNewProjectStageHandlers(pool: ParseWorker = sharedParseWorker()): Pick<Handlers, 'project:segment' | 'align:docs' | 'align:cancel' | 'align:judge'> {
  return {
    'project:segment': async ({ lang, source }) => ({ doc: await pool.run({ kind: 'importText', label: `the ${lang} text`, raw: source.text, lang }) }),
    'align:docs': async ({ source, target, job }) => pool.run({ kind: 'alignDocs', source, target }, job ? { job } : {}),
    'align:cancel': async ({ job }) => ({ running: pool.cancel(job) }),
    // An opened project is judged as New project judges its drafts (issue 10): a saved or imported
    // file whose draft is another document says so when it opens.
    'align:judge': async ({ project }) => ({ questions: await pool.run({ kind: 'judge', project }) }),
  };
}
