import { applyDrafts } from '../../../core/draft/apply-drafts';
import type { DraftResult, DraftSkip } from '../../../core/draft/apply-drafts';
import type { Project, TargetLang } from '../../../core/model';

/** Where the drafts go: the open project now, and one undoable edit. */
export interface DraftIntakeTarget {
  project(): Project | null;
  /** False once another project was opened: drafts then go nowhere (ids would match the wrong text). */
  sameProject(): boolean;
  edit(change: (p: Project) => Project): void;
}

/** A DeepL draft run's drafts, taken into the open project as they arrive. */
export interface DraftIntake {
  /** How many of the run's drafts were taken (the next index to ask `deepl:progress` for). */
  readonly taken: number;
  /** Target sentences that received machine text. */
  readonly kept: number;
  /** Drafts left out because the project changed meanwhile (typed by hand, re-aligned). */
  readonly skipped: readonly DraftSkip[];
  /**
   * `drafts[i]` is the run's draft number `from + i` (a poll's answer, or the final result from 0).
   * Drafts already taken are ignored, so overlapping polls and the final result apply each draft
   * once; the new ones go into the project as it is now, never over text typed meanwhile.
   */
  take(from: number, drafts: readonly DraftResult[]): void;
}

/**
 * Keeps a draft run's results in the project as they arrive (so autosave and crash recovery cover
 * them while the run goes on), not only when it ends.
 */
export function createDraftIntake(target: TargetLang, into: DraftIntakeTarget): DraftIntake {
  let taken = 0;
  let kept = 0;
  const skipped: DraftSkip[] = [];
  return {
    get taken() {
      return taken;
    },
    get kept() {
      return kept;
    },
    get skipped() {
      return skipped;
    },
    take(from, drafts) {
      // A gap (an answer starting past what was taken) cannot be applied in order: the next poll or the final result fills it.
      if (from > taken) return;
      const fresh = drafts.slice(taken - from);
      if (fresh.length === 0) return;
      taken += fresh.length;
      const now = into.project();
      if (!now || !into.sameProject()) return;
      const result = applyDrafts(now, target, fresh);
      for (const s of result.skipped) skipped.push(s);
      if (result.applied.length === 0) return;
      kept += result.applied.length;
      // The edit runs synchronously on the same present; the fallback only guards a changed one.
      into.edit((q) => (q === now ? result.project : applyDrafts(q, target, fresh).project));
    },
  };
}
