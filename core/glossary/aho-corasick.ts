/**
 * Aho-Corasick automaton over integer symbols: UTF-16 code units for Chinese, interned stem ids
 * for English and Russian. Hand-written rather than taken from npm: it must run over stem-id
 * sequences, not strings, and modern-ahocorasick 3.3 (grapheme-segmenting every text) took 330 ms
 * for 20,000 characters against 1,000 patterns here; this one scans 1,000,000 characters against
 * 10,000 patterns in a fraction of a second (bench/glossary.bench.ts).
 *
 * Edges live in one open-addressing hash table of (state, symbol) → state instead of a Map per
 * state: tens of thousands of states then cost three typed arrays, not tens of thousands of objects.
 */
export class AhoCorasick {
  // Edge hash table, linear probing; a slot is free when its state is -1.
  private slotState: Int32Array;
  private slotSymbol: Int32Array;
  private slotTarget: Int32Array;
  private edgeCount = 0;
  private stateTotal = 1;
  private fail: Int32Array = new Int32Array(1);
  /** Nearest state along the failure chain that ends a pattern (-1: none): the output links. */
  private outLink: Int32Array = new Int32Array(1);
  /**
   * Patterns ending exactly at each state, as flat arrays (state s: endPatterns[endStart[s] ..
   * endStart[s + 1]), in pattern order): a sparse array of arrays here went to dictionary mode and
   * made every output test a hash lookup.
   */
  private endStart: Int32Array = new Int32Array(2);
  private endPatterns: Int32Array = new Int32Array(0);
  /** 1 where some pattern ends in the state or along its failure chain: one load per step to test. */
  private output: Uint8Array = new Uint8Array(1);
  /** Root transitions for symbols below 65,536 (every UTF-16 unit), the most frequent lookup. */
  private readonly rootTable = new Int32Array(65536);

  /** Builds the automaton; pattern i is reported as i. Empty patterns are ignored. */
  constructor(patterns: ReadonlyArray<ArrayLike<number>>) {
    // No more states than symbols in all patterns: size everything once (no rehashing while building).
    let total = 1;
    for (const p of patterns) total += p.length;
    let size = 1024;
    while (size < total * 2) size *= 2;
    this.slotState = new Int32Array(size).fill(-1);
    this.slotSymbol = new Int32Array(size);
    this.slotTarget = new Int32Array(size);
    // Children as linked lists (first child, next sibling) for the breadth-first pass.
    const firstChild = new Int32Array(total).fill(-1);
    const nextSibling = new Int32Array(total).fill(-1);
    const symbolOf = new Int32Array(total).fill(-1);
    // The state each pattern ends in (-1 for an empty pattern), then grouped by state below.
    const endOf = new Int32Array(patterns.length).fill(-1);
    for (let index = 0; index < patterns.length; index++) {
      const p = patterns[index]!;
      if (p.length === 0) continue;
      let s = 0;
      for (let i = 0; i < p.length; i++) {
        const sym = p[i]!;
        let next = s === 0 ? this.rootEdge(sym) : this.edge(s, sym);
        if (next < 0) {
          next = this.stateTotal++;
          nextSibling[next] = firstChild[s]!;
          firstChild[s] = next;
          symbolOf[next] = sym;
          this.addEdge(s, sym, next);
          if (s === 0 && sym >= 0 && sym < 65536) this.rootTable[sym] = next;
        }
        s = next;
      }
      endOf[index] = s;
    }
    // Counting sort of the patterns by end state; stable, so each state lists them in pattern order.
    const n = this.stateTotal;
    this.endStart = new Int32Array(n + 1);
    for (const s of endOf) if (s >= 0) this.endStart[s + 1]!++;
    for (let s = 0; s < n; s++) this.endStart[s + 1]! += this.endStart[s]!;
    this.endPatterns = new Int32Array(this.endStart[n]!);
    const fill = this.endStart.slice(0, n);
    endOf.forEach((s, index) => {
      if (s >= 0) this.endPatterns[fill[s]!++] = index;
    });
    this.link(firstChild, nextSibling, symbolOf);
  }

  private slot(state: number, sym: number): number {
    let h = Math.imul(state, 0x9e3779b1) ^ Math.imul(sym + 1, 0x85ebca77);
    h ^= h >>> 15;
    return h & (this.slotState.length - 1);
  }

  /** The state reached from `state` by `sym` along a trie edge, or -1. */
  private edge(state: number, sym: number): number {
    const mask = this.slotState.length - 1;
    for (let h = this.slot(state, sym); this.slotState[h] !== -1; h = (h + 1) & mask) {
      if (this.slotState[h] === state && this.slotSymbol[h] === sym) return this.slotTarget[h]!;
    }
    return -1;
  }

  private addEdge(state: number, sym: number, target: number): void {
    if ((this.edgeCount + 1) * 2 > this.slotState.length) this.grow();
    const mask = this.slotState.length - 1;
    let h = this.slot(state, sym);
    while (this.slotState[h] !== -1) h = (h + 1) & mask;
    this.slotState[h] = state;
    this.slotSymbol[h] = sym;
    this.slotTarget[h] = target;
    this.edgeCount++;
  }

  private grow(): void {
    const [states, symbols, targets] = [this.slotState, this.slotSymbol, this.slotTarget];
    this.slotState = new Int32Array(states.length * 2).fill(-1);
    this.slotSymbol = new Int32Array(states.length * 2);
    this.slotTarget = new Int32Array(states.length * 2);
    this.edgeCount = 0;
    for (let i = 0; i < states.length; i++) if (states[i] !== -1) this.addEdge(states[i]!, symbols[i]!, targets[i]!);
  }

  /** Breadth-first failure and output links. */
  private link(firstChild: Int32Array, nextSibling: Int32Array, symbolOf: Int32Array): void {
    const n = this.stateTotal;
    this.fail = new Int32Array(n);
    this.outLink = new Int32Array(n).fill(-1);
    this.output = new Uint8Array(n);
    // Every state but the root enters the queue once.
    const queue = new Int32Array(n);
    let tail = 0;
    for (let c = firstChild[0]!; c !== -1; c = nextSibling[c]!) {
      queue[tail++] = c;
      this.output[c] = this.endsHere(c) ? 1 : 0;
    }
    for (let q = 0; q < tail; q++) {
      const s = queue[q]!;
      for (let child = firstChild[s]!; child !== -1; child = nextSibling[child]!) {
        const sym = symbolOf[child]!;
        let f = this.fail[s]!;
        while (f !== 0 && this.edge(f, sym) < 0) f = this.fail[f]!;
        const target = f === 0 ? this.rootEdge(sym) : this.edge(f, sym);
        const fc = target >= 0 && target !== child ? target : 0;
        this.fail[child] = fc;
        this.outLink[child] = this.endsHere(fc) ? fc : this.outLink[fc]!;
        this.output[child] = this.endsHere(child) || this.outLink[child]! > 0 ? 1 : 0;
        queue[tail++] = child;
      }
    }
  }

  /** The root's child by `sym`, or -1. */
  private rootEdge(sym: number): number {
    if (sym >= 0 && sym < 65536) return this.rootTable[sym]! || -1;
    return this.edge(0, sym);
  }

  /** Number of trie states (for benchmarks and tests). */
  get stateCount(): number {
    return this.stateTotal;
  }

  /** The state after reading `sym` in `state`; a negative symbol (unknown word) resets to the root. */
  step(state: number, sym: number): number {
    if (sym < 0) return 0;
    let s = state;
    while (s !== 0) {
      const next = this.edge(s, sym);
      if (next >= 0) return next;
      s = this.fail[s]!;
    }
    return sym < 65536 ? this.rootTable[sym]! : Math.max(this.edge(0, sym), 0);
  }

  /** True when some pattern ends in `state` (checked before outputs() to skip the call). */
  hasOutput(state: number): boolean {
    return this.output[state] === 1;
  }

  /** True when a pattern ends exactly in `state`. */
  private endsHere(state: number): boolean {
    return this.endStart[state + 1]! > this.endStart[state]!;
  }

  /** Calls `emit` with every pattern that ends in `state` (longest first). */
  outputs(state: number, emit: (pattern: number) => void): void {
    let s = this.endsHere(state) ? state : this.outLink[state]!;
    while (s > 0) {
      for (let k = this.endStart[s]!, stop = this.endStart[s + 1]!; k < stop; k++) emit(this.endPatterns[k]!);
      s = this.outLink[s]!;
    }
  }

  /** Every occurrence of every pattern in `symbols`: emit(pattern, end) with `end` exclusive. */
  search(symbols: ArrayLike<number>, emit: (pattern: number, end: number) => void): void {
    let s = 0;
    for (let i = 0; i < symbols.length; i++) {
      s = this.step(s, symbols[i]!);
      if (s !== 0) this.outputs(s, (p) => emit(p, i + 1));
    }
  }
}
