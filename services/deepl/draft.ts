import type { DeepLClient } from 'deepl-node';
import { applyDrafts, batchDraftItems, ensureDraftTarget, estimateDraft, planDraft } from '../../core/draft';
import type { DraftBatch, DraftEstimate, DraftResult, DraftSkip, DraftTargetCode } from '../../core/draft';
import type { Project, TargetLang } from '../../core/model';
import { BatchError, describeDeepLError, DeepLServiceError } from './errors';
import { translateBatch } from './translate';

/** A planned draft run: what will be sent, and what it will cost, before anything is sent. */
export interface DraftPlan {
  target: TargetLang;
  batches: DraftBatch[];
  estimate: DraftEstimate;
}

/** Plan drafting `target`: the sentences without translation, batched within DeepL's limits. */
export function planDraftRun(project: Project, target: TargetLang): DraftPlan {
  const items = planDraft(project, target);
  const batches = batchDraftItems(items, project.source);
  return { target, batches, estimate: estimateDraft(batches) };
}

export interface DraftProgress {
  batchesDone: number;
  batches: number;
  segmentsDone: number;
  segments: number;
  charactersSent: number;
}

export interface DraftRunOptions {
  client: DeepLClient;
  target: TargetLang;
  code: DraftTargetCode;
  glossaryId?: string | null;
  /** Checked between requests: a cancelled run keeps every batch already received. */
  signal?: AbortSignal;
  onProgress?(progress: DraftProgress): void;
  /**
   * Called after each batch is applied, with the project and that batch's drafts (the CLI saves
   * the project there; the app hands the drafts to the renderer as they arrive).
   */
  onBatch?(project: Project, drafts: DraftResult[]): Promise<void> | void;
}

export interface DraftRunResult {
  /** The project with every draft received so far (also after a failure or a cancel). */
  project: Project;
  estimate: DraftEstimate;
  /** Target sentence ids that received machine text. */
  applied: string[];
  skipped: DraftSkip[];
  /** Every draft that went into the project, keyed by its bead's source ids, in arrival order. */
  drafts: DraftResult[];
  /** Characters sent in translate requests (texts only), and what DeepL billed for them. */
  charactersSent: number;
  charactersBilled: number;
  /** Why the run stopped early, if it did (cancelled is a kind too). */
  error?: DeepLServiceError;
}

/**
 * Draft every untranslated sentence of `target`, batch by batch. Each batch's results go into the
 * project as they arrive, so a failure or cancel halfway returns everything translated before it;
 * the error says why the rest could not be drafted.
 */
export async function draftProject(project: Project, options: DraftRunOptions): Promise<DraftRunResult> {
  const plan = planDraftRun(project, options.target);
  let current = plan.batches.length > 0 ? ensureDraftTarget(project, options.target) : project;
  const result: DraftRunResult = { project: current, estimate: plan.estimate, applied: [], skipped: [], drafts: [], charactersSent: 0, charactersBilled: 0 };
  const progress: DraftProgress = { batchesDone: 0, batches: plan.batches.length, segmentsDone: 0, segments: plan.estimate.segments, charactersSent: 0 };
  options.onProgress?.({ ...progress });
  for (const batch of plan.batches) {
    if (options.signal?.aborted) {
      result.error = new DeepLServiceError('cancelled', `Drafting was cancelled after ${progress.segmentsDone} of ${progress.segments} segments; those are kept.`);
      break;
    }
    let translated;
    try {
      translated = await translateBatch(options.client, batch, options.code, options.glossaryId ?? null);
    } catch (err) {
      if (err instanceof BatchError) result.charactersBilled += err.billedCharacters;
      result.error = describeDeepLError(err);
      break;
    }
    const sent = estimateDraft([batch]).characters;
    // A text DeepL's reply left out stays empty: applyDrafts skips it, the sentence stays to draft.
    const results = batch.items.map((item, i): DraftResult => ({ srcIds: item.srcIds, text: translated.texts[i] ?? '' }));
    const applied = applyDrafts(current, options.target, results);
    // What went in (an empty translation is skipped), for a caller that applies drafts elsewhere.
    const arrived = results.filter((r) => r.text.trim() !== '');
    current = applied.project;
    result.project = current;
    for (const x of applied.applied) result.applied.push(x);
    for (const x of arrived) result.drafts.push(x);
    for (const x of applied.skipped) result.skipped.push(x);
    result.charactersSent += sent;
    result.charactersBilled += translated.billedCharacters;
    progress.batchesDone++;
    progress.segmentsDone += batch.items.length;
    progress.charactersSent += sent;
    options.onProgress?.({ ...progress });
    await options.onBatch?.(current, arrived);
  }
  return result;
}
