import { LEGIT_DOUBLED_WORDS } from '../data/doubled-words';
import { beadFinding } from '../finding';
import { isRomanizedChineseName } from '../../spelling/chinese-names';
import type { BeadCheck, Finding } from '../types';

/** Words as maximal runs of letters, digits, apostrophes and hyphens, so "так-так" is one word. */
const WORD = /[\p{L}\p{N}'’-]+/gu;
const LETTERS = /^\p{L}+$/u;
const SPACE_ONLY = /^\s+$/u;

/** Punctuation around a whitespace-separated piece: "supplies supplies," and "(or or" are repeats too. */
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** Cheap test first: any two equal neighbours among the whitespace-separated pieces of the text. */
function hasRepeat(text: string): boolean {
  const pieces = text.toLowerCase().split(/\s+/u).map((p) => p.replace(EDGE_PUNCTUATION, ''));
  for (let i = 1; i < pieces.length; i++) if (pieces[i] === pieces[i - 1] && pieces[i] !== '') return true;
  return false;
}

/**
 * The same word twice in a row ("the the", "и и"), except repeats the language allows ("had had"),
 * a run of three or more (an echo or a sound: "ha ha ha", "tock tock tock") and a Chinese pet name
 * (Zhen Zhen for 珍珍).
 */
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
      const words = [...text.matchAll(WORD)].map((m) => ({ word: m[0], lower: m[0].toLowerCase(), start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
      const repeats = (i: number): boolean =>
        i > 0 && i < words.length && words[i]!.lower === words[i - 1]!.lower && LETTERS.test(words[i]!.word) && SPACE_ONLY.test(text.slice(words[i - 1]!.end, words[i]!.start));
      for (let i = 1; i < words.length; i++) {
        const [previous, word] = [words[i - 1]!, words[i]!];
        if (!repeats(i) || repeats(i - 1) || repeats(i + 1) || legit.has(word.lower) || isRomanizedChineseName(word.word)) continue;
        findings.push(beadFinding(wordsDoubled, bead, `Doubled word “${previous.word} ${word.word}”.`, { target: { sentence: t.sentence.id, start: previous.start, end: word.end } }));
      }
    }
    return findings;
  },
};
