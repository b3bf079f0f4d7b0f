import { beadFinding, quote } from '../finding';
import { sideText } from '../side-text';
import type { BeadCheck } from '../types';

/**
 * A glossary concept in the source whose required rendering is absent from the translation. The
 * matcher is inflection-aware, so "Устава ООН" satisfies "Устав ООН". When the target uses a
 * forbidden variant instead, glossary.forbidden-term reports it and this check stays silent (one
 * defect, one finding).
 */
export const glossaryMissingTerm: BeadCheck = {
  id: 'glossary.missing-term',
  severity: 'warning',
  scope: 'bead',
  description: 'A glossary term in the source is not rendered with its required translation.',
  run(bead, ctx) {
    const matcher = ctx.matcher;
    if (!matcher || bead.source.length === 0) return [];
    const target = sideText(bead.target);
    if (target.text.trim() === '') return [];
    const source = sideText(bead.source);
    const targetHits = matcher.findTargetTerms(target.text, bead.lang);
    const found = new Set(targetHits.map((h) => h.concept.id));
    const seen = new Set<string>();
    const findings = [];
    for (const hit of matcher.findSourceTerms(source.text)) {
      if (seen.has(hit.concept.id)) continue;
      seen.add(hit.concept.id);
      const required = matcher.requiredTargets(hit.concept, bead.lang);
      if (required.length === 0 || found.has(hit.concept.id)) continue;
      const wanted = required.map((t) => quote(t.text, 60)).join(' or ');
      findings.push(
        beadFinding(glossaryMissingTerm, bead, `Glossary: ${hit.text} should be translated ${wanted}.`, {
          source: source.locate(hit.span.start, hit.span.end),
        }),
      );
    }
    return findings;
  },
};
