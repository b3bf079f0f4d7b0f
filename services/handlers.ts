import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import type { Handlers } from '../core/contract';
import type { Doc, Lang, Project } from '../core/model';
import { createProject, PROJECT_EXTENSION } from '../core/project';
import type { SampleId } from '../core/project';
import { DEFAULT_SAMPLE } from './sample-project';
import type { Host } from './host';
import { createProjectStore } from './project-store';
import { addRecent } from './recent-list';
import { alignDraftsInPool, loadSampleProjectInPool } from './pooled-engine';
import { createSettingsStore } from './settings';
import { sharedParseWorker } from './parse-worker/pool';
import { RefusedRequestError } from './host';
import { isAlignedFileName } from '../core/formats/aligned-kinds';
import { exportForHost, fileStem } from './export-project';
import { loadQaMatcher } from './glossary';
import { createGlossaryHandlers, teamGlossaryDir } from './glossary-handlers';
import { createNewProjectStageHandlers } from './new-project-stages';
import { warmUpAlignment } from './alignment-warm-up';
import { grantedProjects, grantGlossaryPaths } from './file-grants';
import { removeStaleTempsOnce } from './atomic-write';
import { createDeepLHandlers } from './deepl/handlers';
import { cachedMtForRealign } from './deepl/mt-cache';
import { createSpellingHandlers } from './spelling/handlers';
import { environmentKeySource } from './deepl/key-source';

/** A project's default file name: letters and digits kept (any script), the rest collapsed to "-". */
export function projectFileName(name: string): string {
  return `${fileStem(name)}${PROJECT_EXTENSION}`;
}

/**
 * Every channel of the contract, implemented once over Electron-free services. The desktop app and
 * web mode differ only in the Host they pass; requests arrive already validated (see `dispatch`).
 * A new domain (e.g. DeepL) implements its channels in its own file as `Pick<Handlers, 'deepl:…'>`
 * and is spread into the object returned here.
 */
export function createHandlers(host: Host): Handlers {
  const settings = createSettingsStore(host.userDataDir);
  // Decoding, import parsing, segmentation, alignment and project JSON run on worker threads: a
  // pathological file or a long alignment must not stall the thread that answers the UI (issue 12).
  const parser = host.parser ?? sharedParseWorker();
  const store = createProjectStore({
    recoveryDir: path.join(host.userDataDir, 'recovery'),
    parsers: {
      project: (bytes, fileName) => parser.run({ kind: 'parseProject', fileName, bytes }),
      recovery: (bytes, fileName) => parser.run({ kind: 'parseRecovery', fileName, bytes }),
    },
  });
  const segment = (raw: string, lang: Lang, label: string): Promise<Doc> => parser.run({ kind: 'importText', label, raw, lang });

  // The samples are built from files that do not change while the app runs: build each once.
  const samples = new Map<SampleId, Promise<Project>>();
  function sampleProject(id: SampleId = DEFAULT_SAMPLE): Promise<Project> {
    let sample = samples.get(id);
    if (!sample) {
      sample = loadSampleProjectInPool(host.samplesDir, parser, id).catch((err: unknown) => {
        samples.delete(id);
        throw err;
      });
      samples.set(id, sample);
    }
    return sample;
  }

  async function fileExists(projectPath: string): Promise<boolean> {
    try {
      await fsp.access(host.resolveProjectPath(projectPath));
      return true;
    } catch {
      return false;
    }
  }

  // Desktop: the page may name only files the user chose in a dialog, opened before (the recent
  // list) or that the recovery copy points at, so a compromised page cannot make main read or
  // overwrite arbitrary files. (Web mode is confined to its workspace by resolveProjectPath.)
  const granted = grantedProjects(host);
  async function checkGranted(file: string): Promise<void> {
    if (host.webMode || granted.has(file)) return;
    const recent = (await settings.read()).recent;
    if (recent.some((r) => r.path === host.displayPath(file))) return;
    throw new RefusedRequestError(`${file}: not a project chosen in Duizhao; open it with File › Open first`);
  }

  async function remember(file: string, project: Project): Promise<void> {
    granted.add(file);
    await removeStaleTempsOnce(path.dirname(file)); // what an interrupted save left beside it (issue 12)
    const item = { path: host.displayPath(file), name: project.name, openedAt: new Date().toISOString() };
    await settings.update((s) => ({ ...s, hasOpenedProject: true, recent: addRecent(s.recent, item) }));
  }

  async function save(file: string, project: Project): Promise<{ path: string }> {
    await store.save(file, project);
    // The shared copy only: other windows' copies are their unsaved work (the saving window
    // forgets its own through project:discardRecovery).
    await store.discardRecovery(null);
    await remember(file, project);
    return { path: host.displayPath(file) };
  }

  return {
    'app:info': async () => ({
      version: host.version,
      webMode: host.webMode,
      platform: host.platform,
      firstStart: !(await settings.read()).hasOpenedProject,
      screenReader: host.screenReader?.() ?? false,
    }),
    'app:setDirty': async ({ dirty }) => {
      host.setDirty(dirty);
      return {};
    },
    'app:closeWindow': async () => {
      host.closeWindow();
      return {};
    },

    'project:openSample': async (request) => {
      const project = structuredClone(await sampleProject(request.sample));
      await settings.update((s) => ({ ...s, hasOpenedProject: true }));
      return { project, path: null };
    },
    'project:new': async (request) => {
      const source = await segment(request.source.text, 'zh', 'the Chinese text');
      const targets = {
        ...(request.targets.en ? { en: await segment(request.targets.en.text, 'en', 'the English text') } : {}),
        ...(request.targets.ru ? { ru: await segment(request.targets.ru.text, 'ru', 'the Russian text') } : {}),
      };
      if (!targets.en && !targets.ru) throw new Error('A new project needs an English or a Russian text (or both)');
      const project = createProject({ name: request.name, source, targets, glossaryPaths: request.glossaryPaths }, await alignDraftsInPool(parser, source, targets));
      await settings.update((s) => ({ ...s, hasOpenedProject: true }));
      return { project, path: null };
    },
    'project:open': async ({ path: requested }) => {
      const file = requested ? host.resolveProjectPath(requested) : await host.chooseProjectToOpen();
      if (!file) return null;
      if (requested) await checkGranted(file);
      const project = await store.read(file);
      await remember(file, project);
      return { project, path: host.displayPath(file) };
    },
    'project:save': async ({ project, path: requested, saveAs }) => {
      const named = Boolean(requested && !saveAs);
      const file = named ? host.resolveProjectPath(requested!) : await host.chooseSavePath(projectFileName(project.name));
      if (!file) return null;
      if (named) await checkGranted(file);
      return save(file, project);
    },
    'project:autosave': async ({ project, path: file, owner, history }) => {
      // The recovery copy's path is granted on recovery: it may only name a file already granted,
      // or a page could autosave {path: ANY}, recover, and save over any file (issue 12). The work
      // itself is always kept; an ungranted path is dropped (recovered as unsaved: Save as… asks).
      const granted = file !== null && (await checkGranted(host.resolveProjectPath(file)).then(() => true, () => false));
      return { savedAt: await store.writeRecovery(project, granted ? file : null, owner, history) };
    },
    'project:recover': async ({ owner }) => {
      const copy = await store.readRecovery(owner);
      if (copy?.path) granted.add(host.resolveProjectPath(copy.path));
      return copy;
    },
    'project:discardRecovery': async ({ owner }) => {
      await store.discardRecovery(owner);
      return {};
    },
    'project:recent': async () => {
      // Files moved or deleted since are left out of the list (not forgotten: they may come back,
      // e.g. on a network drive that is not mounted right now).
      const recent = (await settings.read()).recent;
      const present = await Promise.all(recent.map((r) => fileExists(r.path)));
      const items = recent.filter((_, i) => present[i]);
      if (!host.listProjects) return { items };
      const known = new Set(items.map((r) => r.path));
      return { items: [...items, ...(await host.listProjects()).filter((p) => !known.has(p.path))] };
    },
    'file:pickText': async ({ lang }) => {
      const picked = await host.pickTextFile(lang);
      return picked ? { fileName: picked.fileName, text: await parser.run({ kind: 'documentText', fileName: picked.fileName, bytes: picked.bytes }) } : null;
    },
    'file:readText': async ({ file }) => ({
      fileName: file.fileName,
      text: await parser.run({ kind: 'documentText', fileName: file.fileName, bytes: Buffer.from(file.base64, 'base64') }),
    }),
    'project:import': async ({ file }) => {
      const picked = file ? { fileName: file.fileName, bytes: new Uint8Array(Buffer.from(file.base64, 'base64')) } : await host.pickAlignedFile();
      if (!picked) return null;
      if (!isAlignedFileName(picked.fileName)) throw new RefusedRequestError(`${picked.fileName}: import takes a TMX or XLIFF file; start a new project from a document instead`);
      const result = await parser.run({ kind: 'importAligned', fileName: picked.fileName, bytes: picked.bytes });
      if (result.kind !== 'project') throw new RefusedRequestError(`${picked.fileName}: not an aligned file`);
      return { project: result.project, path: null };
    },

    'align:run': async ({ project, target, range }) => {
      // MT that a DeepL-assisted alignment paid for stays evidence when the translator re-aligns later.
      const mt = await cachedMtForRealign(host.userDataDir, project, target);
      return { alignment: await parser.run({ kind: 'realign', project, target, ...(range ? { range } : {}), ...(mt ? { mt } : {}) }) };
    },
    'export:run': async ({ project, format, options }) =>
      exportForHost(host, project, format, options, () =>
        grantGlossaryPaths(host, project.glossaryPaths.map((p) => host.resolveGlossaryPath(p, null)), null)
          .then(async ({ granted: files }) => loadQaMatcher(await teamGlossaryDir(host, project), files))
          .catch(() => undefined),
      ),
    'align:warmUp': async () => {
      void warmUpAlignment(parser, () => sampleProject(), (err) => console.warn(`duizhao: warming the aligner up failed: ${err instanceof Error ? err.message : String(err)}`));
      return {};
    },
    ...createNewProjectStageHandlers(parser),
    ...createGlossaryHandlers(host),
    ...createSpellingHandlers(host),
    ...createDeepLHandlers(host, host.deeplKeys ?? environmentKeySource(), undefined, (project, target, mt) => parser.run({ kind: 'realign', project, target, mt })),
  };
}
