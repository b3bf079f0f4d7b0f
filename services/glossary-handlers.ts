import * as fsp from 'node:fs/promises';
import type { Handlers } from '../core/contract';
import { grantGlossaryPaths } from './file-grants';
import { createGlossaryStore } from './glossary-store';
import type { GlossaryStore } from './glossary-store';
import type { Host } from './host';

type GlossaryChannel =
  | 'glossary:load' | 'glossary:saveConcept' | 'glossary:deleteConcept' | 'glossary:poll' | 'glossary:importPreview' | 'glossary:import' | 'glossary:export'
  | 'glossary:folderChoices' | 'glossary:chooseFolder';

/**
 * The glossary channels over one store: the built-in (team) folder first, then the project's own
 * files; imports go into the team folder. Paths come from the host's resolver, never the page.
 */
export function createGlossaryHandlers(host: Pick<Host, 'webMode' | 'glossaryDir' | 'resolveGlossaryPath' | 'resolveProjectPath' | 'resolveTeamFolder' | 'teamFolderChoices' | 'chooseTeamFolder'>, store: GlossaryStore = createGlossaryStore(host.glossaryDir)): Pick<Handlers, GlossaryChannel> {
  const bytes = (base64: string): Uint8Array => new Uint8Array(Buffer.from(base64, 'base64'));
  return {
    'glossary:load': async ({ glossaryPaths, projectPath, teamFolder: reference, held }) => {
      const projectFile = projectPath ? host.resolveProjectPath(projectPath) : null;
      const team = await resolveTeam(host, reference ?? null);
      // The team folder may be absent (a build without one): then only the project's files.
      const teamFolder = (await fsp.stat(team.dir).catch(() => null))?.isDirectory() ? [team.dir] : [];
      // Desktop: only paths main granted (its folder, beside an opened project), never any the page names.
      const { granted, problems } = await grantGlossaryPaths(host, glossaryPaths.map((p) => host.resolveGlossaryPath(p, projectFile)), projectFile);
      const loaded = { ...(await store.load([...teamFolder, ...granted], team.custom ? team.dir : undefined, held)), teamFolder: team.shown };
      return problems.length === 0 ? loaded : { ...loaded, problems: [...problems, ...loaded.problems] };
    },
    'glossary:folderChoices': async () => ({ dialog: !host.webMode, folders: (await host.teamFolderChoices?.()) ?? [] }),
    'glossary:chooseFolder': async ({ name }) => ({ folder: (await host.chooseTeamFolder?.(name)) ?? null }),
    'glossary:saveConcept': (request) => store.saveConcept(request),
    'glossary:deleteConcept': (request) => store.deleteConcept(request),
    'glossary:poll': async () => ({ version: store.poll(), dictionaryVersion: store.dictionaryPoll() }),
    'glossary:importPreview': ({ file }) => store.importPreview(file.fileName, bytes(file.base64)),
    'glossary:import': ({ file, resolutions }) => store.importFile(file.fileName, bytes(file.base64), resolutions),
    'glossary:export': ({ format }) => store.exportAll(format),
  };
}

/**
 * The team folder in force: the project's own when the host granted it, else the app's glossary
 * folder — with the reason shown, so a project synced to a computer where its folder was never
 * chosen says so instead of silently using another glossary.
 */
async function resolveTeam(host: Pick<Host, 'glossaryDir' | 'resolveTeamFolder'>, reference: string | null): Promise<{ dir: string; custom: boolean; shown: { shown: string; custom: boolean; problem?: string } }> {
  const fallback = { dir: host.glossaryDir, custom: false, shown: { shown: 'glossary (built in)', custom: false } };
  if (!reference) return fallback;
  const dir = (await host.resolveTeamFolder?.(reference)) ?? null;
  if (dir === null) return { ...fallback, shown: { ...fallback.shown, problem: `The project's team folder ${reference} was not chosen on this computer (or is gone): choose it again` } };
  return { dir, custom: true, shown: { shown: reference, custom: true } };
}

/** The folder a project's glossary comes from in main's own jobs (DeepL sync, QA for an export). */
export async function teamGlossaryDir(host: Pick<Host, 'glossaryDir' | 'resolveTeamFolder'>, project: { settings: { glossaryFolder?: string } }): Promise<string> {
  return (await resolveTeam(host, project.settings.glossaryFolder ?? null)).dir;
}
