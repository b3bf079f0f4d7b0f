import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import { nodeCrypto } from './node-crypto';

/** The few file operations an atomic write needs; injectable so tests can make one of them fail. */
export interface AtomicFs {
  open(file: string, flags: string, mode?: number): Promise<{ writeFile(data: string | Uint8Array): Promise<void>; sync(): Promise<void>; close(): Promise<void> }>;
  rename(from: string, to: string): Promise<void>;
  copyFile(from: string, to: string): Promise<void>;
  rm(file: string, options: { force: boolean }): Promise<void>;
  access(file: string): Promise<void>;
}

const nodeFs: AtomicFs = {
  open: (file, flags, mode) => fsp.open(file, flags, mode),
  rename: fsp.rename,
  copyFile: fsp.copyFile,
  rm: fsp.rm,
  access: (file) => fsp.access(file),
};

export interface AtomicWriteOptions {
  /** Keep the previous version as `<file>.bak` (one generation). */
  backup?: boolean;
  /** File permissions from creation on (e.g. 0o600 for a secret), so no moment exists where others can read it. */
  mode?: number;
  /**
   * Called after the temp file is complete, just before it replaces the target; throwing aborts the
   * write (temp removed, target untouched). A compare-and-swap for files others write too: check
   * there that the target is still what the new content was made from.
   */
  beforeRename?: () => Promise<void>;
  fs?: AtomicFs;
}

/**
 * Write a file so that a crash or a failing disk at any moment leaves either the old or the new
 * complete file, never a torn one: write a temp file in the same folder, fsync it, then rename it
 * over the target (atomic on POSIX and on NTFS). The temp file is removed when anything fails.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const fs = options.fs ?? nodeFs;
  await refuseNonRegularTarget(file);
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${nodeCrypto().randomBytes(6).toString('hex')}.tmp`);
  try {
    // 'wx': never follow or clobber an existing file at the temp name.
    const handle = await fs.open(temp, 'wx', options.mode);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.backup && (await exists(fs, file))) await fs.copyFile(file, `${file}.bak`);
    await options.beforeRename?.();
    await fs.rename(temp, file);
  } catch (err) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw err;
  }
  await syncDirectory(dir);
}

/**
 * The rename would replace whatever is at `file`: run as root, `-o /dev/null` turned the device into
 * a regular file; a FIFO or a socket would be swapped for a file its reader never sees. Only a
 * regular file (or a link, which the rename replaces, never writing where it points) or nothing.
 */
async function refuseNonRegularTarget(file: string): Promise<void> {
  const info = await fsp.lstat(file).catch(() => null);
  if (!info || info.isFile() || info.isSymbolicLink()) return;
  const what = info.isDirectory() ? 'is a directory' : info.isFIFO() ? 'is a pipe (FIFO), not a file' : info.isSocket() ? 'is a socket, not a file' : 'is a device, not a file';
  throw new NotAFileError(file, what);
}

/** The target of an atomic write exists and is not a regular file: nothing was written. */
export class NotAFileError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path} ${reason}`);
    this.name = 'NotAFileError';
  }
}

async function exists(fs: AtomicFs, file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

/** Persist the rename itself (POSIX); Windows cannot open a directory for fsync and needs no such step. */
async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await fsp.open(dir, 'r').catch(() => null);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
}

/** The temp files writeFileAtomic names `.NAME.<12 hex>.tmp`. */
const STALE_TEMP = /^\..+\.[0-9a-f]{12}\.tmp$/;

/**
 * Removes temp files an interrupted save left in `dir` (a kill between write and rename). Only
 * names this writer makes are touched; returns how many were removed. Call once at start, before
 * any save can be running.
 */
export async function removeStaleTemps(dir: string, minAgeMs = 0, now = Date.now()): Promise<number> {
  const entries = await fsp.readdir(dir, { withFileTypes: true }).catch(() => []);
  let removed = 0;
  for (const e of entries) {
    if (!e.isFile() || !STALE_TEMP.test(e.name)) continue;
    const file = path.join(dir, e.name);
    if (minAgeMs > 0) {
      const stat = await fsp.stat(file).catch(() => null);
      if (!stat || now - stat.mtimeMs < minAgeMs) continue;
    }
    await fsp.rm(file, { force: true });
    removed++;
  }
  return removed;
}

/**
 * A temp file younger than this may be a save in progress in another window or app instance
 * sharing the folder (a project folder, a team glossary folder): left alone.
 */
export const STALE_TEMP_AGE_MS = 10 * 60 * 1000;

const cleaned = new Set<string>();

/**
 * Removes stale temp files (older than STALE_TEMP_AGE_MS) from a folder the app writes to, the
 * first time this process uses that folder. Never fails: clean-up is a courtesy, not a step a
 * save or an open may depend on.
 */
export async function removeStaleTempsOnce(dir: string): Promise<void> {
  const key = path.resolve(dir);
  if (cleaned.has(key)) return;
  cleaned.add(key);
  await removeStaleTemps(key, STALE_TEMP_AGE_MS).catch(() => 0);
}
