import type { SourceTermHit, TargetTermHit } from '../../glossary/types';
import { sideText } from '../side-text';
import type { SideText } from '../side-text';
import type { BeadView, QaTermMatcher } from '../types';

/** What both glossary checks need of a bead, computed once per bead and matcher. */
export interface BeadTerms {
  source: SideText;
  target: SideText;
  sourceHits: SourceTermHit[];
  targetHits: TargetTermHit[];
}

const cache = new WeakMap<BeadView, { matcher: QaTermMatcher; terms: BeadTerms }>();

/** The glossary hits of a bead on both sides; the two glossary checks share one matcher pass. */
export function beadTerms(bead: BeadView, matcher: QaTermMatcher): BeadTerms {
  const cached = cache.get(bead);
  if (cached && cached.matcher === matcher) return cached.terms;
  const source = sideText(bead.source);
  const target = sideText(bead.target);
  const sourceHits = matcher.findSourceTerms(source.text);
  // No source term, no glossary finding: the target scan can be skipped.
  const targetHits = sourceHits.length > 0 && target.text.trim() !== '' ? matcher.findTargetTerms(target.text, bead.lang) : [];
  const terms = { source, target, sourceHits, targetHits };
  cache.set(bead, { matcher, terms });
  return terms;
}
