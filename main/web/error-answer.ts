import * as path from 'node:path';
import { ReadFileError } from '../../services/read-file';

/** Whether an error (or one it was caused by) says a file does not exist. */
export function isNotFound(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 4; depth++) {
    if (e instanceof ReadFileError && e.reason === 'no such file') return true;
    if ((e as { code?: unknown }).code === 'ENOENT') return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * An error message as the page may see it: paths inside the workspace by their name in it, never
 * the absolute path on the server (it tells a local user where the files live and who runs it).
 */
export function workspaceRelative(message: string, workspace: string): string {
  const root = path.resolve(workspace);
  return message.split(`${root}${path.sep}`).join('').split(root).join('.');
}
