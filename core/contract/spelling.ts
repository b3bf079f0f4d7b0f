import { z } from 'zod';
import { channel } from './channel';

/** A Hunspell dictionary's two files as UTF-8 text (all three shipped dictionaries are UTF-8). */
const dictionarySchema = z.object({ aff: z.string(), dic: z.string() });

/**
 * The project's team glossary folder (settings.glossaryFolder), whose team-dictionary.txt applies;
 * resolved by main exactly as `glossary:load` resolves it (a folder main did not grant, or none,
 * means the built-in glossary folder).
 */
const teamFolder = z.string().max(4096).nullable().optional();

export const spellingChannels = {
  /**
   * The dictionaries for the page's QA worker (en in the project's variant, ru) and the team
   * dictionary's words (team-dictionary.txt in the team folder), read fresh.
   */
  'spelling:dictionaries': channel(
    z.object({ english: z.enum(['en-US', 'en-GB']), teamFolder }),
    z.object({ en: dictionarySchema, ru: dictionarySchema, teamWords: z.array(z.string()) }),
  ),
  /**
   * "Add to dictionary": inserts one word into the team folder's team-dictionary.txt as it is on
   * disk now (never over a teammate's change) and returns the words now listed.
   */
  'spelling:addWord': channel(z.object({ word: z.string().min(1).max(100), teamFolder }), z.object({ words: z.array(z.string()) })),
  /**
   * The team dictionary's words, read again: the page asks when the glossary folder's watcher saw
   * the file change (`glossary:poll` → dictionaryVersion), on window focus and on a folder switch.
   */
  'spelling:teamWords': channel(z.object({ teamFolder }), z.object({ words: z.array(z.string()) })),
};
