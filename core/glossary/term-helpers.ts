import type { TargetLang } from '../model/types';
import type { Concept, Term, TargetTermHit } from './types';

/** Renderings that satisfy the glossary: preferred first, then admitted. */
export function requiredTargets(concept: Concept, lang: TargetLang): Term[] {
  const own = concept.terms.filter((t) => t.lang === lang);
  return [...own.filter((t) => t.status === 'preferred'), ...own.filter((t) => t.status === 'admitted')];
}

/** Deprecated renderings: using one of them is an error. */
export function forbiddenTargets(concept: Concept, lang: TargetLang): Term[] {
  return concept.terms.filter((t) => t.lang === lang && t.status === 'deprecated');
}

/** True when the hits contain an accepted (preferred or admitted) rendering of the concept. */
export function targetMatchesConcept(hits: readonly TargetTermHit[], concept: Concept): boolean {
  return hits.some((h) => h.concept.id === concept.id && h.term.status !== 'deprecated');
}

/** Chinese terms are matched without book-title marks, so 《联合国宪章》 and 联合国宪章 are one term. */
export function zhMatchForm(text: string): string {
  return text.normalize('NFC').replace(/[《》〈〉\s]/g, '');
}
