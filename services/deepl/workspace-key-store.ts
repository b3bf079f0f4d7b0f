import { keyFileStore } from './key-source';
import type { DeepLKeySource } from './key-source';

/** The key file in web mode's workspace data folder: readable by the owner only. */
export const WORKSPACE_KEY_FILE = 'deepl-key';

/**
 * Web mode's key store: the key in `<workspace>/.duizhao/deepl-key` with owner-only permissions
 * (0600, set when the file is created, before the key is written). It is read by the server only
 * and never returned to the page. A key in DEEPL_AUTH_KEY is used when none is stored.
 */
export function createWorkspaceKeyStore(dataDir: string, env: NodeJS.ProcessEnv = process.env): DeepLKeySource {
  return keyFileStore(
    dataDir,
    WORKSPACE_KEY_FILE,
    {
      canStore: () => true,
      cannotStore: '',
      encode: (key) => new TextEncoder().encode(key),
      decode: (bytes) => bytes.toString('utf8').trim() || null,
      ownerOnly: true,
    },
    env,
  );
}
