import type { Lang } from '../core/model';
import type { DeepLKeySource } from './deepl/key-source';
import type { ParseWorker } from './parse-worker/pool';

/**
 * A request the host refuses for what it asks (e.g. a path outside the web workspace), as opposed
 * to an action that failed: web mode answers it with 400, not 500.
 */
export class RefusedRequestError extends Error {
  override name = 'RefusedRequestError';
}

/**
 * What differs between the desktop app and web mode, injected into the handlers: dialogs, and
 * what a project "path" means (an absolute file path vs a name inside the web workspace).
 */
export interface Host {
  webMode: boolean;
  version: string;
  platform: string;
  /** Whether the system reports a screen reader now (desktop); absent where it cannot be known (web mode). */
  screenReader?: () => boolean;
  /** The repo's (or the packaged app's) samples/ folder. */
  samplesDir: string;
  /** The built-in term base folder (glossary/). */
  glossaryDir: string;
  /** Settings, recent list and the crash-recovery copy live here. */
  userDataDir: string;
  /** Where a project path from the renderer points on disk; throws for paths the host refuses. */
  resolveProjectPath(projectPath: string): string;
  /**
   * Where a project's glossary path points on disk: relative paths resolve against the project's
   * folder (desktop) or the workspace (web mode, which refuses anything outside it).
   */
  resolveGlossaryPath(glossaryPath: string, projectFile: string | null): string;
  /**
   * The project's team glossary folder on disk, or null when this host did not grant it (desktop:
   * not chosen in its dialog on this computer; web: not a folder of the workspace). Optional: hosts
   * without it use glossaryDir only.
   */
  resolveTeamFolder?(reference: string): Promise<string | null>;
  /** The team folders the page may offer (web mode: the workspace's folders); the desktop shows a dialog instead. */
  teamFolderChoices?(): Promise<string[]>;
  /** Desktop: ask for a folder in a dialog and remember it; web: check `name` is a listed folder. Returns the reference to store. */
  chooseTeamFolder?(name: string | null): Promise<string | null>;
  /** The path to report back to the renderer for a file on disk (inverse of resolveProjectPath). */
  displayPath(file: string): string;
  /** Ask which project to open; null = cancelled (web mode has no dialog: always null). */
  chooseProjectToOpen(): Promise<string | null>;
  /** Ask where to save; null = cancelled. Web mode answers with a free name in the workspace. */
  chooseSavePath(suggestedFileName: string): Promise<string | null>;
  /** Ask where to write an export; null = cancelled. Only called on the desktop. */
  chooseExportPath(suggestedFileName: string): Promise<string | null>;
  /** Let the user pick a source or draft document; null = cancelled or not supported (web mode). */
  pickTextFile(lang: Lang): Promise<{ fileName: string; bytes: Uint8Array } | null>;
  /** Let the user pick an aligned TMX/XLIFF file; null = cancelled or not supported (web mode). */
  pickAlignedFile(): Promise<{ fileName: string; bytes: Uint8Array } | null>;
  /** The renderer's dirty flag, for the close prompt (desktop only). */
  setDirty(dirty: boolean): void;
  closeWindow(): void;
  /** Projects the host knows besides the recent list (web mode: the workspace's files). */
  listProjects?(): Promise<Array<{ path: string; name: string; openedAt: string }>>;
  /** Where the DeepL key lives (desktop: encrypted store); default: DEEPL_AUTH_KEY only. */
  deeplKeys?: DeepLKeySource;
  /** The worker thread that parses files off the UI's thread; default: the process's shared one. */
  parser?: ParseWorker;
}
