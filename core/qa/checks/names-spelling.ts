import { beadFinding, quote } from '../finding';
import { nameWords, slipsAmong } from '../name-readings';
import type { BeadCheck, BeadView, Finding } from '../types';

/** The bead's source sentences joined by line breaks (no Han run crosses one), and where each starts. */
function joinSources(bead: BeadView): [string, number[]] {
  const starts: number[] = [];
  let text = '';
  for (const s of bead.source) {
    if (text) text += '\n';
    starts.push(text.length);
    text += s.sentence.text;
  }
  return [text, starts];
}

/** The system a translation writes Chinese names in, named in the message. */
const SYSTEM = { en: 'Pinyin', ru: 'Palladius' } as const;

/**
 * A Chinese name the translation romanises one letter off the standard for its source characters:
 * "Xi Jingping" for 习近平 (Pinyin: Xi Jinping), «Си Цзинпина» (Palladius: Си Цзиньпин). The speller
 * accepts both, as any word that splits into syllables of the system. The rule is in
 * core/qa/name-readings.ts; the characters' readings come from pinyin-pro, which the caller loads
 * (`loadHanReadings`) when a translation has a candidate name: without them the check is silent.
 */
export const namesSpelling: BeadCheck = {
  id: 'names.spelling',
  severity: 'warning',
  scope: 'bead',
  description: 'A Chinese name spelled a letter off the standard romanisation of its source characters (Pinyin in English, Palladius in Russian).',
  run(bead, ctx) {
    const readings = ctx.readings;
    if (!readings || bead.target.length === 0 || bead.source.length === 0) return [];
    // A word the dictionary knows is no misspelt name ("Susan" for 苏珊); without a speller, not asked.
    const speller = ctx.speller;
    const known = speller ? (word: string) => speller.knows(word, bead.lang) : undefined;
    const findings: Finding[] = [];
    // The bead's source sentences as one text, so a name right in one of them is right (a 2:1 bead);
    // joined only for a translation with a candidate name.
    let source: string | undefined;
    let starts: number[] = [];
    for (const t of bead.target) {
      const words = nameWords(t.sentence.text, bead.lang);
      if (words.length === 0) continue;
      if (source === undefined) [source, starts] = joinSources(bead);
      for (const slip of slipsAmong(t.sentence.text, words, bead.lang, source, readings, known)) {
        let k = starts.length - 1;
        while (k > 0 && starts[k]! > slip.sourceStart) k--;
        const from = starts[k]!;
        const message = `${quote(slip.written)}: ${slip.characters} is ${slip.expected} in ${SYSTEM[bead.lang]}.`;
        const at = {
          target: { sentence: t.sentence.id, start: slip.start, end: slip.end },
          source: { sentence: bead.source[k]!.sentence.id, start: slip.sourceStart - from, end: slip.sourceEnd - from },
        };
        findings.push(beadFinding(namesSpelling, bead, message, at));
      }
    }
    return findings;
  },
};
