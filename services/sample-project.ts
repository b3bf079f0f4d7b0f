import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import type { Project } from '../core/model';
import { createSampleProject } from '../core/project';
import type { ProjectEngine, SampleId, SampleTexts } from '../core/project';

/** Each built-in sample's files in samples/ (`BASENAME.zh.txt`, `.en.txt`, `.ru.txt`) and its project name. */
export const SAMPLES: Record<SampleId, { basename: string; name: string }> = {
  // The default: its drafts are complete.
  'strategic-stability': { basename: 'strategic-stability-2025-05-08', name: 'Joint statement on global strategic stability (8 May 2025)' },
  // Drafts of the title, the opening and sections 一–三 only: the rest shows as untranslated.
  'joint-statement': { basename: 'joint-statement-2025-05-08', name: 'Joint statement on the comprehensive strategic partnership (8 May 2025)' },
};
export const DEFAULT_SAMPLE: SampleId = 'strategic-stability';
export const SAMPLE_BASENAME = SAMPLES[DEFAULT_SAMPLE].basename;
export const SAMPLE_NAME = SAMPLES[DEFAULT_SAMPLE].name;

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
export async function loadSampleProject(samplesDir: string, engine: ProjectEngine, glossaryPaths: string[] = [], id: SampleId = DEFAULT_SAMPLE): Promise<Project> {
  return createSampleProject(await readSampleTexts(samplesDir, id), engine, glossaryPaths);
}

/** The sample's texts as read from `samplesDir` (the Chinese statement is required, each draft optional). */
export async function readSampleTexts(samplesDir: string, id: SampleId = DEFAULT_SAMPLE): Promise<SampleTexts> {
  const base = path.join(samplesDir, SAMPLES[id].basename);
  const zh = await fsp.readFile(`${base}.zh.txt`, 'utf8').catch(() => {
    throw new Error(`The sample is missing: ${base}.zh.txt`);
  });
  const [en, ru] = await Promise.all([readOptional(`${base}.en.txt`), readOptional(`${base}.ru.txt`)]);
  return { name: SAMPLES[id].name, zh, en, ru };
}
