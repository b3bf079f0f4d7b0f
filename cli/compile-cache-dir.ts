import { lstatSync, mkdirSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the CLI keeps Node's compile cache: a folder of this user's, never the repository or the
 * install folder (which may be read-only or shared). Node's default, `<tmp>/node-compile-cache`, is
 * shared by every user of a Unix machine, and V8 runs cached code as trusted: a folder another user
 * can write to must not be used. Tried in order: the OS's per-user cache folder, then a per-user
 * folder in the temporary directory. `null` when neither is usable (the CLI then runs without the
 * cache). NODE_COMPILE_CACHE, if set, is the user's explicit choice and wins.
 */
export function compileCacheDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | null {
  if (env.NODE_COMPILE_CACHE) return env.NODE_COMPILE_CACHE;
  const uid = typeof process.getuid === 'function' ? process.getuid() : null;
  const userCache = userCacheBase(env, platform);
  const candidates = [
    userCache && join(userCache, 'duizhao', 'compile-cache'),
    // One level directly in the temporary directory, so no folder above it belongs to someone else.
    join(tmpdir(), `duizhao-compile-cache-${uid ?? 'user'}`),
  ];
  for (const dir of candidates) if (dir && usablePrivateDir(dir, uid)) return dir;
  return null;
}

/** The OS's per-user cache folder (XDG on Linux, ~/Library/Caches on macOS, %LOCALAPPDATA% on Windows). */
function userCacheBase(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string | null {
  if (platform === 'win32') return env.LOCALAPPDATA || null;
  const home = homeOrNull();
  if (platform === 'darwin') return home && join(home, 'Library', 'Caches');
  if (env.XDG_CACHE_HOME?.startsWith('/')) return env.XDG_CACHE_HOME;
  return home && join(home, '.cache');
}

function homeOrNull(): string | null {
  try {
    return homedir() || null;
  } catch {
    return null;
  }
}

/** Creates the folder if needed; usable if it is a real folder (not a symlink) that only this user can write (Unix). */
function usablePrivateDir(dir: string, uid: number | null): boolean {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = lstatSync(dir);
    if (!st.isDirectory()) return false;
    return uid === null || (st.uid === uid && (st.mode & 0o022) === 0);
  } catch {
    return false;
  }
}
