import { RefusedRequestError } from './host';

/**
 * A job stopped by its Cancel: the request is answered with this, not with a result. New project's
 * alignments run in the worker pool (services/parse-worker/pool.ts), whose cancel(job) terminates
 * the worker at once and rejects the job's request with this error.
 */
export class JobCancelledError extends RefusedRequestError {
  override name = 'JobCancelledError';
  constructor(job: string) {
    super(`Cancelled (${job})`);
  }
}
