import type { Project } from '../../core/model';
import { parseProject } from '../../core/project';
import { parseRecoveryCopy } from '../project-store';
import type { RecoveryCopy } from '../project-store';

/**
 * Project JSON parsed and validated (zod schema) in the worker pool (issue 12): a project of up to
 * MAX_PROJECT_BYTES no longer stalls the thread that answers the UI. The caller read the bytes
 * (with the size limit); errors name the file and line as on the main thread.
 */
export function parseProjectBytes(bytes: Uint8Array, fileName: string): Project {
  return parseProject(new TextDecoder().decode(bytes), fileName);
}

/** A crash-recovery copy, or null when it is not one (damaged, or an older or foreign file). */
export function parseRecoveryBytes(bytes: Uint8Array): RecoveryCopy | null {
  return parseRecoveryCopy(new TextDecoder().decode(bytes));
}
