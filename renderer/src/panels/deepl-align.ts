import type { Project } from '../../../core/model';
import { alignmentChange, describeAlignmentChange } from '../../../core/align/realign-anchored';
import { changedRows, describeChangedRows, sameBeads } from '../../../core/project/row-change';
import { api } from '../api';
import { refreshScores } from '../state/refresh-scores';
import { askConfirm } from './confirm';
import { accountLine, otherDeepLJobRuns, pollDeepLProgress, readyDeepLStatus } from './deepl-draft';
import type { DeepLDraftContext } from './deepl-draft';
import { formatCount } from '../util/counted';

/** The run in progress: `cancelled` once the translator asked to stop (its result is then dropped). */
let running: { cancelled: boolean } | null = null;

/** Whether a re-alignment with DeepL MT runs now (its button stays enabled: clicking it again cancels). */
export function realigningWithDeepL(): boolean {
  return running !== null;
}

/**
 * "Re-align with DeepL MT": DeepL's translation of the source becomes extra evidence for the
 * aligner — worth it where a loose translation defeats length and lexicon cues. Shows what the
 * uncached sentences will cost and asks first; progress shows in the busy bar, and invoking it
 * again cancels after the request in flight (through the draft's deepl:progress / deepl:cancel).
 * The new alignment is one undoable edit, and is dropped if the project changed meanwhile or the
 * run was cancelled. Translations are cached in main as they arrive, so running it again pays
 * only for what is missing.
 */
export async function realignWithDeepL(ctx: DeepLDraftContext): Promise<void> {
  if (running) {
    running.cancelled = true;
    await api()['deepl:cancel']({});
    ctx.toast('Cancelling the re-alignment with DeepL MT after the request in flight…');
    return;
  }
  const p = ctx.project();
  const t = ctx.target;
  if (!p || !t || !p.targets[t]) return ctx.toast('Nothing to align: the project has no English or Russian text');
  const run = { cancelled: false };
  running = run;
  let stopPolling: (() => void) | undefined;
  try {
    if (await otherDeepLJobRuns(ctx)) return;
    const status = await readyDeepLStatus(ctx);
    if (!status) return;
    const estimate = await api()['deepl:estimateAlignWithMt']({ project: p, target: t });
    const toSend = estimate.sentences - estimate.cached;
    if (run.cancelled) return;
    const cost =
      estimate.characters === 0
        ? `All ${estimate.sentences} source sentence(s) are in the MT cache: nothing will be billed.`
        : `${formatCount(toSend)} of ${formatCount(estimate.sentences)} source sentence(s) go to DeepL (${formatCount(estimate.cached)} cached): ${formatCount(estimate.characters)} characters will be billed (${estimate.requests} request(s)).${accountLine(status, estimate.characters, 'mt')}`;
    const go = await askConfirm({
      title: `Re-align zh→${t} with DeepL MT (${estimate.code}) as evidence?`,
      lines: ['Confirmed and hand-edited beads stay fixed; you see what changes before it is applied.', ...cost.split('\n')],
      confirm: estimate.characters === 0 ? 'Re-align' : 'Send to DeepL',
      testId: 'deepl-realign-confirm',
    });
    if (!go) return;
    if (run.cancelled) return;
    const label = (done: number, total: number) => `Re-aligning zh→${t} with DeepL MT: ${formatCount(done)}/${formatCount(total)} sentences translated (click "Cancel DeepL MT re-align" to stop)`;
    ctx.setBusy(toSend > 0 ? label(0, toSend) : `Re-aligning zh→${t} with DeepL MT (all ${formatCount(estimate.sentences)} sentences cached)…`);
    stopPolling = pollDeepLProgress(ctx, label);
    const result = await api()['deepl:alignWithMt']({ project: p, target: t });
    const paid = `${formatCount(result.charactersSent)} characters sent`;
    if (run.cancelled || result.error?.kind === 'cancelled') {
      return ctx.toast(`Re-align with DeepL MT cancelled: the alignment is unchanged; ${paid}, kept in the MT cache for the next run`);
    }
    if (!result.alignment) return ctx.toast(`Re-align with DeepL MT failed: ${result.error?.message ?? 'no alignment'} (${paid}, kept in the MT cache)`, 'error');
    if (ctx.project() !== p) return ctx.toast('The project changed while aligning; run it again (the MT is cached now, so it costs nothing)', 'error');
    const alignment = result.alignment;
    if (sameBeads(p.alignments[t], alignment)) {
      // The MT is new evidence: the same beads may well be judged differently (scores, the MT's quote in the verdicts).
      const refreshed = refreshScores(ctx, p, [[t, alignment]]);
      return ctx.toast(`Alignment unchanged: with DeepL MT the aligner finds the same ${alignment.beads.length} zh→${t} beads${refreshed ? ', their confidence updated' : ''} (${result.cached} sentence(s) from the cache, ${paid})`);
    }
    const rowsChanged = describeChangedRows(changedRows(p, { ...p, alignments: { ...p.alignments, [t]: alignment } }));
    const change = describeAlignmentChange(alignmentChange(p.alignments[t], alignment, p.targets[t]!));
    const apply = await askConfirm({ title: `Apply the re-alignment of zh→${t} with DeepL MT?`, lines: [rowsChanged, change, 'Undo reverts it in one step.'], confirm: 'Apply', cancel: 'Keep the alignment', testId: 'deepl-realign-apply' });
    if (!apply) return ctx.toast('Re-align with DeepL MT not applied: the alignment is unchanged (the MT is cached)');
    if (ctx.project() !== p) return ctx.toast('The project changed while asking; run it again (the MT is cached now, so it costs nothing)', 'error');
    ctx.edit('re-align with DeepL MT', (q: Project) => ({ ...q, alignments: { ...q.alignments, [t]: alignment } }));
    ctx.toast(`Re-aligned zh→${t} with DeepL MT: ${result.cached} sentence(s) from the cache, ${paid}`);
  } catch (err) {
    ctx.toast(`Re-align with DeepL MT failed: ${(err as Error).message}`, 'error');
  } finally {
    stopPolling?.();
    running = null;
    ctx.setBusy(null);
  }
}

/**
 * "Forget DeepL key": removes the key stored (encrypted) on this computer, after asking. A key
 * from DEEPL_AUTH_KEY is not ours to forget; the message says so.
 */
export async function forgetDeepLKey(ctx: Pick<DeepLDraftContext, 'toast'>): Promise<void> {
  try {
    const status = await api()['deepl:status']({ checkUsage: false });
    if (status.source === 'environment') return ctx.toast('The DeepL key comes from DEEPL_AUTH_KEY in the environment: unset it and restart Duizhao to forget it');
    if (!status.configured) return ctx.toast('No DeepL key is stored');
    const forget = await askConfirm({ title: 'Forget the DeepL API key stored on this computer?', lines: ['DeepL actions will ask for it again.'], confirm: 'Forget the key', destructive: true, testId: 'deepl-forget-confirm' });
    if (!forget) return;
    const after = await api()['deepl:setKey']({ key: null });
    ctx.toast(after.configured ? 'The stored DeepL key is gone, but a key from the environment is still in use' : 'DeepL key forgotten');
  } catch (err) {
    ctx.toast(`Could not forget the DeepL key: ${(err as Error).message}`, 'error');
  }
}
