import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import { z } from 'zod';
import type { Project } from '../core/model';
import { parseProject, serializeProject } from '../core/project';
import { projectSchema } from '../core/project/schema';
import { writeFileAtomic } from './atomic-write';

/** Projects larger than this are refused before reading: a mistaken pick of a huge file must not hang the app. */
export const MAX_PROJECT_BYTES = 512 * 1024 * 1024;

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
      const stat = await fsp.stat(file).catch((err: NodeJS.ErrnoException) => {
        throw new Error(`${file}: cannot open (${err.code ?? err.message})`);
      });
      if (!stat.isFile()) throw new Error(`${file}: not a file`);
      if (stat.size > MAX_PROJECT_BYTES) throw new Error(`${file}: too large for a project file (${stat.size} bytes)`);
      return parseProject(await fsp.readFile(file, 'utf8'), file);
    },
    async save(file, project) {
      await writeFileAtomic(file, serializeProject(project), { backup: true });
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
