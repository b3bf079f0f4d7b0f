import { foldWord, wordKey } from '../glossary/term-tokens';
import type { TargetLang } from '../model/types';
import { BoundedMemo } from '../text/bounded-memo';
import { DOMAIN_WORDS } from './data/domain-words';
import { isAbbreviation, isPhraseStart, opensSentence } from './abbreviations';
import { isRomanizedChineseName } from './chinese-names';
import { probableNameTest } from './probable-name';
import { spellTokens } from './tokenize';
import type { Misspelling, SpellChecker, SpellerOptions } from './types';

/** Spell-checks sentences of one project: dictionaries, accepted words and skip rules in one place. */
export interface Speller {
  /**
   * The unknown words of a target sentence. `sourceText` is the Chinese it translates: a Latin word
   * that also occurs there (a name, an acronym left in Latin) is not a misspelling, and a
   * transliterated name there makes a capitalised unknown word a probable name (probable-name.ts).
   */
  misspellings(text: string, lang: TargetLang, sourceText?: string): Misspelling[];
  /** Corrections for a word, best first (cached: Russian suggestions cost ~0.1 s each). */
  suggestions(word: string, lang: TargetLang): string[];
  /**
   * Whether `lang`'s dictionary or the accepted words know the word as it is written (no skip rule:
   * a Pinyin name is unknown); false for a language without a dictionary. names.spelling leaves a
   * known word alone ("Susan" is one letter off 苏珊 Sushan).
   */
  knows(word: string, lang: TargetLang): boolean;
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
const LOWER = /\p{Ll}/u;
/** A Latin-script word, accents included (Ján Kubiš), so a name the source writes in Latin is found whole. */
const LATIN_WORD = /\p{Script=Latin}[\p{Script=Latin}\p{M}'-]*/gu;
/**
 * Russian writes не- solid with an adjective or participle (неполитического, нефальсифицированных,
 * несамоуправляющейся), a productive prefix no dictionary lists in full. With a verb it is a separate
 * word, so only adjectival endings qualify, and an ending a verb also has (зная, знаем, говорим) only
 * when no infinitive shares the stem.
 */
const NEGATED_ADJECTIVE = /^не(\p{L}{3,}?)(ого|его|ому|ему|ыми|ими|ый|ий|ой|ые|ие|ое|ее|ым|ых|их|ую|юю|ей|ая|яя|ом|ем|им)(ся)?$/iu;
/** Endings of adjectives that are also those of a gerund (зная) or a present-tense verb (знаем, говорим). */
const VERB_LIKE_ENDINGS = new Set(['ая', 'яя', 'ом', 'ем', 'им']);
const INFINITIVE_ENDINGS = ['ть', 'ать', 'ять', 'еть', 'ить'];
/** Caches, not indexes: bounded so a long session does not grow without end. */
const CACHE_LIMIT = 100_000;

/** The language whose dictionary judges a word, by its script; null for other scripts (Han, digits). */
function scriptLang(word: string): TargetLang | null {
  if (CYRILLIC.test(word)) return 'ru';
  if (LATIN.test(word)) return 'en';
  return null;
}

/** Accepted words as lookups per language: the folded word itself and its inflection-free key. */
function acceptedLookups(lists: ReadonlyArray<Iterable<string>>): Record<TargetLang, Set<string>> {
  const out: Record<TargetLang, Set<string>> = { en: new Set(), ru: new Set() };
  for (const words of lists) for (const raw of words) {
    for (const token of spellTokens(raw)) {
      const lang = scriptLang(token.word);
      if (!lang) continue;
      const folded = foldWord(token.word, lang);
      out[lang].add(folded);
      out[lang].add(wordKey(folded, lang));
    }
  }
  return out;
}

/**
 * Builds a speller over the given dictionaries. Skip rules, in order: other scripts, single
 * letters, all-capital abbreviations (unless switched off), Latin words found in the source,
 * Chinese names in Pinyin or Palladius (chinese-names.ts), accepted words in any inflected form,
 * standard abbreviations before their full stop and г-н / г-жа (abbreviations.ts); then the
 * dictionary. A hyphenated word the dictionary does not know is judged part by part, and only the
 * unknown parts are reported.
 */
export function createSpeller(options: SpellerOptions): Speller {
  const skipAllCaps = options.skipAllCaps ?? true;
  const accepted = acceptedLookups([DOMAIN_WORDS, options.acceptedWords ?? []]);
  // Per language, built only where the project has that language's dictionary.
  const known: Partial<Record<TargetLang, BoundedMemo<string, boolean>>> = {};
  const suggested: Partial<Record<TargetLang, BoundedMemo<string, string[]>>> = {};

  function isAccepted(word: string, lang: TargetLang): boolean {
    const folded = foldWord(word, lang);
    const set = accepted[lang];
    return set.has(folded) || set.has(wordKey(folded, lang));
  }

  /** Whether `lang`'s dictionary (which the project has) or the accepted words know the word. */
  function knows(word: string, lang: TargetLang): boolean {
    return (known[lang] ??= new BoundedMemo(CACHE_LIMIT, (w) => isKnown(options.checkers[lang]!, w, lang))).get(word);
  }

  function isKnown(checker: SpellChecker, word: string, lang: TargetLang): boolean {
    // "States'" is the plural possessive of a known word, "another's" the possessive of one.
    const possessiveOf = word.endsWith("'") ? word.slice(0, -1) : /['’]s$/u.test(word) ? word.slice(0, -2) : undefined;
    return (
      checker.correct(word) ||
      (possessiveOf !== undefined && lang === 'en' && checker.correct(possessiveOf)) ||
      (lang === 'ru' && isNegatedAdjective(checker, word)) ||
      isAccepted(word, lang)
    );
  }

  function skipped(word: string, sourceLatin: () => ReadonlySet<string>): boolean {
    const letters = word.replace(/['-]/g, '');
    if (letters.length < 2) return true;
    if (skipAllCaps && !LOWER.test(letters)) return true;
    return sourceLatin().has(word.normalize('NFC').toLowerCase()) || isRomanizedChineseName(word);
  }

  return {
    knows: (word, lang) => options.checkers[lang] !== undefined && knows(word, lang),
    misspellings(text, lang, sourceText = '') {
      // The source's Latin words, read only when a word is unknown (most sentences have none).
      let latin: Set<string> | undefined;
      const sourceLatin = (): ReadonlySet<string> => (latin ??= latinWords(sourceText));
      const out: Misspelling[] = [];
      const probableName = probableNameTest(sourceText);
      const unknown = (word: string, start: number, end: number): void => {
        const why = probableName(text, { word, start });
        out.push({ word, start, end, probableName: why !== undefined, ...(why === 'speaker' ? { speakerLabel: true } : {}) });
      };
      for (const token of spellTokens(text)) {
        // A Latin word in a Russian text is judged by the English dictionary, and the other way round.
        const wordLang = scriptLang(token.word);
        if (!wordLang || !options.checkers[wordLang]) continue;
        if (lang !== wordLang && !options.checkers[lang]) continue;
        // Known first: a cached lookup settles most words, and only the unknown few need the skip rules.
        if (knows(token.word, wordLang) || skipped(token.word, sourceLatin)) continue;
        // Not cached with the word: «сент.» is an abbreviation only where the stop follows it.
        if (isAbbreviation(token.word, wordLang, text[token.end], opensSentence(text, token.start))) continue;
        if (isPhraseStart(token.word, wordLang, text.slice(token.end, token.end + 8))) continue;
        if (!token.word.includes('-')) {
          unknown(token.word, token.start, token.end);
          continue;
        }
        let at = token.start;
        for (const part of token.word.split('-')) {
          if (part.length > 0 && !skipped(part, sourceLatin) && !knows(part, wordLang)) unknown(part, at, at + part.length);
          at += part.length + 1;
        }
      }
      return out;
    },
    suggestions(word, lang) {
      const wordLang = scriptLang(word) ?? lang;
      if (!options.checkers[wordLang]) return [];
      return (suggested[wordLang] ??= new BoundedMemo(CACHE_LIMIT, (w) => options.checkers[wordLang]!.suggest(w))).get(word);
    },
  };
}

/** The Latin-script words of a (Chinese) source text, lower-cased: names and acronyms it leaves in Latin. */
function latinWords(sourceText: string): Set<string> {
  const words = new Set<string>();
  for (const m of sourceText.normalize('NFC').matchAll(LATIN_WORD)) words.add(m[0].toLowerCase());
  return words;
}

/** A known Russian adjective or participle behind a solid не- (see NEGATED_ADJECTIVE). */
function isNegatedAdjective(checker: SpellChecker, word: string): boolean {
  const m = NEGATED_ADJECTIVE.exec(word);
  if (!m) return false;
  const [, stem = '', ending = '', reflexive = ''] = m;
  if (!checker.correct(stem + ending + reflexive)) return false;
  return !VERB_LIKE_ENDINGS.has(ending.toLowerCase()) || !INFINITIVE_ENDINGS.some((inf) => checker.correct(stem + inf));
}

/**
 * One checker that accepts a word either dictionary knows: for English when the project does not
 * say which variant it writes (a draft with "organization" and "colour" is not wrong twice).
 * Suggestions come from the first.
 */
export function eitherChecker(first: SpellChecker, second: SpellChecker): SpellChecker {
  return {
    correct: (word) => first.correct(word) || second.correct(word),
    suggest: (word) => first.suggest(word),
  };
}
