import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import type { SafeStorage } from 'electron';
import { writeFileAtomic } from '../services/atomic-write';
import type { DeepLKeySource } from '../services/deepl/key-source';

/** The encrypted key file in userData: ciphertext only, never the key in clear. */
export const DEEPL_KEY_FILE = 'deepl-key.bin';

/**
 * The desktop key store: the key encrypted with Electron safeStorage (Keychain, DPAPI, libsecret)
 * in userData. On Linux without a keyring safeStorage falls back to a fixed password
 * ("basic_text"), which is no protection: then nothing is stored and DEEPL_AUTH_KEY is the way.
 * A key in the environment is used when none is stored.
 */
export function createDeepLKeyStore(
  storage: () => Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'> & { getSelectedStorageBackend?: () => string },
  userDataDir: string,
  env: NodeJS.ProcessEnv = process.env,
): DeepLKeySource {
  const file = path.join(userDataDir, DEEPL_KEY_FILE);
  // Asked on each use, not at construction: safeStorage answers only after the app is ready.
  const safeStorage = { isEncryptionAvailable: () => storage().isEncryptionAvailable(), getSelectedStorageBackend: () => storage().getSelectedStorageBackend?.(), encryptString: (s: string) => storage().encryptString(s), decryptString: (b: Buffer) => storage().decryptString(b) };
  function canStore(): boolean {
    if (!safeStorage.isEncryptionAvailable()) return false;
    const backend = process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : undefined;
    return backend !== 'basic_text' && backend !== 'unknown';
  }
  return {
    get canStore() {
      return canStore();
    },
    async read() {
      const bytes = await fsp.readFile(file).catch(() => null);
      if (bytes && canStore()) {
        try {
          return { key: safeStorage.decryptString(bytes), source: 'stored' };
        } catch {
          // Encrypted by another user or machine (copied profile): unusable, fall through to the environment.
        }
      }
      const fromEnv = env.DEEPL_AUTH_KEY?.trim();
      return fromEnv ? { key: fromEnv, source: 'environment' } : null;
    },
    async write(key) {
      if (key === null) {
        await fsp.rm(file, { force: true });
        return;
      }
      if (!canStore()) throw new Error('This system offers no encrypted storage for the DeepL key (no keyring): set DEEPL_AUTH_KEY instead');
      await fsp.mkdir(userDataDir, { recursive: true });
      await writeFileAtomic(file, new Uint8Array(safeStorage.encryptString(key)));
    },
  };
}
