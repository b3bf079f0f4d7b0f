import * as fsp from 'node:fs/promises';
import type { Handlers } from '../core/contract';
import { grantGlossaryPaths } from './file-grants';
import { createGlossaryStore } from './glossary-store';
import type { GlossaryStore } from './glossary-store';
import type { Host } from './host';

type GlossaryChannel = 'glossary:load' | 'glossary:saveConcept' | 'glossary:deleteConcept' | 'glossary:poll' | 'glossary:importPreview' | 'glossary:import' | 'glossary:export';

/**
 * The glossary channels over one store: the built-in (team) folder first, then the project's own
 * files; imports go into the team folder. Paths come from the host's resolver, never the page.
 */
export function createGlossaryHandlers(host: Pick<Host, 'webMode' | 'glossaryDir' | 'resolveGlossaryPath' | 'resolveProjectPath'>, store: GlossaryStore = createGlossaryStore(host.glossaryDir)): Pick<Handlers, GlossaryChannel> {
  const bytes = (base64: string): Uint8Array => new Uint8Array(Buffer.from(base64, 'base64'));
  return {
    'glossary:load': async ({ glossaryPaths, projectPath }) => {
      const projectFile = projectPath ? host.resolveProjectPath(projectPath) : null;
      // The team folder may be absent (a build without one): then only the project's files.
      const teamFolder = (await fsp.stat(host.glossaryDir).catch(() => null))?.isDirectory() ? [host.glossaryDir] : [];
      // Desktop: only paths main granted (its folder, beside an opened project), never any the page names.
      const { granted, problems } = await grantGlossaryPaths(host, glossaryPaths.map((p) => host.resolveGlossaryPath(p, projectFile)), projectFile);
      const loaded = await store.load([...teamFolder, ...granted]);
      return problems.length === 0 ? loaded : { ...loaded, problems: [...problems, ...loaded.problems] };
    },
    'glossary:saveConcept': (request) => store.saveConcept(request),
    'glossary:deleteConcept': (request) => store.deleteConcept(request),
    'glossary:poll': async () => ({ version: store.poll() }),
    'glossary:importPreview': ({ file }) => store.importPreview(file.fileName, bytes(file.base64)),
    'glossary:import': ({ file, resolutions }) => store.importFile(file.fileName, bytes(file.base64), resolutions),
    'glossary:export': ({ format }) => store.exportAll(format),
  };
}
