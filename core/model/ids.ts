/**
 * Stable ids. Sentences and paragraphs get ids at import ("zh-p3", "en-s17"); later inserts get
 * ids from a counter held by the caller, so ids never depend on array positions.
 */
export function paraId(lang: string, n: number): string {
  return `${lang}-p${n}`;
}

export function sentenceId(lang: string, n: number): string {
  return `${lang}-s${n}`;
}

/** The next free sentence id for a language, given the ids already in use. */
export function nextSentenceId(lang: string, used: Iterable<string>): string {
  const prefix = `${lang}-s`;
  let max = -1;
  for (const id of used) {
    if (id.startsWith(prefix)) {
      const n = Number(id.slice(prefix.length));
      if (Number.isInteger(n) && n > max) max = n;
    }
  }
  return `${prefix}${max + 1}`;
}
