/**
 * Characters that often stand alone as a word next to a word ending or starting with the same
 * character: 应对|对世界, 理事会|会议, 各国|国内. A doubling at such a boundary is grammar, not a typo.
 */
export const ZH_STANDALONE_CHARS: ReadonlySet<string> = new Set(
  [...'对会在和与是的了为将以于等中上下内外方国人者性化年日月向从把被让给要不也都就又还并及或而其之所各每有无非多可能应该已再更最很个次项点时后前间里新大小好一两'],
);

/**
 * Prepositions among them. Doubled after a word ending in the same character (应对|对), one is a
 * slip unless a 的 later in the clause shows the preposition opens a modifier: 应对对世界经济的冲击
 * is grammar, 应对对世界经济下行压力 (samples/, joint statement, section 七) a typo.
 */
export const ZH_PREPOSITIONS: ReadonlySet<string> = new Set([...'对向从与给把被为在']);

/** Punctuation that ends a clause, for the 的 look-ahead above. */
export const ZH_CLAUSE_END = /[,，。；;：:！？!?、]/u;
