/**
 * Which term base files a CLI run reads, the way the app reads them for the same project: a saved
 * project's team glossary folder (settings.glossaryFolder, else the built-in glossary/ folder) first,
 * then the project's own glossary files, then the `--glossary` paths, which add to them. Earlier
 * files win a conflict (services/glossary-files: one Chinese term, two preferred renderings), so the
 * team folder wins over `--glossary`, and the conflict is reported. Texts and TMX/XLIFF inputs have
 * no project settings: `--glossary` replaces the built-in folder there, as before.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Project } from '../../core/model/types';
import { CliError } from '../errors';
import { glossaryFiles } from './engine';

export interface GlossaryInput {
  project: Project;
  /** The saved project file the project came from; null for texts and TMX/XLIFF. */
  projectFile: string | null;
  /** `--glossary` paths, as given. */
  given: string[] | undefined;
}

const isDir = (p: string): boolean => existsSync(p) && statSync(p).isDirectory();

/**
 * The project's team folder, resolved as the app stores it: an absolute path (desktop) as it is, a
 * plain folder name (web mode: a folder of the workspace, where the project file is saved too)
 * beside the project file. A folder that is not there is an input error: a check that silently used
 * another glossary would report a clean text.
 */
export function teamFolderOf(project: Project, projectFile: string): string | null {
  const folder = project.settings.glossaryFolder;
  if (!folder) return null;
  const dir = resolve(dirname(projectFile), folder);
  if (!isDir(dir)) {
    throw new CliError(`${projectFile}: the project's team glossary folder ${folder} is not there (looked in ${dir}); sync it to this computer, or choose another folder in the app`);
  }
  return dir;
}

/** The term base paths of a run, in merge order (the first wins a conflict). */
export function runGlossaryPaths({ project, projectFile, given }: GlossaryInput, warn: (line: string) => void): string[] | undefined {
  if (projectFile === null) return given;
  const team = teamFolderOf(project, projectFile);
  // No folder of its own: the app uses its built-in glossary/ folder, and so does the CLI.
  const paths = team ? [team] : glossaryFiles(undefined);
  for (const p of project.glossaryPaths) {
    const file = resolve(dirname(projectFile), p);
    if (existsSync(file)) paths.push(file);
    else warn(`glossary ${p} named by ${projectFile} is not there (looked in ${file}); checked without it`);
  }
  if (given) for (const p of glossaryFiles(given)) paths.push(p);
  // The same folder twice (--glossary naming the team folder) would report every term as a conflict with itself.
  return [...new Set(paths.map((p) => resolve(p)))];
}
