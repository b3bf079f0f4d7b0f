/**
 * The shared term base: read (TBX 2019/2008, CSV/TSV in Duizhao's header layout or DeepL's layout),
 * merge (earlier files win, conflicts reported with both places), write back (TBX 2019), and match
 * (Chinese source terms by longest match; English and Russian target terms inflection-aware, whole
 * words, any status). Pure: strings in, data out; services/glossary-files.ts reads the files.
 *
 *   const { termBase, problems } = mergeTermBases(files.map(([name, text]) => parseTermBaseFile(name, text)));
 *   const matcher = createTermMatcher(termBase);
 *   matcher.findSourceTerms('…上海合作组织成员国元首理事会…');   // nested terms: the longest wins
 *   matcher.findTargetTerms('…Уставом ООН…', 'ru');            // every case form
 */
export * from './types';
export { parseTermBaseFile, TERM_BASE_EXTENSIONS } from './parse-term-base-file';
export { parseTbx } from './parse-tbx';
export { parseCsvTermBase } from './parse-csv';
export { mergeTermBases } from './merge-term-bases';
export { serializeTbx } from './serialize-tbx';
export { createTermMatcher } from './create-term-matcher';
export { requiredTargets, forbiddenTargets, targetMatchesConcept, zhMatchForm } from './term-helpers';
export { readLangCode } from './lang-code';
export { detectTermFileFormat, serializeTermFile, describeTermFileFormat, conceptZh } from './term-file-format';
export type { TermFileFormat } from './term-file-format';
export { diffImport, preferRendering, replaceConcept } from './import-diff';
export type { ImportDiff, ImportConflict } from './import-diff';
export { summarizeTermFile } from './load-summary';
export { ruTermForms } from './ru-forms';
export type { RuForms } from './ru-forms';
export { ruCaseContext } from './ru-case-context';
export { ruTermChoices } from './ru-completion';
export type { TermFormChoice } from './ru-completion';
