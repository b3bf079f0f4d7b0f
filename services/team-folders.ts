import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import { writeFileAtomic } from './atomic-write';

/**
 * Team glossary folders the user chose in main's folder dialog, remembered in the app's user data
 * (`team-folders.json`), so a project naming one of them reads it after a restart — and a project
 * naming any other folder (a hand-edited or hostile file) reads nothing from it.
 */
export function createTeamFolderGrants(userDataDir: string) {
  const file = path.join(userDataDir, 'team-folders.json');
  /** A bound: the list only grows by dialog choices, but a corrupt file must not be trusted whole. */
  const LIMIT = 200;

  async function read(): Promise<string[]> {
    const text = await fsp.readFile(file, 'utf8').catch(() => '[]');
    try {
      const list: unknown = JSON.parse(text);
      return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string' && path.isAbsolute(x)).slice(0, LIMIT) : [];
    } catch {
      return [];
    }
  }

  return {
    /** Remember a folder the user picked in the dialog; the most recent first. */
    async grant(folder: string): Promise<void> {
      const normal = path.resolve(folder);
      const list = (await read()).filter((f) => f !== normal);
      list.unshift(normal);
      await fsp.mkdir(userDataDir, { recursive: true });
      await writeFileAtomic(file, `${JSON.stringify(list.slice(0, LIMIT), null, 2)}\n`);
    },
    /** The folder on disk when it was granted and still is a folder; else null. */
    async resolve(reference: string): Promise<string | null> {
      if (!path.isAbsolute(reference)) return null;
      const normal = path.resolve(reference);
      if (!(await read()).includes(normal)) return null;
      return (await fsp.stat(normal).catch(() => null))?.isDirectory() ? normal : null;
    },
  };
}
