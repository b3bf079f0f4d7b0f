import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import { writeFileAtomic } from '../atomic-write';
import type { DeepLKeySource } from './key-source';

/** The key file in web mode's workspace data folder: readable by the owner only. */
export const WORKSPACE_KEY_FILE = 'deepl-key';

/**
 * Web mode's key store: the key in `<workspace>/.duizhao/deepl-key` with owner-only permissions
 * (0600, set when the file is created, before the key is written). It is read by the server only
 * and never returned to the page. A key in DEEPL_AUTH_KEY is used when none is stored.
 */
export function createWorkspaceKeyStore(dataDir: string, env: NodeJS.ProcessEnv = process.env): DeepLKeySource {
  const file = path.join(dataDir, WORKSPACE_KEY_FILE);
  return {
    canStore: true,
    async read() {
      const stored = (await fsp.readFile(file, 'utf8').catch(() => '')).trim();
      if (stored) return { key: stored, source: 'stored' };
      const fromEnv = env.DEEPL_AUTH_KEY?.trim();
      return fromEnv ? { key: fromEnv, source: 'environment' } : null;
    },
    async write(key) {
      if (key === null) {
        await fsp.rm(file, { force: true });
        return;
      }
      await fsp.mkdir(dataDir, { recursive: true, mode: 0o700 });
      await writeFileAtomic(file, key, { mode: 0o600 });
    },
  };
}
