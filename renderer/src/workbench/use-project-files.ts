import { useCallback, useRef, useState } from 'react';
import type { Project } from '../../../core/model';
import { PROJECT_EXTENSION } from '../../../core/project/extension';
import { parseProject } from '../../../core/project/serialize';
import type { SampleId } from '../../../core/project/sample';
import { api, isWebMode } from '../api';
import { pickUpload } from '../util/upload';
import type { OpenOptions, Session } from '../state/session';
import { ALIGNED_KINDS, isAlignedFileName } from '../../../core/formats/aligned-kinds';

/** The bilingual files Import and Open take, from the one table (.tmx, .xlf, .sdlxliff, .mqxliff…). */
const ALIGNED_ACCEPT = Object.keys(ALIGNED_KINDS).map((ext) => `.${ext}`).join(',');

export interface RecentItem {
  path: string;
  name: string;
}

export interface ProjectFiles {
  recent: RecentItem[];
  setRecent(items: RecentItem[]): void;
  loadRecent(): void;
  /** Start editing a project: the session, and a fresh grid (cursor, findings…) via `onOpened`. */
  openProject(p: Project, path: string | null, options?: OpenOptions): void;
  /** A built-in sample (the strategic-stability statement unless named); main knows where it is. */
  openSample(sample?: SampleId): Promise<void>;
  /** Open a project file (the dialog without a path); false when nothing was opened. */
  openPath(path?: string): Promise<boolean>;
  importProject(): Promise<void>;
  /** Web mode: open a project, TMX or XLIFF file uploaded from the computer (unsaved until saved). */
  openUploaded(): Promise<void>;
}

/** Opening, creating and importing projects through main, and the recent list. */
export function useProjectFiles(
  session: Session,
  setBusy: (label: string | null) => void,
  toastError: (m: string) => void,
  onOpened: () => void,
  /** "Save changes?" before the open project is replaced (use-replace-guard); false = keep it. */
  confirmReplace: (what: string) => Promise<boolean> = async () => true,
): ProjectFiles {
  const [recent, setRecent] = useState<RecentItem[]>([]);
  const onOpenedRef = useRef(onOpened);
  onOpenedRef.current = onOpened;
  const openSession = session.open;
  const openProject = useCallback(
    (p: Project, path: string | null, options: OpenOptions = {}) => {
      performance.mark('duizhao:project-received');
      openSession(p, path, options);
      onOpenedRef.current();
    },
    [openSession],
  );

  const openSample = useCallback(async (sample?: SampleId) => {
    setBusy('Opening the sample…');
    try {
      const opened = await api()['project:openSample'](sample ? { sample } : {});
      setBusy(null);
      if (await confirmReplace('open the sample project')) openProject(opened.project, opened.path);
    } catch (err) {
      toastError(`Could not open the sample: ${(err as Error).message}`);
    } finally {
      setBusy(null);
    }
  }, [openProject, toastError, setBusy, confirmReplace]);

  const openPath = useCallback(
    async (path?: string) => {
      try {
        const opened = await api()['project:open'](path ? { path } : {});
        if (!opened || !(await confirmReplace(`open ${opened.project.name}`))) return false;
        openProject(opened.project, opened.path);
        return true;
      } catch (err) {
        toastError(`Could not open ${path ?? 'the project'}: ${(err as Error).message}`);
        return false;
      }
    },
    [openProject, toastError, confirmReplace],
  );

  // Import TMX/XLIFF…: main shows the dialog and reads the file (desktop); the page uploads it (web).
  const importProject = useCallback(async () => {
    try {
      let file: { fileName: string; base64: string } | undefined;
      if (isWebMode()) {
        const picked = await pickUpload(ALIGNED_ACCEPT);
        if (!picked) return;
        file = { fileName: picked.fileName, base64: picked.base64 };
      }
      const opened = await api()['project:import'](file ? { file } : {});
      if (opened && (await confirmReplace(`open the imported ${opened.project.name}`))) openProject(opened.project, opened.path);
    } catch (err) {
      toastError(`Could not import: ${(err as Error).message}`);
    }
  }, [openProject, toastError, confirmReplace]);

  // Web mode's "Open file…": a project file (parsed and checked here, by the same schema main
  // uses) or an aligned TMX/XLIFF (imported by main) from the computer, opened as unsaved.
  const openUploaded = useCallback(async () => {
    try {
      const picked = await pickUpload(`${PROJECT_EXTENSION},.json,${ALIGNED_ACCEPT}`);
      if (!picked) return;
      let project: Project;
      if (isAlignedFileName(picked.fileName)) {
        const opened = await api()['project:import']({ file: { fileName: picked.fileName, base64: picked.base64 } });
        if (!opened) return;
        project = opened.project;
      } else {
        project = parseProject(await picked.text(), picked.fileName);
      }
      if (await confirmReplace(`open ${picked.fileName}`)) openProject(project, null, { dirty: true });
    } catch (err) {
      toastError(`Could not open the file: ${(err as Error).message}`);
    }
  }, [openProject, toastError, confirmReplace]);

  const loadRecent = useCallback(() => {
    api()['project:recent']({}).then((r) => setRecent(r.items), () => {});
  }, []);
  return { recent, setRecent, loadRecent, openProject, openSample, openPath, openUploaded, importProject };
}
