/**
 * A pure function's results by key, kept across calls (stems, tokenised sentences, scanned
 * numbers…): words and sentences repeat within a document and between re-alignments. Bounded — it
 * is emptied when full, which costs a recomputation and never a different answer — so a
 * long-running app reading many documents does not grow without end. A result is shared by every
 * caller asking for the same key: callers must not modify it.
 */
export class BoundedMemo<K, V extends NonNullable<unknown> | null> {
  private readonly results = new Map<K, V>();

  constructor(
    private readonly limit: number,
    private readonly compute: (key: K) => V,
  ) {}

  /** compute(key), computed once while it is kept. */
  get(key: K): V {
    let value = this.results.get(key);
    if (value === undefined) {
      value = this.compute(key);
      if (this.results.size >= this.limit) this.results.clear();
      this.results.set(key, value);
    }
    return value;
  }
}
