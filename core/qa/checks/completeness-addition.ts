import { beadFinding, quote } from '../finding';
import type { BeadCheck, BeadView, Finding } from '../types';
import { probablyPlaced } from './completeness-omission';

/**
 * A target sentence with no source (0:1 bead): an addition, or a sign of a misalignment (left
 * out when its verdict says it is probably aligned after all). And a sentence the translation
 * says twice where the source says it once (pasted twice): the aligner puts the copy in the same
 * bead, where both sentences cover the source equally and no verdict can tell the copy.
 */
export const completenessAddition: BeadCheck = {
  id: 'completeness.addition',
  severity: 'warning',
  scope: 'bead',
  description: 'A target sentence has no source sentence (0:1 bead), or repeats the one before it.',
  run(bead) {
    if (bead.source.length > 0) return repeatedSentences(bead);
    if (probablyPlaced(bead)) return [];
    const text = bead.target.map((t) => t.sentence.text).join(' ').trim();
    if (text === '') return [];
    return [beadFinding(completenessAddition, bead, `Target ${quote(text)} has no source sentence.`)];
  },
};

/** A repeat long enough to be a pasted sentence, not a short formula said twice ("Thank you. Thank you."). */
const MIN_REPEAT_LETTERS = 20;

/** The target sentences of a bead that repeat the sentence before them word for word, when the source repeats none. */
function repeatedSentences(bead: BeadView): Finding[] {
  if (bead.target.length < 2) return [];
  const findings: Finding[] = [];
  for (let i = 1; i < bead.target.length; i++) {
    const sentence = bead.target[i]!.sentence;
    const key = comparable(sentence.text);
    if (key.length < MIN_REPEAT_LETTERS || key !== comparable(bead.target[i - 1]!.sentence.text)) continue;
    if (sourceRepeats(bead)) return [];
    findings.push(
      beadFinding(completenessAddition, bead, `Target ${quote(sentence.text)} repeats the sentence before it; the source says it once.`, {
        target: { sentence: sentence.id, start: 0, end: sentence.text.length },
      }),
    );
  }
  return findings;
}

function sourceRepeats(bead: BeadView): boolean {
  const seen = new Set<string>();
  for (const s of bead.source) {
    const key = comparable(s.sentence.text);
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
}

/** The letters and digits of a sentence in lower case: spacing and punctuation do not make a copy different. */
function comparable(text: string): string {
  return text.toLowerCase().replace(NOT_WORD, '');
}
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
