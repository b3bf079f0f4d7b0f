import type { Handlers } from '../../core/contract';
import { readDictionaryFiles } from './dictionaries';
import { addToTeamDictionary, readTeamDictionary, teamDictionaryPath } from './team-dictionary';
import type { Host } from '../host';

const utf8 = new TextDecoder('utf-8');

/** The spelling channels: dictionary files for the QA worker, and the team dictionary in the host's glossary folder. */
export function createSpellingHandlers(host: Pick<Host, 'glossaryDir'>): Pick<Handlers, 'spelling:dictionaries' | 'spelling:addWord' | 'spelling:teamWords'> {
  const file = teamDictionaryPath(host.glossaryDir);
  return {
    'spelling:dictionaries': async ({ english }) => {
      const [en, ru, team] = await Promise.all([readDictionaryFiles(english), readDictionaryFiles('ru'), readTeamDictionary(file)]);
      return {
        en: { aff: utf8.decode(en.aff), dic: utf8.decode(en.dic) },
        ru: { aff: utf8.decode(ru.aff), dic: utf8.decode(ru.dic) },
        teamWords: team.words,
      };
    },
    'spelling:addWord': async ({ word }) => ({ words: await addToTeamDictionary(file, word) }),
    'spelling:teamWords': async () => ({ words: (await readTeamDictionary(file)).words }),
  };
}
