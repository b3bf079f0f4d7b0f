/**
 * The team dictionary: `team-dictionary.txt` in the shared glossary folder, a plain word list (one
 * word a line, sorted, UTF-8) that every teammate's app and the CLI read, and "Add to dictionary"
 * writes. Read fresh on every use, so a word one process adds is seen by the next check of another.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isListableWord, parseWordList, serializeWordList } from '../../core/spelling';
import { writeFileAtomic } from '../atomic-write';

export const TEAM_DICTIONARY_FILE = 'team-dictionary.txt';

/** A line of the file that was not taken, named by file and line. */
export interface TeamDictionaryProblem {
  file: string;
  line: number;
  message: string;
}

/** The team dictionary's path inside a glossary folder. */
export function teamDictionaryPath(glossaryDir: string): string {
  return join(glossaryDir, TEAM_DICTIONARY_FILE);
}

/** The words of a team dictionary file; a missing file is an empty dictionary. */
export async function readTeamDictionary(file: string): Promise<{ words: string[]; problems: TeamDictionaryProblem[] }> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(file));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { words: [], problems: [] };
    if (err instanceof TypeError) return { words: [], problems: [{ file, line: 0, message: 'not valid UTF-8 text; save the file as UTF-8' }] };
    throw err;
  }
  const { words, problems } = parseWordList(text);
  return { words, problems: problems.map((p) => ({ file, ...p })) };
}

/**
 * Adds a word: reads the file as it is now (a teammate may have added words since), adds, sorts and
 * writes it atomically. Lines that were not words are kept out, never the words around them.
 */
export async function addToTeamDictionary(file: string, word: string): Promise<string[]> {
  if (!isListableWord(word)) throw new Error(`“${word.slice(0, 40)}” cannot go into the team dictionary: one word, no spaces`);
  const { words } = await readTeamDictionary(file);
  words.push(word.trim());
  const text = serializeWordList(words);
  await writeFileAtomic(file, text);
  return text === '' ? [] : text.slice(0, -1).split('\n');
}
