import type { Handlers } from '../../core/contract';
import { teamGlossaryDir } from '../glossary-handlers';
import type { Host } from '../host';
import { readDictionaryFiles } from './dictionaries';
import { addToTeamDictionary, readTeamDictionary, teamDictionaryPath } from './team-dictionary';

const utf8 = new TextDecoder('utf-8');

/**
 * The spelling channels: dictionary files for the QA worker, and the team dictionary in the
 * project's team glossary folder (resolved by the host like the glossary's; never a page's path).
 */
export function createSpellingHandlers(host: Pick<Host, 'glossaryDir' | 'resolveTeamFolder'>): Pick<Handlers, 'spelling:dictionaries' | 'spelling:addWord' | 'spelling:teamWords'> {
  const fileFor = async (teamFolder: string | null | undefined): Promise<string> =>
    teamDictionaryPath(await teamGlossaryDir(host, { settings: { glossaryFolder: teamFolder ?? undefined } }));
  return {
    'spelling:dictionaries': async ({ english, teamFolder }) => {
      const [en, ru, team] = await Promise.all([readDictionaryFiles(english), readDictionaryFiles('ru'), fileFor(teamFolder).then(readTeamDictionary)]);
      return {
        en: { aff: utf8.decode(en.aff), dic: utf8.decode(en.dic) },
        ru: { aff: utf8.decode(ru.aff), dic: utf8.decode(ru.dic) },
        teamWords: team.words,
      };
    },
    'spelling:addWord': async ({ word, teamFolder }) => ({ words: await addToTeamDictionary(await fileFor(teamFolder), word) }),
    'spelling:teamWords': async ({ teamFolder }) => ({ words: (await readTeamDictionary(await fileFor(teamFolder))).words }),
  };
}
