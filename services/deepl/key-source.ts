/**
 * Where the app's DeepL key lives. The desktop stores it encrypted by the OS (main/deepl-key-store.ts,
 * Electron safeStorage); web mode and the CLI read DEEPL_AUTH_KEY only. Implementations never log
 * the key, and nothing returns it to the renderer.
 */
export interface DeepLKeySource {
  /** The key, or null when none is configured. */
  read(): Promise<{ key: string; source: 'stored' | 'environment' } | null>;
  /** False where a key cannot be stored safely (web mode; Linux without a keyring). */
  readonly canStore: boolean;
  /** Store (or with null, forget) the key. Throws where `canStore` is false. */
  write(key: string | null): Promise<void>;
}

/** Web mode and tests: the key comes from the environment and cannot be changed from the page. */
export function environmentKeySource(env: NodeJS.ProcessEnv = process.env): DeepLKeySource {
  return {
    canStore: false,
    async read() {
      const key = env.DEEPL_AUTH_KEY?.trim();
      return key ? { key, source: 'environment' } : null;
    },
    async write() {
      throw new Error('This build cannot store a DeepL key: set DEEPL_AUTH_KEY in the environment before starting it');
    },
  };
}
