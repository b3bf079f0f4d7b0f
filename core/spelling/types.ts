import type { TargetLang } from '../model/types';

/**
 * A spelling dictionary as core sees it: the host (Node: services/spelling, the app: the QA worker)
 * loads Hunspell dictionaries and hands over this much, so core stays free of I/O and WebAssembly.
 */
export interface SpellChecker {
  /** True when the dictionary knows the word (case rules as Hunspell applies them). */
  correct(word: string): boolean;
  /** Corrections, best first; empty when there are none. */
  suggest(word: string): string[];
}

/** Dictionaries a host can load: English in two variants and Russian. */
export type SpellLocale = 'en-US' | 'en-GB' | 'ru';
export const SPELL_LOCALES: readonly SpellLocale[] = ['en-US', 'en-GB', 'ru'];

/** Which English spellings a check accepts: one variant, or either (when the variant is unknown). */
export type EnglishSpelling = 'en-US' | 'en-GB' | 'both';

/** One unknown word in a text. */
export interface Misspelling {
  word: string;
  start: number;
  end: number;
  /**
   * Probably a name (probable-name.ts: capitalised inside its sentence, a transliterated name in
   * the source): reported as information and offered no corrections.
   */
  probableName: boolean;
  /** The probable name labels who speaks ("Bloomberg:" opening a press conference turn), rather than echoing a transliterated source name. */
  speakerLabel?: true;
}

/** What createSpeller needs. */
export interface SpellerOptions {
  /** A checker per target language; a language without one is not checked. */
  checkers: Partial<Record<TargetLang, SpellChecker>>;
  /**
   * Words never flagged, matched in any inflected form (Snowball stem): the team dictionary, the
   * project's ignore list, the glossary's target-side words. Either script, any language.
   */
  acceptedWords?: Iterable<string>;
  /** Skip words written in capitals only (UN, ООН, BRICS). Default true. */
  skipAllCaps?: boolean;
}
