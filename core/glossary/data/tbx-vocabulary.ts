import type { TermStatus } from '../types';

/** Concept-level elements: TBX 2019 (ISO 30042:2019) and TBX 2008 (martif). */
export const CONCEPT_ELEMENTS: ReadonlySet<string> = new Set(['conceptEntry', 'termEntry']);
/** Language sections. */
export const LANG_ELEMENTS: ReadonlySet<string> = new Set(['langSec', 'langSet']);
/** Term sections: 2019 termSec; 2008 tig (term information group) and ntig (nested). */
export const TERM_ELEMENTS: ReadonlySet<string> = new Set(['termSec', 'tig', 'ntig']);
/** Root elements of a TBX document. */
export const ROOT_ELEMENTS: ReadonlySet<string> = new Set(['tbx', 'martif']);

/** termNote types that carry the usage status. */
export const STATUS_NOTE_TYPES: ReadonlySet<string> = new Set(['administrativeStatus', 'normativeAuthorization']);

/** Administrative-status picklist values (with and without the TBX-Basic "-admn-sts" suffix). */
export const STATUS_VALUES: Readonly<Record<string, TermStatus>> = {
  'preferredTerm-admn-sts': 'preferred',
  'admittedTerm-admn-sts': 'admitted',
  'deprecatedTerm-admn-sts': 'deprecated',
  'supersededTerm-admn-sts': 'deprecated',
  preferredTerm: 'preferred',
  admittedTerm: 'admitted',
  deprecatedTerm: 'deprecated',
  supersededTerm: 'deprecated',
  // TBX-Basic 2019 also allows "standardizedTerm"/"legalTerm" in normativeAuthorization: binding names.
  standardizedTerm: 'preferred',
  legalTerm: 'preferred',
  regulatedTerm: 'preferred',
};

/** What each status is written as by serializeTbx. */
export const STATUS_TO_TBX: Readonly<Record<TermStatus, string>> = {
  preferred: 'preferredTerm-admn-sts',
  admitted: 'admittedTerm-admn-sts',
  deprecated: 'deprecatedTerm-admn-sts',
};
