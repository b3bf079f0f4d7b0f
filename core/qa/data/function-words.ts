import type { TargetLang } from '../../model/types';

/**
 * Function words left out when a glossary rendering is looked for word by word ("расчёты в
 * национальных валютах" is present in "национальных валют во взаиморасчётах"): prepositions,
 * conjunctions and articles, which word order and case change around.
 */
export const FUNCTION_WORDS: Readonly<Record<TargetLang, ReadonlySet<string>>> = {
  en: new Set(['the', 'a', 'an', 'of', 'in', 'on', 'for', 'to', 'and', 'or', 'by', 'with', 'at', 'from', 'as']),
  ru: new Set(['в', 'во', 'с', 'со', 'и', 'на', 'о', 'об', 'по', 'для', 'к', 'ко', 'от', 'из', 'за', 'над', 'под', 'при', 'или', 'а']),
};
