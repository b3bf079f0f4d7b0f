import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import { z } from 'zod';
import type { Project } from '../core/model';
import { parseProject, serializeProject } from '../core/project';
import { projectSchema } from '../core/project/schema';
import { writeFileAtomic } from './atomic-write';
import { readRegularFile, ReadFileError } from './read-file';
import { MAX_PROJECT_BYTES } from '../core/project/extension';

/** Projects larger than this are refused before reading (the one limit, shared with the CLI). */
export { MAX_PROJECT_BYTES };

const recoverySchema = z.object({ savedAt: z.string(), path: z.string().nullable(), project: projectSchema });
export type RecoveryCopy = z.infer<typeof recoverySchema>;

/** Reading and writing project files and the crash-recovery copy. Electron-free: CLI, web mode and tests use it. */
export interface ProjectStore {
  read(file: string): Promise<Project>;
  /** Atomic save keeping one `.bak` of the previous version. */
  save(file: string, project: Project): Promise<void>;
  writeRecovery(project: Project, file: string | null): Promise<string>;
  readRecovery(): Promise<RecoveryCopy | null>;
  discardRecovery(): Promise<void>;
}

export function createProjectStore(options: { recoveryDir: string }): ProjectStore {
  const recoveryFile = path.join(options.recoveryDir, 'recovery.duizhao.json');

  return {
    async read(file) {
      let bytes: Uint8Array;
      try {
        bytes = await readRegularFile(file, { maxBytes: MAX_PROJECT_BYTES, tooLarge: (size) => `too large for a project file (${size} bytes; the limit is ${MAX_PROJECT_BYTES})` });
      } catch (err) {
        if (err instanceof ReadFileError) throw new Error(err.message, { cause: err });
        throw err;
      }
      return parseProject(new TextDecoder().decode(bytes), file);
    },
    async save(file, project) {
      const text = serializeProject(project);
      // One limit for writing and reading: never write a file that Duizhao itself would refuse to open.
      if (text.length > MAX_PROJECT_BYTES) throw new Error(`${file}: not saved: the project is ${text.length} characters, over the ${MAX_PROJECT_BYTES / 1048576} MB a project file may hold`);
      await writeFileAtomic(file, text, { backup: true });
    },
    async writeRecovery(project, file) {
      const savedAt = new Date().toISOString();
      await fsp.mkdir(options.recoveryDir, { recursive: true });
      await writeFileAtomic(recoveryFile, JSON.stringify({ savedAt, path: file, project }));
      return savedAt;
    },
    async readRecovery() {
      let text: string;
      try {
        text = await fsp.readFile(recoveryFile, 'utf8');
      } catch {
        return null;
      }
      try {
        const parsed = recoverySchema.safeParse(JSON.parse(text));
        if (parsed.success) return parsed.data;
      } catch {
        // fall through: a damaged copy is set aside below, never deleted
      }
      await fsp.rename(recoveryFile, `${recoveryFile}.damaged-${Date.now()}`).catch(() => undefined);
      return null;
    },
    async discardRecovery() {
      await fsp.rm(recoveryFile, { force: true });
    },
  };
}
