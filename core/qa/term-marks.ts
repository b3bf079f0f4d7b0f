import type { Concept, SourceTermHit, Term } from '../glossary/types';
import type { Span, TargetLang } from '../model/types';
import { contentStems, wordsPresent } from './checks/term-words';
import { ZH_DERIVATIONAL_SUFFIXES } from './data/zh-derivational-suffixes';
import type { QaTermMatcher } from './types';

/** A term of a concept the bead's source requires, found in one target sentence (any inflected form). */
export interface TargetTermMark {
  span: Span;
  concept: Concept;
  /** The glossary term it matched (its lemma, e.g. "ядерное оружие" for "ядерного оружия"). */
  term: Term;
  /** The Chinese term of the source that asked for it. */
  source: string;
  /** The matched term is a forbidden (deprecated) variant. */
  forbidden: boolean;
}

/** A concept of the bead's source none of whose required renderings is in the translation. */
export interface MissingTerm {
  concept: Concept;
  /** The Chinese term as it stands in the source. */
  source: string;
  /** The renderings any one of which would do. */
  wanted: string[];
}

/**
 * The target-side glossary marks of one sentence: the terms of concepts found in the bead's source,
 * inflection-aware through the one matcher (so "ядерного оружия" marks «ядерное оружие»). Terms of
 * concepts the source does not name are not marked: a highlight means "the glossary asked for this".
 */
export function markTargetTerms(matcher: QaTermMatcher, sourceHits: readonly SourceTermHit[], targetText: string, lang: TargetLang): TargetTermMark[] {
  if (sourceHits.length === 0 || targetText.trim() === '') return [];
  const sourceOf = new Map<string, string>();
  for (const h of sourceHits) if (!sourceOf.has(h.concept.id)) sourceOf.set(h.concept.id, h.text);
  const marks: TargetTermMark[] = [];
  let reached = -1;
  for (const hit of matcher.findTargetTerms(targetText, lang)) {
    const source = sourceOf.get(hit.concept.id);
    if (source === undefined) continue;
    // Hits come longest first at each start: a shorter term inside a marked one is not marked again.
    if (hit.span.start < reached) continue;
    reached = hit.span.end;
    marks.push({ span: hit.span, concept: hit.concept, term: hit.term, source, forbidden: hit.term.status === 'deprecated' });
  }
  return marks;
}

/**
 * The concepts of the bead's source whose required rendering is absent from the bead's translation,
 * by the same rule as the glossary.missing-term check (inflected forms and rearranged words count as
 * present; a homograph is satisfied by any of its concepts), so the mark and the QA finding agree.
 */
export function missingTargetTerms(matcher: QaTermMatcher, sourceText: string, sourceHits: readonly SourceTermHit[], targetText: string, lang: TargetLang): MissingTerm[] {
  if (sourceHits.length === 0 || targetText.trim() === '') return [];
  const found = new Set(matcher.findTargetTerms(targetText, lang).map((h) => h.concept.id));
  const seen = new Set<string>();
  let stems: string[] | undefined;
  const missing: MissingTerm[] = [];
  for (const hit of sourceHits) {
    if (seen.has(hit.concept.id)) continue;
    // Left in Chinese: another check reports that.
    if (targetText.includes(hit.text)) continue;
    // 核国家化 is not 核国家: a derived word asks for no fixed rendering (as in the check).
    const after = sourceText.slice(hit.span.end);
    if (ZH_DERIVATIONAL_SUFFIXES.some((suffix) => after.startsWith(suffix))) continue;
    const same = sourceHits.filter((h) => h.span.start === hit.span.start && h.span.end === hit.span.end);
    for (const h of same) seen.add(h.concept.id);
    if (same.some((h) => found.has(h.concept.id))) continue;
    const wanted = same.flatMap((h) => matcher.requiredTargets(h.concept, lang).map((t) => t.text));
    if (wanted.length === 0) continue;
    stems ??= contentStems(targetText, lang);
    const targetStems = stems;
    if (wanted.some((t) => wordsPresent(t, targetStems, lang))) continue;
    missing.push({ concept: hit.concept, source: sourceText.slice(hit.span.start, hit.span.end), wanted });
  }
  return missing;
}
