import type { Lang, Span, TargetLang } from '../model/types';

/** TBX administrative status, mapped onto what the checks need. */
export type TermStatus = 'preferred' | 'admitted' | 'deprecated';

export interface Term {
  text: string;
  lang: Lang;
  status: TermStatus;
  /** Free-text note from the term base (usage, context). */
  note?: string;
}

/** One concept: a Chinese source term and its fixed English / Russian renderings. */
export interface Concept {
  id: string;
  /** Subject field or group, e.g. "organisations", "treaties". */
  subject?: string;
  definition?: string;
  terms: Term[];
  /** Where it was read from, for conflict and error messages. */
  origin: { file: string; line: number };
}

export interface TermBase {
  concepts: Concept[];
}

/** A problem found while reading or merging term base files; the rest still loads where it safely can. */
export interface GlossaryProblem {
  file: string;
  line: number;
  message: string;
  severity: 'error' | 'warning';
}

/** A Chinese source term found in a sentence. */
export interface SourceTermHit {
  concept: Concept;
  span: Span;
  text: string;
}

/** A target-language term (required or forbidden) found in a sentence, inflection-aware. */
export interface TargetTermHit {
  concept: Concept;
  term: Term;
  span: Span;
  lang: TargetLang;
}

/** What one parser returns for one file: the concepts it could read and what it could not. */
export interface ParsedTermFile {
  concepts: Concept[];
  problems: GlossaryProblem[];
}

/** Term lookups built once over a term base (see createTermMatcher). */
export interface TermMatcher {
  /** Chinese source terms, longest match first; nested shorter terms are not reported separately. */
  findSourceTerms(text: string): SourceTermHit[];
  /** Every English or Russian term of any status, inflection-aware, whole words, overlaps included. */
  findTargetTerms(text: string, lang: TargetLang): TargetTermHit[];
  /** Preferred and admitted renderings: any one of them satisfies the glossary. */
  requiredTargets(concept: Concept, lang: TargetLang): readonly Term[];
  /** Deprecated (forbidden) renderings. */
  forbiddenTargets(concept: Concept, lang: TargetLang): readonly Term[];
}
