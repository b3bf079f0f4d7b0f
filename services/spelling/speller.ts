/**
 * The speller a QA run uses in Node (CLI, tests): the dictionaries of the languages asked for, the
 * English variant the project (or --english-variant) names, and the accepted words.
 */
import { createSpeller, eitherChecker } from '../../core/spelling';
import type { EnglishSpelling, SpellChecker, Speller } from '../../core/spelling';
import type { TargetLang } from '../../core/model/types';
import { loadSpellChecker } from './dictionaries';

export interface SpellerRequest {
  langs: readonly TargetLang[];
  english: EnglishSpelling;
  acceptedWords?: Iterable<string>;
  skipAllCaps?: boolean;
}

/** The English checker for a variant choice: one dictionary, or either of the two. */
async function englishChecker(english: EnglishSpelling): Promise<SpellChecker> {
  if (english !== 'both') return loadSpellChecker(english);
  const [us, gb] = await Promise.all([loadSpellChecker('en-US'), loadSpellChecker('en-GB')]);
  return eitherChecker(gb, us);
}

/** Loads the dictionaries a run needs and builds its speller. */
export async function loadSpeller(request: SpellerRequest): Promise<Speller> {
  const checkers: Partial<Record<TargetLang, SpellChecker>> = {};
  // A Russian text may quote English words: English is loaded for it too.
  if (request.langs.length > 0) checkers.en = await englishChecker(request.english);
  if (request.langs.includes('ru')) checkers.ru = await loadSpellChecker('ru');
  const options: Parameters<typeof createSpeller>[0] = { checkers };
  if (request.acceptedWords) options.acceptedWords = request.acceptedWords;
  if (request.skipAllCaps !== undefined) options.skipAllCaps = request.skipAllCaps;
  return createSpeller(options);
}
