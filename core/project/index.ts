/** Public API of core/project: the project model's creation, (de)serialisation and schema. */
export { createProject } from './create';
export type { AlignDocs, NewProjectInput } from './create';
export { serializeProject, parseProject, migrateProject, ProjectFileError, PROJECT_FORMAT, PROJECT_EXTENSION } from './serialize';
export { SAMPLE_IDS, createSampleProject } from './sample';
export type { SampleId, SampleTexts, ProjectEngine } from './sample';
export { projectSchema, docSchema, alignmentSchema, beadSchema, sentenceSchema, paraSchema } from './schema';
