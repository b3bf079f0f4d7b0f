import type { Project } from '../../../core/model';

/**
 * The project with its team glossary folder set (a reference main gave back from its dialog or
 * list) or reset to the built-in folder (null); the same object when nothing changes, so the edit
 * is not recorded.
 */
export function setGlossaryFolder(project: Project, folder: string | null): Project {
  if ((project.settings.glossaryFolder ?? null) === folder) return project;
  const settings = { ...project.settings };
  if (folder === null) delete settings.glossaryFolder;
  else settings.glossaryFolder = folder;
  return { ...project, settings };
}
