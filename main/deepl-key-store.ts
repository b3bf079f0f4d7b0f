import type { SafeStorage } from 'electron';
import { keyFileStore } from '../services/deepl/key-source';
import type { DeepLKeySource, KeyFileFormat } from '../services/deepl/key-source';

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
  // Asked on each use, not at construction: safeStorage answers only after the app is ready.
  function canStore(): boolean {
    const safeStorage = storage();
    if (!safeStorage.isEncryptionAvailable()) return false;
    const backend = process.platform === 'linux' ? safeStorage.getSelectedStorageBackend?.() : undefined;
    return backend !== 'basic_text' && backend !== 'unknown';
  }
  const format: KeyFileFormat = {
    canStore,
    cannotStore: 'This system offers no encrypted storage for the DeepL key (no keyring): set DEEPL_AUTH_KEY instead',
    encode: (key) => new Uint8Array(storage().encryptString(key)),
    decode(bytes) {
      if (!canStore()) return null;
      try {
        return storage().decryptString(bytes);
      } catch {
        return null; // encrypted by another user or machine (copied profile): unusable, the environment's key applies
      }
    },
  };
  return keyFileStore(userDataDir, DEEPL_KEY_FILE, format, env);
}
