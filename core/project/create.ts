import { DEFAULT_SETTINGS, PROJECT_SCHEMA_VERSION, TARGET_LANGS } from '../model/types';
import type { Alignment, Doc, Project, ProjectSettings, TargetLang } from '../model/types';

/** Aligns one target Doc against the source Doc (core/align `alignDocs`, or a stand-in in tests). */
export type AlignDocs = (source: Doc, target: Doc) => Alignment;

export interface NewProjectInput {
  name: string;
  /** The Chinese source, already imported (cleaned and segmented). */
  source: Doc;
  targets: Partial<Record<TargetLang, Doc>>;
  glossaryPaths?: string[];
  settings?: Partial<ProjectSettings>;
}

/**
 * A new project: every target present is aligned against the source. The aligner is passed in so
 * this stays pure and the caller decides which signals (lexicon, glossary pairs, MT) it uses.
 */
export function createProject(input: NewProjectInput, align: AlignDocs): Project {
  if (input.source.lang !== 'zh') throw new Error(`The source must be Chinese (zh), got ${input.source.lang}`);
  const targets: Partial<Record<TargetLang, Doc>> = {};
  const alignments: Partial<Record<TargetLang, Alignment>> = {};
  for (const lang of TARGET_LANGS) {
    const doc = input.targets[lang];
    if (!doc) continue;
    if (doc.lang !== lang) throw new Error(`The ${lang} target document is marked as ${doc.lang}`);
    targets[lang] = doc;
    alignments[lang] = align(input.source, doc);
  }
  return {
    version: PROJECT_SCHEMA_VERSION,
    name: input.name.trim() || 'Untitled',
    source: input.source,
    targets,
    alignments,
    glossaryPaths: [...(input.glossaryPaths ?? [])],
    settings: { ...DEFAULT_SETTINGS, ...input.settings },
  };
}
