/**
 * The ids of all QA checks, in report order, without loading the checks: every CLI command builds
 * `check --help` (which lists them) at start-up, and the registry — every check with its data, ~50
 * modules — is needed only by a command that runs checks. tests/qa-check-ids.test.ts keeps this list
 * equal to the registry's.
 */
export const CHECK_IDS: readonly string[] = [
  'completeness.omission',
  'completeness.addition',
  'completeness.hidden-gap',
  'completeness.partial-omission',
  'completeness.untranslated-tail',
  'completeness.unconfirmed-stretch',
  'glossary.missing-term',
  'glossary.forbidden-term',
  'numbers.mismatch',
  'links.mismatch',
  'tags.missing',
  'untranslated.chinese',
  'untranslated.wrong-language',
  'names.country',
  'punctuation.brackets',
  'punctuation.quote-style',
  'punctuation.fullwidth',
  'punctuation.final',
  'punctuation.question',
  'punctuation.capital',
  'punctuation.doubled',
  'spacing.double-space',
  'spacing.edge-space',
  'spacing.before-punctuation',
  'spacing.after-punctuation',
  'characters.control',
  'characters.mixed-script',
  'words.doubled',
  'spelling.misspelling',
  'names.spelling',
  'consistency.source',
  'consistency.target',
  'source.duplicate-paragraph',
  'source.stray-latin',
  'source.doubled-character',
  'source.cleanup-flag',
];
