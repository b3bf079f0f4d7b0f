import { z } from 'zod';
import { channel } from './channel';

/** A Hunspell dictionary's two files as UTF-8 text (all three shipped dictionaries are UTF-8). */
const dictionarySchema = z.object({ aff: z.string(), dic: z.string() });

export const spellingChannels = {
  /**
   * The dictionaries for the page's QA worker (en in the project's variant, ru) and the team
   * dictionary's words (glossary/team-dictionary.txt), read fresh.
   */
  'spelling:dictionaries': channel(
    z.object({ english: z.enum(['en-US', 'en-GB']) }),
    z.object({ en: dictionarySchema, ru: dictionarySchema, teamWords: z.array(z.string()) }),
  ),
  /** "Add to dictionary": adds one word to the team dictionary (sorted, atomic) and returns the list. */
  'spelling:addWord': channel(z.object({ word: z.string().min(1).max(100) }), z.object({ words: z.array(z.string()) })),
  /** The team dictionary's words, read again (the page polls it: a teammate's added word takes effect). */
  'spelling:teamWords': channel(z.object({}), z.object({ words: z.array(z.string()) })),
};
