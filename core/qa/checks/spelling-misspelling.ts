import { probableNameMessage } from '../../spelling/fixes';
import { beadFinding, quote } from '../finding';
import type { BeadCheck, Finding } from '../types';
import { mixesLatinAndCyrillic } from './characters-mixed-script';

/**
 * Words the spelling dictionary of the target language does not know, one finding per occurrence
 * (the reports group them per word). Glossary words, the team dictionary, the project's ignore list,
 * Latin words of the source, numbers, URLs, e-mail addresses, tags and all-capital abbreviations are
 * skipped by the speller (core/spelling), and so is a word mixing Latin and Cyrillic letters
 * (characters.mixed-script reports it). Silent without a speller in the context.
 *
 * A capitalised word inside a sentence whose source names someone in transliteration (特朗普 →
 * Трамп, 拜登 → Biden) is almost always that name, which no dictionary lists: it is reported as
 * information, without suggestions, so a news text's names do not bury its typos (FLORES-200 ru:
 * 391 of 539 spelling warnings were such names). At the start of a sentence it stays a warning.
 * The rule is the speller's (core/spelling/probable-name.ts), shared with the editor's squiggles.
 */
export const spellingMisspelling: BeadCheck = {
  id: 'spelling.misspelling',
  severity: 'warning',
  scope: 'bead',
  description: 'A word the spelling dictionary does not know (team dictionary, glossary and ignore list excepted); probable names as information.',
  run(bead, ctx) {
    const speller = ctx.speller;
    if (!speller || bead.target.length === 0) return [];
    const sourceText = bead.source.map((s) => s.sentence.text).join('');
    const findings: Finding[] = [];
    for (const t of bead.target) {
      const text = t.sentence.text;
      for (const m of speller.misspellings(text, bead.lang, sourceText)) {
        // «Mоскве» with a Latin M is characters.mixed-script's, which names the stray letter.
        if (mixesLatinAndCyrillic(m.word)) continue;
        const at = { target: { sentence: t.sentence.id, start: m.start, end: m.end } };
        if (m.probableName) {
          const finding = beadFinding(spellingMisspelling, bead, probableNameMessage(m.word, m.speakerLabel), at);
          finding.severity = 'info';
          findings.push(finding);
          continue;
        }
        const suggestions = speller.suggestions(m.word, bead.lang).slice(0, 5);
        const hint = suggestions[0] ? `; did you mean ${quote(suggestions[0])}?` : '.';
        const finding = beadFinding(spellingMisspelling, bead, `Unknown word ${quote(m.word)}${hint}`, at);
        finding.suggestions = suggestions;
        findings.push(finding);
      }
    }
    return findings;
  },
};
