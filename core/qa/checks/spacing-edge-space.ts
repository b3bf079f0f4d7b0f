import { beadFinding } from '../finding';
import type { BeadCheck, Finding } from '../types';

const LEADING = /^\s+/u;
const TRAILING = /\s+$/u;

/**
 * A space (or tab, no-break or ideographic space) at the start or end of a target sentence: a
 * translator's paste artefact. Segmentation trims every sentence, so only an edit or a client's file
 * puts one there, and it reaches every export (a double space where sentences are joined). When the
 * bead's source carries the same edge space, the file has spaced its segments that way on purpose:
 * not reported. A sentence of spaces only is a blank translation, completeness's business.
 */
export const spacingEdgeSpace: BeadCheck = {
  id: 'spacing.edge-space',
  severity: 'info',
  scope: 'bead',
  description: 'A space at the start or the end of a translated sentence.',
  run(bead) {
    const findings: Finding[] = [];
    const first = bead.source[0]?.sentence.text ?? '';
    const last = bead.source[bead.source.length - 1]?.sentence.text ?? '';
    const sourceLeads = LEADING.test(first);
    const sourceTrails = TRAILING.test(last);
    for (const t of bead.target) {
      const text = t.sentence.text;
      if (text.trim() === '') continue;
      const lead = sourceLeads ? null : LEADING.exec(text);
      if (lead) findings.push(beadFinding(spacingEdgeSpace, bead, 'Space at the start of the translation.', { target: { sentence: t.sentence.id, start: 0, end: lead[0].length } }));
      const trail = sourceTrails ? null : TRAILING.exec(text);
      if (trail) findings.push(beadFinding(spacingEdgeSpace, bead, 'Space at the end of the translation.', { target: { sentence: t.sentence.id, start: trail.index, end: text.length } }));
    }
    return findings;
  },
};

/**
 * Is this the finding about a space at the end of a sentence? (Its span starts after the text: a
 * space at the start begins at 0, and a sentence of spaces only is never reported.) A translator
 * typing at the end of a sentence leaves one after every word: the app's live check of the sentence
 * being typed leaves it to the next whole-project run (renderer/src/state/findings.ts).
 */
export function isTrailingEdgeSpace(finding: Finding): boolean {
  return finding.check === spacingEdgeSpace.id && (finding.target?.range?.start ?? 0) > 0;
}

/**
 * The one-click fix of a `spacing.edge-space` finding ("Trim"): the sentence without the spaces at
 * the finding's edge (the start when its span starts at 0, else the end). Read from the text as it
 * is now, not from the span's offsets, which an edit since the check may have moved; null when that
 * edge has no space any more (nothing to do). The other edge is left alone: its space, if any, is a
 * finding of its own, and may be the source's own spacing.
 */
export function trimEdgeSpace(text: string, finding: Finding): string | null {
  if (finding.check !== spacingEdgeSpace.id || text.trim() === '') return null;
  const trimmed = isTrailingEdgeSpace(finding) ? text.replace(TRAILING, '') : text.replace(LEADING, '');
  return trimmed === text ? null : trimmed;
}
