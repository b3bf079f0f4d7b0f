import { beadFinding, quote } from '../finding';
import type { BeadCheck, Finding } from '../types';

/**
 * Words the spelling dictionary of the target language does not know, one finding per occurrence
 * (the reports group them per word). Glossary words, the team dictionary, the project's ignore list,
 * Latin words of the source, numbers, URLs, e-mail addresses, tags and all-capital abbreviations are
 * skipped by the speller (core/spelling). Silent without a speller in the context.
 */
export const spellingMisspelling: BeadCheck = {
  id: 'spelling.misspelling',
  severity: 'warning',
  scope: 'bead',
  description: 'A word the spelling dictionary does not know (team dictionary, glossary and ignore list excepted).',
  run(bead, ctx) {
    const speller = ctx.speller;
    if (!speller || bead.target.length === 0) return [];
    const sourceText = bead.source.map((s) => s.sentence.text).join('');
    const findings: Finding[] = [];
    for (const t of bead.target) {
      for (const m of speller.misspellings(t.sentence.text, bead.lang, sourceText)) {
        const suggestions = speller.suggestions(m.word, bead.lang).slice(0, 5);
        const hint = suggestions[0] ? `; did you mean ${quote(suggestions[0])}?` : '.';
        const finding = beadFinding(spellingMisspelling, bead, `Unknown word ${quote(m.word)}${hint}`, { target: { sentence: t.sentence.id, start: m.start, end: m.end } });
        finding.suggestions = suggestions;
        findings.push(finding);
      }
    }
    return findings;
  },
};
