import { beadFinding, quote } from '../finding';
import { beadTerms } from './glossary-hits';
import { ZH_DERIVATIONAL_SUFFIXES } from '../data/zh-derivational-suffixes';
import type { BeadCheck } from '../types';
import { contentStems, wordsPresent } from './term-words';

/**
 * A glossary concept in the source whose required rendering is absent from the translation. The
 * matcher is inflection-aware, so "Устава ООН" satisfies "Устав ООН"; a rendering whose words are all
 * there but rearranged (Russian word order, a relative clause in English; not an English name) counts as present too. When
 * the target uses a forbidden variant instead, glossary.forbidden-term reports it and this check
 * stays silent (one defect, one finding).
 */
export const glossaryMissingTerm: BeadCheck = {
  id: 'glossary.missing-term',
  severity: 'warning',
  scope: 'bead',
  description: 'A glossary term in the source is not rendered with its required translation.',
  run(bead, ctx) {
    const matcher = ctx.matcher;
    if (!matcher || bead.source.length === 0) return [];
    const { source, target, sourceHits, targetHits } = beadTerms(bead, matcher);
    if (target.text.trim() === '') return [];
    const found = new Set(targetHits.map((h) => h.concept.id));
    const seen = new Set<string>();
    let stems: string[] | undefined;
    const findings = [];
    for (const hit of sourceHits) {
      if (seen.has(hit.concept.id)) continue;
      // Left in Chinese: untranslated.chinese reports that, once.
      if (target.text.includes(hit.text)) continue;
      const after = source.text.slice(hit.span.end);
      if (ZH_DERIVATIONAL_SUFFIXES.some((suffix) => after.startsWith(suffix))) continue;
      seen.add(hit.concept.id);
      // A homograph (several concepts for the same source words): rendering any one of them will do.
      const same = sourceHits.filter((h) => h.span.start === hit.span.start && h.span.end === hit.span.end);
      for (const h of same) seen.add(h.concept.id);
      if (same.some((h) => found.has(h.concept.id))) continue;
      const required = same.flatMap((h) => matcher.requiredTargets(h.concept, bead.lang));
      if (required.length === 0) continue;
      stems ??= contentStems(target.text, bead.lang);
      const targetStems = stems;
      if (required.some((t) => wordsPresent(t.text, targetStems, bead.lang))) continue;
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
