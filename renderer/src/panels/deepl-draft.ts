import type { Response } from '../../../core/contract';
import type { Project, TargetLang } from '../../../core/model';
import { api } from '../api';
import { createDraftIntake } from './draft-intake';
import type { DraftIntake } from './draft-intake';
import { askConfirm } from './confirm';
import { askForKey } from './key-prompt';
import { formatCount } from '../util/counted';

/** What the DeepL action needs from the app: the project now, the target, an undoable edit, feedback. */
export interface DeepLDraftContext {
  project(): Project | null;
  /** Changes when another project is opened (a run must not write into it). */
  generation(): number;
  target: TargetLang | undefined;
  /** An undoable edit; edits with the same `coalesceKey` in a row are one step (within `coalesceMs`). */
  edit(label: string, change: (p: Project) => Project, coalesceKey?: string, coalesceMs?: number): unknown;
  /** A change that is no undo step and no unsaved work (Session.refresh): scores the aligner computed anew. */
  refresh(change: (p: Project) => Project): Project;
  toast(text: string, kind?: 'info' | 'warning' | 'error'): void;
  setBusy(text: string | null): void;
}

let running = false;
let runs = 0;

/**
 * "DeepL draft": estimate, confirm the cost, draft in main (the key never reaches this page). The
 * drafts come back batch by batch with the progress polls and go straight into the project as it
 * is NOW (so autosave and crash recovery cover what was paid for while the run goes on): keyed by
 * source sentence, never over text typed meanwhile. The batches of one run are one undo step
 * ("DeepL draft"); an edit of the translator's in between starts a new one for the batches after
 * it. Invoked again while a draft runs, it cancels it (what arrived is kept).
 */
export async function draftWithDeepL(ctx: DeepLDraftContext): Promise<void> {
  if (running) {
    await api()['deepl:cancel']({});
    ctx.toast('Cancelling the DeepL draft after the request in flight…');
    return;
  }
  const p = ctx.project();
  const t = ctx.target;
  if (!p || !t) return ctx.toast('Nothing to draft: open a project with an English or Russian side');
  running = true;
  let stopPolling: (() => void) | undefined;
  try {
    if (await otherDeepLJobRuns(ctx)) return;
    const status = await readyDeepLStatus(ctx);
    if (!status) return;
    const estimate = await api()['deepl:estimate']({ project: p, target: t });
    if (estimate.segments === 0) return ctx.toast(`Nothing to draft: every zh→${t} sentence has a translation`);
    const cost = `${formatCount(estimate.characters)} characters will be billed (${estimate.requests} request(s)).${accountLine(status, estimate.characters, 'draft')}`;
    const go = await askConfirm({ title: `Draft ${estimate.segments} untranslated segment(s) into ${estimate.code} with DeepL?`, lines: cost.split('\n'), confirm: 'Draft with DeepL', testId: 'deepl-draft-confirm' });
    if (!go) return;
    const label = (done: number, total: number) => `Drafting with DeepL: ${done}/${total} (click "DeepL draft" again to cancel)`;
    ctx.setBusy(label(0, estimate.segments));
    const generation = ctx.generation();
    const key = `deepl-draft:${++runs}`;
    const intake = createDraftIntake(t, {
      project: ctx.project,
      sameProject: () => ctx.generation() === generation,
      // One undo step for the run (no time limit), until the translator records another edit.
      edit: (change) => ctx.edit('DeepL draft', change, key, Infinity),
    });
    stopPolling = pollDeepLProgress(ctx, label, intake);
    const result = await api()['deepl:draft']({ project: p, target: t });
    stopPolling();
    // The batches no poll picked up (the last one, usually).
    intake.take(0, result.drafts);
    const byHand = intake.skipped.length > 0 ? `; ${intake.skipped.length} left alone (translated by hand or re-aligned meanwhile)` : '';
    const lost = ctx.generation() !== generation && result.drafts.length > 0 ? '; another project was opened meanwhile, so none went into it' : '';
    const summary = `${intake.kept} of ${estimate.segments} segment(s) drafted with DeepL (status mt)${byHand}${lost}${result.glossary ? `, glossary ${result.glossary.name}` : ''}`;
    if (result.error) ctx.toast(`${result.error.message} — ${summary}`, result.error.kind === 'cancelled' ? 'info' : 'error');
    else ctx.toast(summary);
    const notes = glossaryNotes(result.glossary);
    if (notes) ctx.toast(notes, 'warning');
  } catch (err) {
    ctx.toast(`DeepL draft failed: ${(err as Error).message}`, 'error');
  } finally {
    stopPolling?.();
    running = false;
    ctx.setBusy(null);
  }
}

type DeepLStatus = Response<'deepl:status'>;

/**
 * Main runs one DeepL job at a time (a draft or an MT re-alignment): say so before asking about
 * costs, rather than have main refuse after the confirmation.
 */
export async function otherDeepLJobRuns(ctx: Pick<DeepLDraftContext, 'toast'>): Promise<boolean> {
  if (!(await api()['deepl:progress']({})).running) return false;
  ctx.toast('Another DeepL job (a draft or a re-alignment with DeepL MT) is running: wait for it, or cancel it by invoking it again', 'error');
  return true;
}

/**
 * Show the running DeepL job's progress (a draft or an MT re-alignment: main runs one at a time)
 * in the busy bar, polled every half second, and hand a draft's newly arrived drafts to `intake`;
 * returns the function that stops polling.
 */
export function pollDeepLProgress(ctx: Pick<DeepLDraftContext, 'setBusy'>, label: (done: number, total: number) => string, intake?: DraftIntake): () => void {
  let stopped = false;
  const timer = setInterval(() => {
    const from = intake?.taken;
    void api()['deepl:progress'](from === undefined ? {} : { draftsFrom: from }).then(
      (pr) => {
        if (stopped) return;
        if (from !== undefined) intake!.take(from, pr.drafts);
        if (pr.running && pr.segments > 0) ctx.setBusy(label(pr.segmentsDone, pr.segments));
      },
      () => undefined,
    );
  }, 500);
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}

/**
 * The DeepL status with the account's usage, once a usable key is configured: asks for the key
 * when there is none or DeepL refuses the stored one (desktop). Null, after telling the user why,
 * when DeepL cannot be used now (no key, offline, key refused).
 */
export async function readyDeepLStatus(ctx: Pick<DeepLDraftContext, 'toast'>): Promise<DeepLStatus | null> {
  let status = await api()['deepl:status']({ checkUsage: true });
  // No key yet, or a stored key DeepL now refuses (revoked, expired): ask for one.
  const refused = status.problem?.kind === 'auth' && status.source === 'stored';
  if (!status.configured || refused) {
    if (!status.canStore) {
      ctx.toast('No DeepL key is configured: start Duizhao with DEEPL_AUTH_KEY set (see docs/deepl.md)', 'error');
      return null;
    }
    const key = await askForKey(refused ? 'DeepL refused the stored key. Enter a new DeepL API key' : 'DeepL API key (free keys end in ":fx")');
    if (!key) return null;
    await api()['deepl:setKey']({ key });
    status = await api()['deepl:status']({ checkUsage: true });
  }
  // Offline or a refused key: say so now rather than after the confirmation.
  if (status.problem && (status.problem.kind === 'network' || status.problem.kind === 'auth')) {
    ctx.toast(status.problem.message, 'error');
    return null;
  }
  return status;
}

/**
 * The account's usage for a cost confirmation, or why it is unknown; a warning when fewer
 * characters are left this period than the job needs (as the CLI warns).
 */
export function accountLine(status: DeepLStatus, needed: number, job: 'draft' | 'mt'): string {
  if (!status.usage) return status.problem ? `\n${status.problem.message}` : '';
  const { count, limit } = status.usage;
  const line = `\nDeepL account: ${formatCount(count)} of ${formatCount(limit)} characters used this period.`;
  const left = Math.max(0, limit - count);
  if (left >= needed) return line;
  const kept = job === 'draft' ? 'the drafts made until then are kept' : 'the translations that arrived stay in the MT cache and the alignment is left as it is';
  return `${line}\nWarning: only ${formatCount(left)} characters are left, fewer than the ${formatCount(needed)} needed: DeepL will stop when the quota runs out (${kept}).`;
}

/** Paths as the translator knows them: the file name. */
const fileName = (path: string) => path.split(/[\\/]/).pop() || path;

/**
 * What the glossary sync could not do, for the translator: terms DeepL cannot take (file:line,
 * the term, why; the rest of the term base was sent) and warnings such as an old glossary it could
 * not delete. Null when there is nothing to say.
 */
export function glossaryNotes(glossary: Response<'deepl:draft'>['glossary']): string | null {
  if (!glossary) return null;
  const parts: string[] = [];
  const { rejected } = glossary;
  if (rejected.length > 0) {
    const term = (t: string) => (Array.from(t).length > 40 ? `${Array.from(t).slice(0, 40).join('')}…` : t);
    const shown = rejected.slice(0, 3).map((r) => `${fileName(r.file)}:${r.line} "${term(r.term)}" (zh→${r.target}: ${r.reason})`);
    const more = rejected.length > shown.length ? `; and ${rejected.length - shown.length} more` : '';
    parts.push(`${rejected.length} glossary term(s) not sent to DeepL: ${shown.join('; ')}${more}.`);
  }
  parts.push(...glossary.warnings);
  return parts.length > 0 ? parts.join('\n') : null;
}
