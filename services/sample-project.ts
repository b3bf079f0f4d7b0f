import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import type { Project } from '../core/model';
import { createSampleProject } from '../core/project';
import type { ProjectEngine, SampleTexts } from '../core/project';

/** The statement the sample project is built from (the one whose drafts are complete). */
export const SAMPLE_BASENAME = 'strategic-stability-2025-05-08';
export const SAMPLE_NAME = 'Joint statement on global strategic stability (8 May 2025)';

async function readOptional(file: string): Promise<string | undefined> {
  try {
    return await fsp.readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/**
 * The built-in sample from `samplesDir`: the Chinese statement plus its .en/.ru drafts where they
 * exist (a missing draft leaves that target out rather than failing).
 */
export async function loadSampleProject(samplesDir: string, engine: ProjectEngine, glossaryPaths: string[] = []): Promise<Project> {
  return createSampleProject(await readSampleTexts(samplesDir), engine, glossaryPaths);
}

/** The sample's texts as read from `samplesDir` (the Chinese statement is required, each draft optional). */
export async function readSampleTexts(samplesDir: string): Promise<SampleTexts> {
  const base = path.join(samplesDir, SAMPLE_BASENAME);
  const zh = await fsp.readFile(`${base}.zh.txt`, 'utf8').catch(() => {
    throw new Error(`The sample is missing: ${base}.zh.txt`);
  });
  const [en, ru] = await Promise.all([readOptional(`${base}.en.txt`), readOptional(`${base}.ru.txt`)]);
  return { name: SAMPLE_NAME, zh, en, ru };
}
