import { findTagTokens } from '../../model/tag-tokens';
import { beadFinding } from '../finding';
import { sideText } from '../side-text';
import type { BeadCheck, Finding } from '../types';

/**
 * Inline codes (the ⟦1⟧ ⟦/1⟧ tokens of an XLIFF or TMX file) of the source missing from the
 * translation, or there more often than in the source. The sending tool needs every code back to
 * rebuild its document (a lost ⟦2⟧ can be a lost link or a broken bold run). One finding per bead,
 * listing the codes, since one cause (a rewritten sentence) usually loses several.
 */
export const tagsMissing: BeadCheck = {
  id: 'tags.missing',
  severity: 'error',
  scope: 'bead',
  description: 'An inline code (tag) of the source is missing from the translation, or doubled.',
  run(bead) {
    const source = sideText(bead.source);
    const target = sideText(bead.target);
    if (!source.text.includes('⟦') && !target.text.includes('⟦')) return [];
    if (target.text.trim() === '') return []; // an empty translation is completeness.omission's
    const count = (text: string): Map<string, number> => {
      const m = new Map<string, number>();
      for (const t of findTagTokens(text)) m.set(t.token, (m.get(t.token) ?? 0) + 1);
      return m;
    };
    const want = count(source.text);
    const have = count(target.text);
    const missing = [...want].filter(([tok, n]) => (have.get(tok) ?? 0) < n).map(([tok]) => tok);
    const extra = [...have].filter(([tok, n]) => n > (want.get(tok) ?? 0)).map(([tok]) => tok);
    const findings: Finding[] = [];
    if (missing.length > 0) {
      const first = findTagTokens(source.text).find((t) => t.token === missing[0]);
      findings.push(
        beadFinding(tagsMissing, bead, `Tag${missing.length > 1 ? 's' : ''} ${missing.join(' ')} of the source missing in the translation.`, first ? { source: source.locate(first.start, first.end) } : {}),
      );
    }
    if (extra.length > 0) {
      const first = findTagTokens(target.text).find((t) => t.token === extra[0]);
      findings.push(
        beadFinding(tagsMissing, bead, `Tag${extra.length > 1 ? 's' : ''} ${extra.join(' ')} in the translation ${extra.length > 1 ? 'are' : 'is'} not in the source (or doubled).`, first ? { target: target.locate(first.start, first.end) } : {}),
      );
    }
    return findings;
  },
};
