import * as fsp from 'node:fs/promises';
import { createTermMatcher } from '../core/glossary';
import type { QaTermMatcher } from '../core/qa';
import { loadGlossaryFiles } from './glossary-files';

/**
 * The merged term base: the app's built-in glossary folder first (it wins conflicts: it is the
 * team's house standard), then the project's own files. Unreadable files are problems naming file
 * and line, never a failure of the whole load.
 */
export async function loadGlossary(builtInDir: string, projectFiles: string[]): ReturnType<typeof loadGlossaryFiles> {
  const builtIn = (await fsp.stat(builtInDir).catch(() => null))?.isDirectory() ? [builtInDir] : [];
  return loadGlossaryFiles([...builtIn, ...projectFiles]);
}

/** A term matcher for the QA checks over the same term base, or none when it holds no concepts. */
export async function loadQaMatcher(builtInDir: string, projectFiles: string[]): Promise<QaTermMatcher | undefined> {
  const { termBase } = await loadGlossary(builtInDir, projectFiles);
  return termBase.concepts.length > 0 ? createTermMatcher(termBase) : undefined;
}
