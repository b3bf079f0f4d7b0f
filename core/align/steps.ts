/**
 * Work that pauses between its parts: a generator that yields after each bounded step and returns
 * its result. Callers that need the answer now drain it (`finishSteps`); main drives it with the
 * event loop in between, so a Cancel that arrives meanwhile stops it at the next step (issue 10).
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step at once and returns the result (the synchronous callers: CLI, re-align, tests). */
export function finishSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
