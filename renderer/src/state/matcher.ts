import type { TermBase } from '../../../core/glossary/types';
import { createTermMatcher } from '../../../core/glossary';
import type { QaTermMatcher } from '../../../core/qa';

/** The glossary matcher (core/glossary), built once per term base (the page and the QA worker each hold one). */
export function createMatcher(termBase: TermBase): QaTermMatcher | undefined {
  return termBase.concepts.length > 0 ? createTermMatcher(termBase) : undefined;
}
