import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import { TERM_BASE_EXTENSIONS } from '../core/glossary';
import type { GlossaryProblem } from '../core/glossary';
import type { Host } from './host';

/**
 * What the page may name on the desktop. A compromised page must not make main read or write
 * arbitrary files, so every path it sends is checked against what the user or main chose: project
 * files picked in a dialog, opened from the recent list, saved or recovered in this session; term
 * bases in main's own glossary folder or beside such a project file. Web mode is confined to its
 * workspace by the host's resolvers instead.
 */
const projects = new WeakMap<object, Set<string>>();

/** The project files granted on this host (shared by every channel that takes a project path). */
export function grantedProjects(host: object): Set<string> {
  let set = projects.get(host);
  if (!set) {
    set = new Set();
    projects.set(host, set);
  }
  return set;
}

function inside(dir: string, file: string): boolean {
  const rel = path.relative(dir, file);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

/** The real path (symbolic links followed), or the lexical one for a path that does not exist. */
async function realPath(file: string): Promise<string> {
  return fsp.realpath(file).catch(() => path.resolve(file));
}

/**
 * Splits resolved glossary paths into those main may read and a problem for each refused one.
 * Allowed: anything inside main's glossary folder, and term base files (or folders) inside the
 * folder of a granted project file. A missing file inside them passes through (the loader reports
 * "not found"); a refused one is named, its content never read.
 */
export async function grantGlossaryPaths(
  host: Pick<Host, 'webMode' | 'glossaryDir'>,
  files: readonly string[],
  projectFile: string | null,
): Promise<{ granted: string[]; problems: GlossaryProblem[] }> {
  if (host.webMode) return { granted: [...files], problems: [] };
  const roots = [await realPath(host.glossaryDir)];
  if (projectFile && grantedProjects(host).has(projectFile)) roots.push(await realPath(path.dirname(projectFile)));
  const granted: string[] = [];
  const problems: GlossaryProblem[] = [];
  for (const file of files) {
    const real = await realPath(file);
    const stat = await fsp.stat(real).catch(() => null);
    const termBase = stat === null || stat.isDirectory() || TERM_BASE_EXTENSIONS.includes(path.extname(real).toLowerCase());
    if (termBase && roots.some((root) => inside(root, real))) granted.push(file);
    else {
      problems.push({
        file,
        line: 0,
        message: 'not read: a term base must be in the glossary folder or beside the saved project (Duizhao reads no other file the page names)',
        severity: 'error',
      });
    }
  }
  return { granted, problems };
}
