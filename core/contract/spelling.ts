import { z } from 'zod';
import { channel } from './channel';

/**
 * A dictionary's version: its locale and a hash of its files' bytes, computed by main once per
 * process (`en-GB:3f9a…`). Equal versions, equal files: the page names the ones its QA worker holds.
 */
const dictionaryVersion = z.string().min(1).max(80);

/** A Hunspell dictionary: its version, and its two files as UTF-8 text unless the request named that version as held. */
const dictionarySchema = z.object({
  version: dictionaryVersion,
  /** Null when the request named this version as held (the worker reuses its copy): ≈ 4 MB not sent. */
  files: z.object({ aff: z.string(), dic: z.string() }).nullable(),
});

/**
 * The project's team glossary folder (settings.glossaryFolder), whose team-dictionary.txt applies;
 * resolved by main exactly as `glossary:load` resolves it (a folder main did not grant, or none,
 * means the built-in glossary folder).
 */
const teamFolder = z.string().max(4096).nullable().optional();

export const spellingChannels = {
  /**
   * The dictionaries for the page's QA worker (en in the project's variant, ru) and the team
   * dictionary's words (team-dictionary.txt in the team folder), read fresh. `held`: the versions
   * the worker already has (at most the three shipped dictionaries and a few stale ones); their
   * files are not sent again.
   */
  'spelling:dictionaries': channel(
    z.object({ english: z.enum(['en-US', 'en-GB']), teamFolder, held: z.array(dictionaryVersion).max(8).default([]) }),
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
