import { LEGIT_DOUBLED_WORDS } from '../data/doubled-words';
import { beadFinding } from '../finding';
import type { BeadCheck, Finding } from '../types';

/** A word, whitespace, the same word (any case), not inside longer words. \b is ASCII-only, hence the look-arounds. */
const DOUBLED = /(?<![\p{L}\p{N}'’-])(\p{L}+)\s+(\1)(?![\p{L}\p{N}'’-])/giu;

/** The same word twice in a row ("the the", "и и"), except repeats the language allows ("had had"). */
export const wordsDoubled: BeadCheck = {
  id: 'words.doubled',
  severity: 'warning',
  scope: 'bead',
  description: 'The same word twice in a row in the translation.',
  run(bead) {
    const legit = LEGIT_DOUBLED_WORDS[bead.lang];
    const findings: Finding[] = [];
    for (const t of bead.target) {
      for (const m of t.sentence.text.matchAll(DOUBLED)) {
        const word = m[1] ?? '';
        if (legit.has(word.toLowerCase())) continue;
        const start = m.index ?? 0;
        findings.push(
          beadFinding(wordsDoubled, bead, `Doubled word “${word} ${m[2] ?? word}”.`, { target: { sentence: t.sentence.id, start, end: start + m[0].length } }),
        );
      }
    }
    return findings;
  },
};
