/** "1 error", "4 errors", "1 glossary violation": a count with its noun in the right number. */
export function counted(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * "12,345": a count as the app writes it everywhere, with the English interface's separators, not
 * the browser's locale ("12.345" in a German browser, "12 345" in a Russian one) beside English
 * words; the status bar and the clock (util/clock.ts) do the same.
 */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}
