import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import { z } from 'zod';
import type { Project } from '../core/model';
import { parseProject, serializeProject } from '../core/project';
import { projectSchema } from '../core/project/schema';
import { packedHistorySchema } from '../core/project/history-pack';
import type { PackedHistory } from '../core/project/history-pack';
import { writeFileAtomic } from './atomic-write';
import { readRegularFile, ReadFileError } from './read-file';
import { MAX_PROJECT_BYTES } from '../core/project/extension';

/** Projects larger than this are refused before reading (the one limit, shared with the CLI). */
export { MAX_PROJECT_BYTES };

// The undo history is checked on its own: a damaged history costs the undo steps, never the work.
const recoverySchema = z.object({ savedAt: z.string(), path: z.string().nullable(), project: projectSchema, owner: z.string().optional(), history: z.unknown().optional() });

/** A copy rewritten this recently belongs to a window or tab that is still open: not offered to others. */
export const LIVE_RECOVERY_MS = 30_000;
const OWNER = /^[A-Za-z0-9-]{1,64}$/;
export type RecoveryCopy = Omit<z.infer<typeof recoverySchema>, 'history'> & { history?: PackedHistory };

/** Reading and writing project files and the crash-recovery copy. Electron-free: CLI, web mode and tests use it. */
export interface ProjectStore {
  read(file: string): Promise<Project>;
  /** Atomic save keeping one `.bak` of the previous version. */
  save(file: string, project: Project): Promise<void>;
  /** Write the copy of `owner` (a window or tab), or the one shared copy without an owner. */
  writeRecovery(project: Project, file: string | null, owner?: string, history?: PackedHistory): Promise<string>;
  /**
   * The owner's own copy; else the newest copy no open window keeps writing (older than
   * LIVE_RECOVERY_MS: its session ended without a clean close). Without an owner, the shared copy.
   */
  readRecovery(owner?: string, now?: number): Promise<RecoveryCopy | null>;
  /** Forget the owner's copy; null: the shared copy only; undefined: every copy (a clean quit). */
  discardRecovery(owner?: string | null): Promise<void>;
}

/** A recovery copy's text checked against its schema; null when it is not a valid copy (the undo history is dropped alone when only it is damaged). */
export function parseRecoveryCopy(text: string): RecoveryCopy | null {
  try {
    const parsed = recoverySchema.safeParse(JSON.parse(text));
    if (!parsed.success) return null;
    const { history, ...copy } = parsed.data;
    const undo = history === undefined ? undefined : packedHistorySchema.safeParse(history);
    return undo?.success ? { ...copy, history: undo.data } : copy;
  } catch {
    return null;
  }
}

/**
 * How the store turns bytes into a project or a recovery copy: on this thread by default; the app
 * and web mode pass the worker pool's (services/parse-worker), so a large file does not stall the
 * thread that answers the UI.
 */
export interface ProjectParsers {
  project(bytes: Uint8Array, file: string): Promise<Project>;
  recovery(bytes: Uint8Array, file: string): Promise<RecoveryCopy | null>;
}

const onThisThread: ProjectParsers = {
  project: async (bytes, file) => parseProject(new TextDecoder().decode(bytes), file),
  recovery: async (bytes) => parseRecoveryCopy(new TextDecoder().decode(bytes)),
};

export function createProjectStore(options: { recoveryDir: string; parsers?: ProjectParsers }): ProjectStore {
  const parsers = options.parsers ?? onThisThread;
  const recoveryFile = path.join(options.recoveryDir, 'recovery.duizhao.json');
  const fileOf = (owner: string | undefined) => {
    if (owner !== undefined && !OWNER.test(owner)) throw new Error('bad recovery owner');
    return owner ? path.join(options.recoveryDir, `recovery-${owner}.duizhao.json`) : recoveryFile;
  };
  const readCopy = async (file: string): Promise<RecoveryCopy | null> => {
    let bytes: Uint8Array;
    try {
      bytes = await fsp.readFile(file);
    } catch {
      return null;
    }
    // A parser that fails (a stopped worker) throws: the copy stays where it is for the next try.
    const copy = await parsers.recovery(bytes, file);
    if (copy) return copy;
    // A damaged copy is set aside, never deleted.
    await fsp.rename(file, `${file}.damaged-${Date.now()}`).catch(() => undefined);
    return null;
  };
  const copies = async (): Promise<string[]> => {
    const names = await fsp.readdir(options.recoveryDir).catch(() => [] as string[]);
    return names.filter((n) => /^recovery(-[A-Za-z0-9-]{1,64})?\.duizhao\.json$/.test(n)).map((n) => path.join(options.recoveryDir, n));
  };

  return {
    async read(file) {
      let bytes: Uint8Array;
      try {
        bytes = await readRegularFile(file, { maxBytes: MAX_PROJECT_BYTES, tooLarge: (size) => `too large for a project file (${size} bytes; the limit is ${MAX_PROJECT_BYTES})` });
      } catch (err) {
        if (err instanceof ReadFileError) throw new Error(err.message, { cause: err });
        throw err;
      }
      return parsers.project(bytes, file);
    },
    async save(file, project) {
      const text = serializeProject(project);
      // One limit for writing and reading: never write a file that Duizhao itself would refuse to open.
      if (text.length > MAX_PROJECT_BYTES) throw new Error(`${file}: not saved: the project is ${text.length} characters, over the ${MAX_PROJECT_BYTES / 1048576} MB a project file may hold`);
      await writeFileAtomic(file, text, { backup: true });
    },
    async writeRecovery(project, file, owner, history) {
      const savedAt = new Date().toISOString();
      await fsp.mkdir(options.recoveryDir, { recursive: true });
      await writeFileAtomic(fileOf(owner), JSON.stringify({ savedAt, path: file, project, ...(owner ? { owner } : {}), ...(history ? { history } : {}) }));
      return savedAt;
    },
    async readRecovery(owner, now = Date.now()) {
      if (!owner) return readCopy(recoveryFile);
      const own = await readCopy(fileOf(owner));
      if (own) return own;
      // Another window's copy only when nobody writes it any more, newest first.
      let best: { file: string; at: number } | null = null;
      for (const file of await copies()) {
        if (file === fileOf(owner)) continue;
        const at = (await fsp.stat(file).catch(() => null))?.mtimeMs;
        if (at === undefined || now - at < LIVE_RECOVERY_MS) continue;
        if (!best || at > best.at) best = { file, at };
      }
      return best ? readCopy(best.file) : null;
    },
    async discardRecovery(owner) {
      if (owner === null) return void (await fsp.rm(recoveryFile, { force: true }));
      if (owner) return void (await fsp.rm(fileOf(owner), { force: true }));
      for (const file of await copies()) await fsp.rm(file, { force: true });
    },
  };
}
