import { applyDrafts } from '../../../core/draft/apply-drafts';
import type { DraftResult } from '../../../core/draft/apply-drafts';
import { allSentences } from '../../../core/model/doc';
import type { Response } from '../../../core/contract';
import type { Project, TargetLang } from '../../../core/model';
import { api } from '../api';

/** What the DeepL action needs from the app: the project now, the target, an undoable edit, feedback. */
export interface DeepLDraftContext {
  project(): Project | null;
  target: TargetLang | undefined;
  edit(label: string, change: (p: Project) => Project): unknown;
  toast(text: string, kind?: 'info' | 'error'): void;
  setBusy(text: string | null): void;
}

let running = false;

/**
 * "DeepL draft": estimate, confirm the cost, draft in main (the key never reaches this page), then
 * apply the drafts as one undoable edit onto the project as it is NOW — the translator may have
 * kept typing; drafts are re-keyed by source sentence, and beads that gained text are left alone.
 * Invoked again while a draft runs, it cancels it (what arrived is kept).
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
    const question = `Draft ${estimate.segments} untranslated segment(s) into ${estimate.code} with DeepL?\n${estimate.characters.toLocaleString()} characters will be billed (${estimate.requests} request(s)).${accountLine(status)}`;
    if (!window.confirm(question)) return;
    const label = (done: number, total: number) => `Drafting with DeepL: ${done}/${total} (click "DeepL draft" again to cancel)`;
    ctx.setBusy(label(0, estimate.segments));
    stopPolling = pollDeepLProgress(ctx, label);
    const result = await api()['deepl:draft']({ project: p, target: t });
    const drafts = draftsOf(result.project, t, result.applied);
    let kept = 0;
    if (drafts.length > 0) {
      ctx.edit('DeepL draft', (q) => {
        const applied = applyDrafts(q, t, drafts);
        kept = applied.applied.length;
        return applied.project;
      });
    }
    const summary = `${kept} of ${estimate.segments} segment(s) drafted with DeepL (status mt)${result.glossary ? `, glossary ${result.glossary.name}` : ''}`;
    if (result.error) ctx.toast(`${result.error.message} — ${summary}`, result.error.kind === 'cancelled' ? 'info' : 'error');
    else ctx.toast(summary);
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
 * in the busy bar, polled every half second; returns the function that stops polling.
 */
export function pollDeepLProgress(ctx: Pick<DeepLDraftContext, 'setBusy'>, label: (done: number, total: number) => string): () => void {
  let stopped = false;
  const timer = setInterval(() => {
    void api()['deepl:progress']({}).then(
      (pr) => !stopped && pr.running && pr.segments > 0 && ctx.setBusy(label(pr.segmentsDone, pr.segments)),
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

/** The account's usage for a cost confirmation, or why it is unknown. */
export function accountLine(status: DeepLStatus): string {
  if (status.usage) return `\nDeepL account: ${status.usage.count.toLocaleString()} of ${status.usage.limit.toLocaleString()} characters used this period.`;
  return status.problem ? `\n${status.problem.message}` : '';
}

/** The drafts main made, keyed by their beads' source ids so they can be applied to a newer project. */
function draftsOf(project: Project, target: TargetLang, applied: readonly string[]): DraftResult[] {
  const doc = project.targets[target];
  const alignment = project.alignments[target];
  if (!doc || !alignment) return [];
  const text = new Map(allSentences(doc).map((s) => [s.id, s.text]));
  const wanted = new Set(applied);
  return alignment.beads.filter((b) => b.tgt.some((id) => wanted.has(id))).map((b) => ({ srcIds: b.src, text: b.tgt.map((id) => text.get(id) ?? '').join(' ') }));
}

/**
 * Ask for the DeepL key once, in a password field (never shown back). It goes straight to main,
 * which checks it with DeepL and stores it encrypted; this page keeps no copy.
 */
function askForKey(prompt: string): Promise<string | null> {
  return new Promise((resolve) => {
    const backdrop = document.createElement('div');
    backdrop.className = 'modal-backdrop';
    const form = document.createElement('form');
    form.className = 'modal prompt';
    const label = document.createElement('label');
    label.textContent = `${prompt}; stored encrypted by the system, never shown again`;
    const input = document.createElement('input');
    input.type = 'password';
    input.autocomplete = 'off';
    input.spellcheck = false;
    input.dataset.testid = 'deepl-key-input';
    label.append(input);
    form.append(label);
    backdrop.append(form);
    const done = (value: string | null) => {
      backdrop.remove();
      resolve(value?.trim() ? value.trim() : null);
    };
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      done(input.value);
    });
    input.addEventListener('keydown', (e) => e.key === 'Escape' && done(null));
    backdrop.addEventListener('mousedown', (e) => e.target === backdrop && done(null));
    document.body.append(backdrop);
    input.focus();
  });
}
