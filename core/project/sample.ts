import type { Doc, Lang, Project, TargetLang } from '../model/types';
import { createProject } from './create';
import type { AlignDocs } from './create';

/**
 * The built-in samples (samples/ in the repo, extraResources when packaged): the two statements of
 * 8 May 2025. The page names one by id; the main process turns the id into a file name.
 */
export const SAMPLE_IDS = ['strategic-stability', 'joint-statement'] as const;
export type SampleId = (typeof SAMPLE_IDS)[number];

/** The sample's texts, as read from the repo's samples/ folder by the Node side. */
export interface SampleTexts {
  name: string;
  zh: string;
  en?: string;
  ru?: string;
}

/** What building a project from raw text needs: import (clean + segment) and alignment. */
export interface ProjectEngine {
  importText(raw: string, lang: Lang): Doc;
  alignDocs: AlignDocs;
}

/** The built-in sample: the Chinese statement with whichever drafts exist, aligned. */
export function createSampleProject(texts: SampleTexts, engine: ProjectEngine, glossaryPaths: string[] = []): Project {
  const targets: Partial<Record<TargetLang, Doc>> = {};
  if (texts.en !== undefined) targets.en = engine.importText(texts.en, 'en');
  if (texts.ru !== undefined) targets.ru = engine.importText(texts.ru, 'ru');
  const project = createProject({ name: texts.name, source: engine.importText(texts.zh, 'zh'), targets, glossaryPaths }, engine.alignDocs);
  // The sample's English drafts are written in American spelling (organization, favorable): en-US
  // for them, so spelling and DeepL agree with the text the translator sees.
  return { ...project, settings: { ...project.settings, englishVariant: 'en-US' } };
}
