import { beadFinding, quote } from '../finding';
import type { BeadCheck, Finding } from '../types';

/** A word as letters with their marks: a hyphen or an apostrophe parts «IT-компания» into words of one script each. */
const WORD = /[\p{L}\p{M}]+/gu;
const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * Letters drawn alike in Latin and Cyrillic, which the other keyboard layout types unseen: Latin → Cyrillic.
 * Each pair is the same glyph in common fonts (Unicode's confusables, restricted to the two alphabets).
 */
const LATIN_TO_CYRILLIC: ReadonlyMap<string, string> = new Map(
  [...'AaBCcEeHKMOoPpTXxYy'].map((l, i) => [l, 'АаВСсЕеНКМОоРрТХхУу'[i]!] as const),
);
const CYRILLIC_TO_LATIN: ReadonlyMap<string, string> = new Map([...LATIN_TO_CYRILLIC].map(([l, c]) => [c, l] as const));

/** Which script each letter of `word` is in, counted. */
function scriptCounts(word: string): { latin: number; cyrillic: number } {
  let latin = 0;
  let cyrillic = 0;
  for (const ch of word) {
    if (LATIN.test(ch)) latin++;
    else if (CYRILLIC.test(ch)) cyrillic++;
  }
  return { latin, cyrillic };
}

/** Whether a word holds both Latin and Cyrillic letters. */
export function mixesLatinAndCyrillic(word: string): boolean {
  const { latin, cyrillic } = scriptCounts(word);
  return latin > 0 && cyrillic > 0;
}

/** Whether the word is mostly Cyrillic: the script its stray letters should be in (a tie goes to the translation's language). */
function mostlyCyrillic(word: string, lang: 'en' | 'ru'): boolean {
  const { latin, cyrillic } = scriptCounts(word);
  return cyrillic > latin || (cyrillic === latin && lang === 'ru');
}

/**
 * The word in one script: the stray letters replaced by their look-alikes, or undefined when one
 * has none (then it is no slip of the keyboard layout).
 */
export function oneScriptSpelling(word: string, lang: 'en' | 'ru'): string | undefined {
  const [stray, table] = mostlyCyrillic(word, lang) ? [LATIN, LATIN_TO_CYRILLIC] : [CYRILLIC, CYRILLIC_TO_LATIN];
  let out = '';
  for (const ch of word) {
    const twin = stray.test(ch) ? table.get(ch) : ch;
    if (twin === undefined) return undefined;
    out += twin;
  }
  return out;
}

/**
 * A word that mixes Latin and Cyrillic letters in an English or Russian translation: «Mоскве» with a
 * Latin M, "Russiа" with a Cyrillic а. It reads right and is wrong for everything a machine does with
 * the text — search, sorting, the glossary, the spelling dictionary, a client's term extraction. The
 * finding names the foreign letters and offers the word in one script when every foreign letter has a
 * look-alike. Not: words of one script each joined by a hyphen or apostrophe (IT-компании, «iPhone'ы»).
 */
export const charactersMixedScript: BeadCheck = {
  id: 'characters.mixed-script',
  severity: 'error',
  scope: 'bead',
  description: 'A word that mixes Latin and Cyrillic letters (a look-alike typed in the other keyboard layout).',
  run(bead) {
    const lang = bead.lang;
    if (lang !== 'en' && lang !== 'ru') return [];
    const findings: Finding[] = [];
    for (const t of bead.target) {
      const text = t.sentence.text;
      // Most sentences hold one of the two scripts only: no word of theirs can mix them.
      if (!LATIN.test(text) || !CYRILLIC.test(text)) continue;
      for (const m of text.matchAll(WORD)) {
        const word = m[0];
        if (!mixesLatinAndCyrillic(word)) continue;
        const stray = mostlyCyrillic(word, lang) ? LATIN : CYRILLIC;
        const letters = [...new Set([...word].filter((ch) => stray.test(ch)))].join(', ');
        const fixed = oneScriptSpelling(word, lang);
        const fix = fixed ? `; in one script: ${quote(fixed)}` : '';
        const message = `${quote(word)} mixes Latin and Cyrillic letters (${stray === LATIN ? 'Latin' : 'Cyrillic'} ${letters}): it reads right, but search, the glossary and spelling will not find it${fix}.`;
        const finding = beadFinding(charactersMixedScript, bead, message, { target: { sentence: t.sentence.id, start: m.index, end: m.index + word.length } });
        if (fixed) finding.suggestions = [fixed];
        findings.push(finding);
      }
    }
    return findings;
  },
};
