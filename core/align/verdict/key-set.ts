/** All the verdicts ask of a set of keys: whether it holds one. A Set<string> is one. */
export interface KeyLookup {
  has(key: string): boolean;
}

/**
 * The key sets of one document's beads, kept small: every key gets an integer id once per
 * document, and a bead's set becomes a sorted Int32Array of ids — 4 bytes a key instead of a Set
 * entry plus, for derived keys (leading letters, ё → е), a string of its own. On a 20,000-sentence
 * document the beads' Sets held ~115 MB while the verdicts ran (issue 13: peak memory).
 */
export class KeyInterner {
  private readonly ids = new Map<string, number>();

  /** `keys` as a compact lookup; `keys` itself can be dropped. */
  compact(keys: ReadonlySet<string>): KeyLookup {
    const sorted = new Int32Array(keys.size);
    let n = 0;
    for (const k of keys) {
      let id = this.ids.get(k);
      if (id === undefined) this.ids.set(k, (id = this.ids.size));
      sorted[n++] = id;
    }
    sorted.sort();
    return new CompactKeys(this.ids, sorted);
  }
}

class CompactKeys implements KeyLookup {
  constructor(
    private readonly ids: ReadonlyMap<string, number>,
    private readonly sorted: Int32Array,
  ) {}

  has(key: string): boolean {
    const id = this.ids.get(key);
    if (id === undefined) return false;
    let lo = 0;
    let hi = this.sorted.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = this.sorted[mid]!;
      if (v === id) return true;
      if (v < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
}
