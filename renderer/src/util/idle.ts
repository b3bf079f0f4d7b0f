/**
 * Runs `task` once the page is idle (not mid-scroll or mid-word), or after `timeoutMs` at the
 * latest; where requestIdleCallback is missing, after `fallbackMs`. Each caller keeps its own delays
 * (how long its work may wait). Returns a function that cancels the task if it has not run.
 */
export function whenIdle(task: () => void, timeoutMs: number, fallbackMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(() => task(), { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(task, fallbackMs);
  return () => clearTimeout(timer);
}
