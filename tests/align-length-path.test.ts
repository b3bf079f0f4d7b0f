import { describe, expect, it } from 'vitest';
import { lengthPath } from '../core/align/length-path';
import { corridorFromAnchors } from '../core/align/search';
import { rng } from './helpers/rng';

/**
 * Sentence lengths of a pair whose first `splitPart` source sentences are translated three times in
 * ten as two target sentences, the rest one to one: the sentence ratio changes along the document,
 * as in a book whose translator splits long sentences in some chapters only. Returns the lengths
 * and, per source sentence, the first target sentence of its true bead.
 */
function driftingPair(n: number, splitPart: number): { src: Float64Array; tgt: Float64Array; truth: number[] } {
  const random = rng(3);
  const src: number[] = [];
  const tgt: number[] = [];
  const truth: number[] = [];
  for (let i = 0; i < n; i++) {
    const len = 8 + Math.floor(random() * 53);
    src.push(len);
    truth.push(tgt.length);
    const parts = i < splitPart && random() < 0.3 ? 2 : 1;
    for (let k = 0; k < parts; k++) tgt.push(Math.round((len * 3) / parts) + Math.floor(random() * 5));
  }
  return { src: Float64Array.from(src), tgt: Float64Array.from(tgt), truth };
}

describe('length path (beam search for long unanchored stretches)', () => {
  const n = 8000;
  const pair = driftingPair(n, 3000);
  const m = pair.tgt.length;
  const ratio = pair.tgt.reduce((s, x) => s + x, 0) / pair.src.reduce((s, x) => s + x, 0);

  it('follows the true path where the sentence ratio changes along the document', () => {
    const path = lengthPath(pair.src, pair.tgt, ratio, 6.8 * ratio);
    expect(path).toBeDefined();
    let exact = 0;
    for (let i = 0; i < n; i++) if (path!.lo[i]! <= pair.truth[i]! && pair.truth[i]! <= path!.hi[i]!) exact++;
    expect(exact / n).toBeGreaterThan(0.99);
    expect(path!.lo[0]).toBe(0);
    expect(path!.hi[n]).toBe(m);
  });

  it('gives the search a narrow corridor that contains the true path, which the straight line misses', () => {
    const lengths = { src: pair.src, tgt: pair.tgt, ratio, variance: 6.8 * ratio };
    const withPath = corridorFromAnchors(n, m, [], 4, lengths);
    const line = corridorFromAnchors(n, m, [], 4);
    let inPath = 0;
    let inLine = 0;
    let states = 0;
    for (let i = 0; i < n; i++) {
      const j = pair.truth[i]!;
      if (withPath.lo[i]! <= j && j <= withPath.hi[i]!) inPath++;
      if (line.lo[i]! <= j && j <= line.hi[i]!) inLine++;
      states += withPath.hi[i]! - withPath.lo[i]! + 1;
      if (i > 0) expect(withPath.lo[i]!).toBeLessThanOrEqual(withPath.hi[i - 1]! + 1);
    }
    expect(inPath).toBe(n);
    expect(inLine / n).toBeLessThan(0.8);
    expect(states).toBeLessThan(n * 200);
    expect(withPath.lo[0]).toBe(0);
    expect(withPath.hi[n]).toBe(m);
  });
});
