import { z } from 'zod';
import { channel } from './channel';

const termSchema = z.object({
  text: z.string(),
  lang: z.enum(['zh', 'en', 'ru']),
  status: z.enum(['preferred', 'admitted', 'deprecated']),
  note: z.string().optional(),
});

/** Runtime mirror of core/glossary/types.ts `Concept`. */
export const conceptSchema = z.object({
  id: z.string(),
  subject: z.string().optional(),
  definition: z.string().optional(),
  terms: z.array(termSchema),
  origin: z.object({ file: z.string(), line: z.number().int() }),
});

export const glossaryProblemSchema = z.object({
  file: z.string(),
  line: z.number().int(),
  message: z.string(),
  severity: z.enum(['error', 'warning']),
});

export const glossaryChannels = {
  /**
   * The merged term base: the app's built-in glossary/ folder plus the project's own glossaryPaths
   * (relative paths resolve against the project file's folder). Problems name file and line.
   */
  'glossary:load': channel(
    z.object({
      glossaryPaths: z.array(z.string().max(4096)).default([]),
      projectPath: z.string().max(4096).nullable().optional(),
      /** The project's team folder (settings.glossaryFolder); main reads it only if it was chosen in its dialog. */
      teamFolder: z.string().max(4096).nullable().optional(),
    }),
    z.object({
      termBase: z.object({ concepts: z.array(conceptSchema) }),
      problems: z.array(glossaryProblemSchema),
      files: z.array(z.string()),
      /** Each file's format and the content hash it was read with (an edit sends it back, see glossary-edit.ts). */
      sources: z.array(z.object({ file: z.string(), name: z.string(), format: z.string(), hash: z.string(), concepts: z.number().int().nonnegative(), editable: z.boolean() })).optional(),
      /** The team folder in force, as the user should see it, and why not the project's own if refused. */
      teamFolder: z.object({ shown: z.string(), custom: z.boolean(), problem: z.string().optional() }).optional(),
      /** The watcher's change counter when this was read (see `glossary:poll`). */
      version: z.number().int().nonnegative().optional(),
    }),
  ),
};
