import type { Handlers, Response } from '../../core/contract';
import { teamGlossaryDir } from '../glossary-handlers';
import type { Host } from '../host';
import type { SpellLocale } from '../../core/spelling';
import { dictionaryVersion, readDictionaryFiles } from './dictionaries';
import { addToTeamDictionary, readTeamDictionary, teamDictionaryPath } from './team-dictionary';

const utf8 = new TextDecoder('utf-8');

/** A dictionary for the page: its version, and its files decoded unless the page holds that version. */
async function dictionaryFor(locale: SpellLocale, held: ReadonlySet<string>): Promise<Response<'spelling:dictionaries'>['en']> {
  const version = await dictionaryVersion(locale);
  if (held.has(version)) return { version, files: null };
  const { aff, dic } = await readDictionaryFiles(locale);
  return { version, files: { aff: utf8.decode(aff), dic: utf8.decode(dic) } };
}

/**
 * The spelling channels: dictionary files for the QA worker, and the team dictionary in the
 * project's team glossary folder (resolved by the host like the glossary's; never a page's path).
 */
export function createSpellingHandlers(host: Pick<Host, 'glossaryDir' | 'resolveTeamFolder'>): Pick<Handlers, 'spelling:dictionaries' | 'spelling:addWord' | 'spelling:teamWords'> {
  const fileFor = async (teamFolder: string | null | undefined): Promise<string> =>
    teamDictionaryPath(await teamGlossaryDir(host, { settings: { glossaryFolder: teamFolder ?? undefined } }));
  return {
    'spelling:dictionaries': async ({ english, teamFolder, held }) => {
      // Only what the page's worker lacks travels (the team words always: they are read fresh and small).
      const holds = new Set(held);
      const [en, ru, team] = await Promise.all([dictionaryFor(english, holds), dictionaryFor('ru', holds), fileFor(teamFolder).then(readTeamDictionary)]);
      return { en, ru, teamWords: team.words };
    },
    'spelling:addWord': async ({ word, teamFolder }) => ({ words: await addToTeamDictionary(await fileFor(teamFolder), word) }),
    'spelling:teamWords': async ({ teamFolder }) => ({ words: (await readTeamDictionary(await fileFor(teamFolder))).words }),
  };
}
