import type { Project } from '../../../core/model';

/**
 * The project with one QA check switched on or off in `settings.disabledChecks`; the same object
 * when nothing changes (so the edit is not recorded). Ids the registry does not know (from another
 * version) stay as they are.
 */
export function setCheckEnabled(project: Project, checkId: string, enabled: boolean): Project {
  const disabled = project.settings.disabledChecks;
  if (disabled.includes(checkId) !== enabled) return project;
  const next = enabled ? disabled.filter((id) => id !== checkId) : [...disabled, checkId];
  return { ...project, settings: { ...project.settings, disabledChecks: next } };
}
