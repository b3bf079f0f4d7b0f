import { beadFinding, quote } from '../finding';
import { beadTerms } from './glossary-hits';
import type { BeadCheck } from '../types';
import type { Span } from '../../model/types';

const inside = (a: Span, b: Span): boolean => a.start >= b.start && a.end <= b.end;

/**
 * A deprecated (forbidden) rendering of a concept the source contains. Tied to the source concept on
 * purpose: a phrase forbidden for one concept may be the right words elsewhere in the text.
 */
export const glossaryForbiddenTerm: BeadCheck = {
  id: 'glossary.forbidden-term',
  severity: 'error',
  scope: 'bead',
  description: 'The translation uses a variant the glossary forbids for a source term.',
  run(bead, ctx) {
    const matcher = ctx.matcher;
    if (!matcher || bead.source.length === 0 || bead.target.length === 0) return [];
    const { source, target, sourceHits: sourceList, targetHits: hits } = beadTerms(bead, matcher);
    const sourceHits = new Map(sourceList.map((h) => [h.concept.id, h]));
    if (sourceHits.size === 0) return [];
    const findings = [];
    for (const hit of hits) {
      const src = sourceHits.get(hit.concept.id);
      if (!src) continue;
      const forbidden = matcher.forbiddenTargets(hit.concept, bead.lang).some((t) => t.text === hit.term.text);
      if (!forbidden && hit.term.status !== 'deprecated') continue;
      // "comprehensive strategic partnership" forbidden, "… of coordination" required: the longer one wins.
      const coveredByRequired = hits.some((h) => h !== hit && h.concept.id === hit.concept.id && h.term.status !== 'deprecated' && inside(hit.span, h.span));
      if (coveredByRequired) continue;
      // Two nested forbidden variants of one concept are one defect: report the longer.
      const insideLonger = hits.some((h) => h !== hit && h.concept.id === hit.concept.id && inside(hit.span, h.span) && h.span.end - h.span.start > hit.span.end - hit.span.start);
      if (insideLonger) continue;
      const required = matcher.requiredTargets(hit.concept, bead.lang).map((t) => quote(t.text, 60)).join(' or ');
      const used = target.text.slice(hit.span.start, hit.span.end);
      findings.push(
        beadFinding(glossaryForbiddenTerm, bead, `Glossary: ${quote(used, 60)} is a forbidden rendering of ${src.text}${required ? `; use ${required}` : ''}.`, {
          source: source.locate(src.span.start, src.span.end),
          target: target.locate(hit.span.start, hit.span.end),
        }),
      );
    }
    return findings;
  },
};
