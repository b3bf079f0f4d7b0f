/**
 * The team dictionary: `team-dictionary.txt` in the project's shared glossary folder
 * (settings.glossaryFolder, else the built-in glossary/), a plain word list (one word a line,
 * sorted, UTF-8) that every teammate's app and the CLI read, and "Add to dictionary" writes. Read
 * fresh on every use; the app learns of a teammate's change from the glossary folder's watcher.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { insertWord, isListableWord, parseWordList } from '../../core/spelling';
import { writeFileAtomic } from '../atomic-write';
import { nodeCrypto } from '../node-crypto';

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

/** The file's bytes, or null when there is none (an empty dictionary). */
async function readBytes(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

const hashOf = (bytes: Buffer | null): string => (bytes === null ? 'none' : nodeCrypto().createHash('sha256').update(bytes).digest('hex'));

/** UTF-8 text, or a TypeError for bytes that are not. */
const decode = (bytes: Buffer): string => new TextDecoder('utf-8', { fatal: true }).decode(bytes);

/** The words of a team dictionary file; a missing file is an empty dictionary. */
export async function readTeamDictionary(file: string): Promise<{ words: string[]; problems: TeamDictionaryProblem[] }> {
  const bytes = await readBytes(file);
  if (bytes === null) return { words: [], problems: [] };
  let text: string;
  try {
    text = decode(bytes);
  } catch {
    return { words: [], problems: [{ file, line: 0, message: 'not valid UTF-8 text; save the file as UTF-8' }] };
  }
  const { words, problems } = parseWordList(text);
  return { words, problems: problems.map((p) => ({ file, ...p })) };
}

/** The file changed between our read and our write: read it again and insert into that. */
class ChangedOnDisk extends Error {}

/** How often an add re-reads a file that keeps changing under it before giving up. */
const ATTEMPTS = 5;

/** Adds in flight per file in this process (all windows share main): one at a time, so none is lost between them. */
const queues = new Map<string, Promise<unknown>>();

/**
 * Adds a word without ever writing over a change made since the file was read: the word is
 * inserted into the file as it is on disk now (every other line, comments too, kept byte for
 * byte), and the write is a compare-and-swap — just before the new file replaces the old one,
 * the old one is read again and, if a teammate changed it meanwhile, the insert starts over on
 * their version. A word list is a set, so inserting into the newest version is a safe merge: their
 * additions and removals stay, ours is added. Returns the words now in the file.
 *
 * `afterRead` runs once the file was read for an attempt (tests make a teammate's change there).
 */
export function addToTeamDictionary(file: string, word: string, afterRead?: () => Promise<void>): Promise<string[]> {
  if (!isListableWord(word)) return Promise.reject(new Error(`“${word.slice(0, 40)}” cannot go into the team dictionary: one word, no spaces`));
  const previous = queues.get(file) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(() => insertIntoFile(file, word, afterRead));
  queues.set(file, next);
  void next.finally(() => {
    if (queues.get(file) === next) queues.delete(file);
  }).catch(() => undefined);
  return next;
}

async function insertIntoFile(file: string, word: string, afterRead?: () => Promise<void>): Promise<string[]> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const bytes = await readBytes(file);
    let text: string;
    try {
      text = bytes === null ? '' : decode(bytes);
    } catch {
      throw new Error(`${file}: not valid UTF-8 text; save the file as UTF-8 first (nothing was written)`);
    }
    await afterRead?.();
    const next = insertWord(text, word);
    if (next === null) return parseWordList(text).words;
    const readHash = hashOf(bytes);
    await mkdir(dirname(file), { recursive: true });
    try {
      await writeFileAtomic(file, next, {
        beforeRename: async () => {
          if (hashOf(await readBytes(file)) !== readHash) throw new ChangedOnDisk();
        },
      });
      return parseWordList(next).words;
    } catch (err) {
      if (!(err instanceof ChangedOnDisk)) throw err;
    }
  }
  throw new Error(`${file} kept changing while “${word}” was being added (a sync in progress?); nothing was written, try again`);
}
