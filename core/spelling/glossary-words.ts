import type { TermBase } from '../glossary/types';

/**
 * Every English and Russian word of the glossary's terms, preferred, admitted and forbidden alike
 * (a forbidden term is the glossary check's business, not a misspelling). Given to the speller as
 * accepted words, they match in any inflected form: «ядерными державами» for «ядерная держава».
 */
export function glossaryTargetWords(termBase: TermBase): string[] {
  const words = new Set<string>();
  for (const concept of termBase.concepts) {
    for (const term of concept.terms) {
      if (term.lang === 'zh') continue;
      for (const word of term.text.split(/[\s/()«»“”",;:]+/u)) if (word !== '') words.add(word);
    }
  }
  return [...words];
}
