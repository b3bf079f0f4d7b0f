import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AhoCorasick } from '../core/glossary/aho-corasick';

/** Every (pattern, end) occurrence found by brute force. */
function naive(patterns: number[][], text: number[]): string[] {
  const out: string[] = [];
  patterns.forEach((p, i) => {
    if (p.length === 0) return;
    for (let end = p.length; end <= text.length; end++) {
      if (p.every((sym, k) => text[end - p.length + k] === sym)) out.push(`${i}@${end}`);
    }
  });
  return out.sort();
}

function automaton(patterns: number[][], text: number[]): string[] {
  const out: string[] = [];
  new AhoCorasick(patterns).search(text, (p, end) => out.push(`${p}@${end}`));
  return out.sort();
}

describe('AhoCorasick', () => {
  it('finds exactly what brute force finds, overlaps and duplicates included (small alphabet: many failure links)', () => {
    const sym = fc.integer({ min: 0, max: 3 });
    fc.assert(
      fc.property(fc.array(fc.array(sym, { maxLength: 5 }), { maxLength: 12 }), fc.array(sym, { maxLength: 60 }), (patterns, text) => {
        expect(automaton(patterns, text)).toEqual(naive(patterns, text));
      }),
      { numRuns: 400 },
    );
  });

  it('handles symbols above the UTF-16 range (interned stem ids) and the "he/she/his/hers" classic', () => {
    const word = (w: string) => [...w].map((c) => c.charCodeAt(0) + 70_000);
    const patterns = ['he', 'she', 'his', 'hers'].map(word);
    expect(automaton(patterns, word('ushers'))).toEqual(['0@4', '1@4', '3@6']);
  });

  it('resets on a negative symbol: no match spans an unknown word', () => {
    expect(automaton([[1, 2]], [1, -1, 2])).toEqual([]);
  });
});
