import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import { PROJECT_EXTENSION } from '../../core/project';
import { RefusedRequestError } from '../../services/host';
import type { Host } from '../../services/host';
import { createWorkspaceKeyStore } from '../../services/deepl/workspace-key-store';
import type { ParseWorker } from '../../services/parse-worker/pool';

export interface WorkspaceHostOptions {
  workspace: string;
  version: string;
  samplesDir: string;
  glossaryDir: string;
  /** The parse worker (tests pass one with a short time bound); default: the process's shared one. */
  parser?: ParseWorker;
}

/**
 * Web mode's Host: there are no dialogs, so project files live in one workspace folder and a
 * project "path" is a plain file name inside it. Anything that could leave the folder (slashes,
 * "..", hidden files) is refused.
 */
export function createWorkspaceHost(options: WorkspaceHostOptions): Host {
  const workspace = path.resolve(options.workspace);

  function resolveProjectPath(name: string): string {
    if (!/^[^/\\:]+$/u.test(name) || name.startsWith('.') || !name.endsWith(PROJECT_EXTENSION)) {
      throw new RefusedRequestError(`Not a project name in the workspace: use a plain file name ending in ${PROJECT_EXTENSION}`);
    }
    return path.join(workspace, name);
  }

  /** The workspace's own folders (not hidden): web mode's team glossary folders. */
  async function folders(): Promise<string[]> {
    const entries = await fsp.readdir(workspace, { withFileTypes: true }).catch(() => []);
    return entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name).sort();
  }

  async function exists(file: string): Promise<boolean> {
    return fsp.access(file).then(() => true, () => false);
  }

  return {
    webMode: true,
    version: options.version,
    platform: 'web',
    samplesDir: options.samplesDir,
    glossaryDir: options.glossaryDir,
    userDataDir: path.join(workspace, '.duizhao'),
    deeplKeys: createWorkspaceKeyStore(path.join(workspace, '.duizhao')),
    ...(options.parser ? { parser: options.parser } : {}),
    resolveProjectPath,
    displayPath: (file) => path.basename(file),
    // A team glossary folder is a folder of the workspace, named plainly; never a path from the page.
    teamFolderChoices: folders,
    async chooseTeamFolder(name) {
      return name !== null && (await folders()).includes(name) ? name : null;
    },
    async resolveTeamFolder(name) {
      return (await folders()).includes(name) ? path.join(workspace, name) : null;
    },
    resolveGlossaryPath(name) {
      if (!/^[^/\\:]+\.(tbx|csv|tsv)$/iu.test(name) || name.startsWith('.')) {
        throw new RefusedRequestError('Not a glossary file in the workspace: use a plain .tbx, .csv or .tsv file name');
      }
      return path.join(workspace, name);
    },
    chooseProjectToOpen: async () => null,
    async chooseSavePath(suggested) {
      await fsp.mkdir(workspace, { recursive: true });
      const stem = suggested.slice(0, -PROJECT_EXTENSION.length);
      for (let n = 1; ; n++) {
        const file = resolveProjectPath(n === 1 ? suggested : `${stem}-${n}${PROJECT_EXTENSION}`);
        if (!(await exists(file))) return file;
      }
    },
    chooseExportPath: async () => null,
    pickTextFile: async () => null,
    pickAlignedFile: async () => null,
    setDirty: () => undefined,
    closeWindow: () => undefined,
    async listProjects() {
      const names = await fsp.readdir(workspace).catch(() => [] as string[]);
      const items = await Promise.all(
        names
          .filter((n) => n.endsWith(PROJECT_EXTENSION) && !n.startsWith('.'))
          .map(async (n) => ({ path: n, name: n.slice(0, -PROJECT_EXTENSION.length), openedAt: (await fsp.stat(path.join(workspace, n))).mtime.toISOString() })),
      );
      return items.sort((a, b) => b.openedAt.localeCompare(a.openedAt));
    },
  };
}
