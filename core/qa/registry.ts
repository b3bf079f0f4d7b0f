import { charactersControl } from './checks/characters-control';
import { charactersMixedScript } from './checks/characters-mixed-script';
import { completenessAddition } from './checks/completeness-addition';
import { completenessHiddenGap } from './checks/completeness-hidden-gap';
import { completenessOmission } from './checks/completeness-omission';
import { completenessPartialOmission } from './checks/completeness-partial-omission';
import { completenessUntranslatedTail } from './checks/completeness-untranslated-tail';
import { completenessUnconfirmedStretch } from './checks/completeness-unconfirmed-stretch';
import { consistencySource } from './checks/consistency-source';
import { consistencyTarget } from './checks/consistency-target';
import { glossaryForbiddenTerm } from './checks/glossary-forbidden-term';
import { glossaryMissingTerm } from './checks/glossary-missing-term';
import { namesCountry } from './checks/names-country';
import { linksMismatch } from './checks/links-mismatch';
import { numbersCurrency } from './checks/numbers-currency';
import { numbersMismatch } from './checks/numbers-mismatch';
import { punctuationBrackets } from './checks/punctuation-brackets';
import { punctuationCapital } from './checks/punctuation-capital';
import { punctuationDoubled } from './checks/punctuation-doubled';
import { punctuationFinal } from './checks/punctuation-final';
import { punctuationQuestion } from './checks/punctuation-question';
import { punctuationFullwidth } from './checks/punctuation-fullwidth';
import { punctuationQuoteStyle } from './checks/punctuation-quote-style';
import { sourceCleanupFlag } from './checks/source-cleanup-flag';
import { sourceDoubledCharacter } from './checks/source-doubled-character';
import { sourceDuplicateParagraph } from './checks/source-duplicate-paragraph';
import { sourceStrayLatin } from './checks/source-stray-latin';
import { spellingMisspelling } from './checks/spelling-misspelling';
import { namesSpelling } from './checks/names-spelling';
import { spacingDoubleSpace } from './checks/spacing-double-space';
import { spacingAfterPunctuation } from './checks/spacing-after-punctuation';
import { spacingBeforePunctuation } from './checks/spacing-before-punctuation';
import { spacingEdgeSpace } from './checks/spacing-edge-space';
import { tagsMissing } from './checks/tags-missing';
import { untranslatedChinese } from './checks/untranslated-chinese';
import { untranslatedWrongLanguage } from './checks/untranslated-wrong-language';
import { wordsDoubled } from './checks/words-doubled';
import type { Check } from './types';

/** Every QA check, in report order. Adding a check is one file in checks/ and one line here. */
export const CHECKS: readonly Check[] = [
  completenessOmission,
  completenessAddition,
  completenessHiddenGap,
  completenessPartialOmission,
  completenessUntranslatedTail,
  completenessUnconfirmedStretch,
  glossaryMissingTerm,
  glossaryForbiddenTerm,
  numbersMismatch,
  numbersCurrency,
  linksMismatch,
  tagsMissing,
  untranslatedChinese,
  untranslatedWrongLanguage,
  namesCountry,
  punctuationBrackets,
  punctuationQuoteStyle,
  punctuationFullwidth,
  punctuationFinal,
  punctuationQuestion,
  punctuationCapital,
  punctuationDoubled,
  spacingDoubleSpace,
  spacingEdgeSpace,
  spacingBeforePunctuation,
  spacingAfterPunctuation,
  charactersControl,
  charactersMixedScript,
  wordsDoubled,
  spellingMisspelling,
  namesSpelling,
  consistencySource,
  consistencyTarget,
  sourceDuplicateParagraph,
  sourceStrayLatin,
  sourceDoubledCharacter,
  sourceCleanupFlag,
];

/** The ids of all checks, e.g. for the settings panel and for validating `disabledChecks` (check-ids.ts). */
export { CHECK_IDS } from './check-ids';
