import type { TermStatus } from '../types';

/** Concept-level elements: TBX 2019 (ISO 30042:2019) and TBX 2008 (martif). */
export const CONCEPT_ELEMENTS: ReadonlySet<string> = new Set(['conceptEntry', 'termEntry']);
/** Language sections. */
export const LANG_ELEMENTS: ReadonlySet<string> = new Set(['langSec', 'langSet']);
/** Term sections: 2019 termSec; 2008 tig (term information group) and ntig (nested). */
export const TERM_ELEMENTS: ReadonlySet<string> = new Set(['termSec', 'tig', 'ntig']);
/** Root elements of a TBX document. */
export const ROOT_ELEMENTS: ReadonlySet<string> = new Set(['tbx', 'martif']);

/**
 * termNote types that carry the usage status; in TBX v3 DCT style the same names are the element
 * names (`<min:administrativeStatus>`), so both readings use this set.
 */
export const STATUS_NOTE_TYPES: ReadonlySet<string> = new Set(['administrativeStatus', 'normativeAuthorization']);

/**
 * Administrative-status picklist values: TBX-Basic / TBX-Default (with the "-admn-sts" suffix), the
 * older normativeAuthorization values (without it), and the plain words some tools write (Weblate:
 * "forbidden", "obsolete"). Legal, regulated and standardized terms are binding: preferred.
 * Obsolete is old usage, not an error: admitted (a translation using it is not flagged), where
 * deprecated and superseded terms are forbidden.
 */
export const STATUS_VALUES: Readonly<Record<string, TermStatus>> = {
  'preferredTerm-admn-sts': 'preferred',
  'admittedTerm-admn-sts': 'admitted',
  'deprecatedTerm-admn-sts': 'deprecated',
  'supersededTerm-admn-sts': 'deprecated',
  'legalTerm-admn-sts': 'preferred',
  'regulatedTerm-admn-sts': 'preferred',
  'standardizedTerm-admn-sts': 'preferred',
  preferredTerm: 'preferred',
  admittedTerm: 'admitted',
  deprecatedTerm: 'deprecated',
  supersededTerm: 'deprecated',
  obsoleteTerm: 'admitted',
  legalTerm: 'preferred',
  regulatedTerm: 'preferred',
  standardizedTerm: 'preferred',
  preferred: 'preferred',
  admitted: 'admitted',
  deprecated: 'deprecated',
  superseded: 'deprecated',
  forbidden: 'deprecated',
  obsolete: 'admitted',
};

/** What each status is written as by serializeTbx. */
export const STATUS_TO_TBX: Readonly<Record<TermStatus, string>> = {
  preferred: 'preferredTerm-admn-sts',
  admitted: 'admittedTerm-admn-sts',
  deprecated: 'deprecatedTerm-admn-sts',
};
