import { LEGIT_DOUBLED_WORDS } from '../data/doubled-words';
import { beadFinding } from '../finding';
import type { BeadCheck, Finding } from '../types';

/** Words as maximal runs of letters, digits, apostrophes and hyphens, so "так-так" is one word. */
const WORD = /[\p{L}\p{N}'’-]+/gu;
const LETTERS = /^\p{L}+$/u;
const SPACE_ONLY = /^\s+$/u;

/** Cheap test first: any two equal neighbours among the whitespace-separated pieces of the text. */
function hasRepeat(text: string): boolean {
  const pieces = text.toLowerCase().split(/\s+/u);
  for (let i = 1; i < pieces.length; i++) if (pieces[i] === pieces[i - 1] && pieces[i] !== '') return true;
  return false;
}

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
      const text = t.sentence.text;
      if (!hasRepeat(text)) continue;
      let previous: { word: string; lower: string; start: number; end: number } | undefined;
      for (const m of text.matchAll(WORD)) {
        const start = m.index ?? 0;
        const word = { word: m[0], lower: m[0].toLowerCase(), start, end: start + m[0].length };
        if (
          previous &&
          word.lower === previous.lower &&
          LETTERS.test(word.word) &&
          SPACE_ONLY.test(text.slice(previous.end, start)) &&
          !legit.has(word.lower)
        ) {
          findings.push(
            beadFinding(wordsDoubled, bead, `Doubled word “${previous.word} ${word.word}”.`, { target: { sentence: t.sentence.id, start: previous.start, end: word.end } }),
          );
        }
        previous = word;
      }
    }
    return findings;
  },
};
