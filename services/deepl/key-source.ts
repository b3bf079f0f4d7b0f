import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import { writeFileAtomic } from '../atomic-write';

/**
 * Where the app's DeepL key lives. The desktop stores it encrypted by the OS (main/deepl-key-store.ts,
 * Electron safeStorage), web mode in an owner-only file of the workspace (workspace-key-store.ts),
 * both through `keyFileStore`; the CLI reads DEEPL_AUTH_KEY only. Implementations never log
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

/** How a key file keeps the key: the desktop encrypts it with the OS, web mode keeps it owner-only. */
export interface KeyFileFormat {
  /** Whether a key can be kept now (asked on each use: Electron's safeStorage answers only once the app is ready). */
  canStore(): boolean;
  /** The error write() throws when canStore() is false. */
  cannotStore: string;
  encode(key: string): Uint8Array;
  /** The key in the file's bytes, or null when there is none usable here (empty; encrypted elsewhere). */
  decode(bytes: Buffer): string | null;
  /** Owner-only permissions for the folder (0700) and the file (0600), set before the key is written. */
  ownerOnly?: boolean;
}

/**
 * A key kept in one file of `dir`, the one logic of both stores: a stored key wins, else
 * DEEPL_AUTH_KEY; forgetting deletes the file; every write is atomic.
 */
export function keyFileStore(dir: string, fileName: string, format: KeyFileFormat, env: NodeJS.ProcessEnv = process.env): DeepLKeySource {
  const file = path.join(dir, fileName);
  return {
    get canStore() {
      return format.canStore();
    },
    async read() {
      const bytes = await fsp.readFile(file).catch(() => null);
      const stored = bytes ? format.decode(bytes) : null;
      if (stored !== null) return { key: stored, source: 'stored' };
      const fromEnv = env.DEEPL_AUTH_KEY?.trim();
      return fromEnv ? { key: fromEnv, source: 'environment' } : null;
    },
    async write(key) {
      if (key === null) {
        await fsp.rm(file, { force: true });
        return;
      }
      if (!format.canStore()) throw new Error(format.cannotStore);
      await fsp.mkdir(dir, format.ownerOnly ? { recursive: true, mode: 0o700 } : { recursive: true });
      await writeFileAtomic(file, format.encode(key), format.ownerOnly ? { mode: 0o600 } : {});
    },
  };
}
