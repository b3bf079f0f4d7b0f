export * from './types';
export { parseTermBaseFile, TERM_BASE_EXTENSIONS } from './parse-term-base-file';
export { parseTbx } from './parse-tbx';
export { parseCsvTermBase } from './parse-csv';
export { mergeTermBases } from './merge-term-bases';
export { serializeTbx } from './serialize-tbx';
export { createTermMatcher } from './create-term-matcher';
export { requiredTargets, forbiddenTargets, targetMatchesConcept, zhMatchForm } from './term-helpers';
export { readLangCode } from './lang-code';
