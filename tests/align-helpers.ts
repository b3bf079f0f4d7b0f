/** Shared helpers of the align-*.test.ts files: the real lexicon, fixtures, and the bead invariants. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { parseLexicon, type Lexicon, type RawBead } from '../core/align';

const root = join(__dirname, '..');
let lexicon: Lexicon | undefined;

/** The shipped CC-CEDICT lexicon (parsed once per test file). */
export function realLexicon(): Lexicon {
  return (lexicon ??= parseLexicon(readFileSync(join(root, 'resources', 'lexicon', 'cedict-zh-en.tsv'), 'utf8')));
}

/** Lines of a presegmented fixture under tests/fixtures/align/. */
export function fixtureLines(path: string): string[] {
  return readFileSync(join(root, 'tests', 'fixtures', 'align', path), 'utf8').split('\n').filter((l) => l !== '');
}

/** The 1:1 beads of a gold file ("[4]:[5]"): target sentences that translate one source sentence whole. */
export function goldOneToOne(path: string): Array<{ src: number; tgt: number }> {
  return fixtureLines(path)
    .map((line) => /^\[(\d+)\]:\[(\d+)\]$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ src: Number(m[1]), tgt: Number(m[2]) }));
}

/** Beads in the vecalign notation used by gold files: "[4]:[4, 5]". */
export function beadText(b: { src: number[]; tgt: number[] }): string {
  return `[${b.src.join(', ')}]:[${b.tgt.join(', ')}]`;
}

/** Ordered, each index of both sides covered exactly once, contiguous runs, scores in [0, 1]. */
export function expectValidBeads(beads: RawBead[], n: number, m: number): void {
  let nextSrc = 0;
  let nextTgt = 0;
  for (const b of beads) {
    expect(b.src.length + b.tgt.length).toBeGreaterThan(0);
    for (const i of b.src) expect(i).toBe(nextSrc++);
    for (const j of b.tgt) expect(j).toBe(nextTgt++);
    expect(b.score).toBeGreaterThanOrEqual(0);
    expect(b.score).toBeLessThanOrEqual(1);
  }
  expect(nextSrc).toBe(n);
  expect(nextTgt).toBe(m);
}
