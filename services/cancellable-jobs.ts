import type { Steps } from '../core/align';
import { RefusedRequestError } from './host';

/** A job stopped by its Cancel: the request is answered with this, not with a result. */
export class JobCancelledError extends RefusedRequestError {
  override name = 'JobCancelledError';
  constructor(job: string) {
    super(`Cancelled (${job})`);
  }
}

/** Jobs whose Cancel arrived before they started; a few are enough (one New project at a time). */
const MAX_EARLY_CANCELS = 32;

/** Gives the event loop a turn, so a Cancel request that arrived meanwhile is read. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Long work in main (aligning a draft for New project) run step by step with the event loop in
 * between, so `cancel(job)` stops it at the next step instead of after the whole alignment: the
 * renderer's Cancel frees main within one step (a fraction of the alignment), not at its end.
 */
export class CancellableJobs {
  private readonly running = new Map<string, { cancelled: boolean }>();
  private readonly cancelledEarly = new Set<string>();

  /** Runs `steps` to its result; rejects with JobCancelledError once `cancel(job)` is called. */
  async run<T>(job: string, steps: Steps<T>): Promise<T> {
    if (this.running.has(job)) throw new RefusedRequestError(`Job ${job} is already running`);
    const state = { cancelled: this.cancelledEarly.delete(job) };
    this.running.set(job, state);
    try {
      for (;;) {
        if (state.cancelled) {
          steps.return(undefined as T);
          throw new JobCancelledError(job);
        }
        const next = steps.next();
        if (next.done) return next.value;
        await nextTurn();
      }
    } finally {
      this.running.delete(job);
    }
  }

  /** Stops `job` at its next step; a job not started yet is refused when it starts. True when it was running. */
  cancel(job: string): boolean {
    const state = this.running.get(job);
    if (state) {
      state.cancelled = true;
      return true;
    }
    if (this.cancelledEarly.size >= MAX_EARLY_CANCELS) this.cancelledEarly.delete(this.cancelledEarly.values().next().value!);
    this.cancelledEarly.add(job);
    return false;
  }
}
