import { ALIGNED_KINDS } from '../core/formats/aligned-kinds';
import type { BrowserWindow, Dialog } from 'electron';
import * as path from 'node:path';
import type { Lang } from '../core/model';
import { PROJECT_EXTENSION } from '../core/project';
import { RefusedRequestError } from '../services/host';
import type { Host } from '../services/host';
import { readImportBytes } from '../services/import-file';
import { createTeamFolderGrants } from '../services/team-folders';

const LANG_NAMES: Record<Lang, string> = { zh: 'Chinese source', en: 'English draft', ru: 'Russian draft' };

export interface DesktopHostOptions {
  version: string;
  platform: string;
  /** Whether the system reports a screen reader (app.isAccessibilitySupportEnabled()). */
  screenReader?: () => boolean;
  samplesDir: string;
  glossaryDir: string;
  userDataDir: string;
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;
  window: () => BrowserWindow | null;
  onDirtyChange(dirty: boolean): void;
  /** Close without the unsaved-changes prompt (the renderer already saved or discarded). */
  closeWithoutPrompt(): void;
}

/** The desktop Host: real dialogs, absolute paths. */
export function createDesktopHost(options: DesktopHostOptions): Host {
  const projectFilters = [{ name: 'Duizhao project', extensions: ['duizhao.json', 'json'] }];
  const teamFolders = createTeamFolderGrants(options.userDataDir);

  function resolveProjectPath(file: string): string {
    if (!path.isAbsolute(file)) throw new RefusedRequestError('A project path must be absolute');
    return path.normalize(file);
  }

  async function openDialog(opts: Electron.OpenDialogOptions): Promise<string | null> {
    const win = options.window();
    const result = win ? await options.dialog.showOpenDialog(win, opts) : await options.dialog.showOpenDialog(opts);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  }

  async function saveDialog(opts: Electron.SaveDialogOptions): Promise<string | null> {
    const win = options.window();
    const result = win ? await options.dialog.showSaveDialog(win, opts) : await options.dialog.showSaveDialog(opts);
    return result.canceled || !result.filePath ? null : result.filePath;
  }

  return {
    webMode: false,
    version: options.version,
    platform: options.platform,
    ...(options.screenReader ? { screenReader: options.screenReader } : {}),
    samplesDir: options.samplesDir,
    glossaryDir: options.glossaryDir,
    userDataDir: options.userDataDir,
    resolveProjectPath,
    // The team glossary folder: only ever one the user picked in this dialog (remembered across restarts).
    resolveTeamFolder: (reference) => teamFolders.resolve(reference),
    teamFolderChoices: async () => [],
    async chooseTeamFolder() {
      const folder = await openDialog({ title: 'Choose the team glossary folder', properties: ['openDirectory', 'createDirectory'] });
      if (!folder) return null;
      await teamFolders.grant(folder);
      return path.resolve(folder);
    },
    resolveGlossaryPath: (p, projectFile) => path.resolve(projectFile ? path.dirname(projectFile) : options.glossaryDir, p),
    displayPath: (file) => file,
    chooseProjectToOpen: () => openDialog({ title: 'Open project', properties: ['openFile'], filters: projectFilters }),
    async chooseSavePath(suggested) {
      const file = await saveDialog({ title: 'Save project', defaultPath: suggested, filters: projectFilters });
      if (!file) return null;
      // Some platforms drop the double extension the filter implies; keep files recognisable.
      return file.endsWith(PROJECT_EXTENSION) || file.endsWith('.json') ? file : `${file}${PROJECT_EXTENSION}`;
    },
    chooseExportPath: (suggested) => saveDialog({ title: 'Export', defaultPath: suggested }),
    async pickTextFile(lang) {
      const file = await openDialog({
        title: `Choose the ${LANG_NAMES[lang]}`,
        properties: ['openFile'],
        filters: [{ name: 'Documents', extensions: ['txt', 'docx', 'html', 'htm', 'md'] }, { name: 'All files', extensions: ['*'] }],
      });
      // Size-checked before reading: a wrong pick of a huge file must not hang the app.
      return file ? { fileName: file, bytes: await readImportBytes(file) } : null;
    },
    async pickAlignedFile() {
      const file = await openDialog({
        title: 'Import an aligned file',
        properties: ['openFile'],
        filters: [{ name: 'TMX or XLIFF (Trados, memoQ too)', extensions: Object.keys(ALIGNED_KINDS) }],
      });
      return file ? { fileName: file, bytes: await readImportBytes(file) } : null;
    },
    setDirty: options.onDirtyChange,
    closeWindow: options.closeWithoutPrompt,
  };
}
