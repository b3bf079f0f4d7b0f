import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import type { Response } from '../../core/contract';

/** Term base file endings the glossary loader reads. */
const GLOSSARY_EXTENSIONS = ['.tbx', '.csv', '.tsv'];

/** The built-in folder's term base files, sorted so merge order (and conflict reports) are stable. */
export async function listBuiltInGlossaries(dir: string): Promise<string[]> {
  const names = await fsp.readdir(dir).catch(() => [] as string[]);
  return names.filter((n) => GLOSSARY_EXTENSIONS.includes(path.extname(n).toLowerCase())).sort().map((n) => path.join(dir, n));
}

/**
 * The merged term base of the built-in folder plus the project's files. STAND-IN: lists the files
 * and returns no concepts until main/services/glossary-files.ts `loadGlossaryFiles` is committed.
 */
export async function loadGlossary(builtInDir: string, projectFiles: string[]): Promise<Response<'glossary:load'>> {
  const files = [...(await listBuiltInGlossaries(builtInDir)), ...projectFiles];
  return { termBase: { concepts: [] }, problems: [], files };
}
