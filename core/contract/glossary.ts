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
   * (relative paths resolve against the project file's folder). Problems name file and line. A
   * new project over the same files names the merge it holds and gets no term base (10,000
   * concepts are 3 MB of JSON, and the page's matcher took 0.4–0.9 s to build again).
   */
  'glossary:load': channel(
    z.object({
      glossaryPaths: z.array(z.string().max(4096)).default([]),
      projectPath: z.string().max(4096).nullable().optional(),
      /** The project's team folder (settings.glossaryFolder); main reads it only if it was chosen in its dialog. */
      teamFolder: z.string().max(4096).nullable().optional(),
      /** The `merged` of the term base the page holds: when this load merges the very same files, the term base is not sent again. */
      held: z.string().min(1).max(80).nullable().optional(),
    }),
    z.object({
      /** Null when the request's `held` names this load's merge (the page keeps its copy, its matcher and its checks). */
      termBase: z.object({ concepts: z.array(conceptSchema) }).nullable(),
      /**
       * The merge's identity: a hash of the files' paths and bytes, absent when a file could not be
       * read (then there is nothing to hold: its problem may be gone next time).
       */
      merged: z.string().optional(),
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
