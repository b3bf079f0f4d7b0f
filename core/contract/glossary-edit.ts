import { z } from 'zod';
import { channel } from './channel';
import { conceptSchema, glossaryProblemSchema } from './glossary';

const path = z.string().min(1).max(4096);

/** A term base file picked in the page (import): name and bytes; 20 MB is far above any real TBX. */
const uploadSchema = z.object({ fileName: z.string().min(1).max(255), base64: z.string().max(28_000_000) });

/** What a write answers: saved (with the file's new content hash), or a conflict the user decides. */
const writeResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), file: z.string(), hash: z.string() }),
  z.object({
    status: z.literal('conflict'),
    file: z.string(),
    /** Plain words: who changed what, and the choices. */
    message: z.string(),
    /** The concept as it is on disk now (null: it is gone there). */
    theirs: conceptSchema.nullable(),
    hash: z.string(),
  }),
]);

const conflictSchema = z.object({ zh: z.string(), lang: z.enum(['en', 'ru']), current: z.string(), currentFile: z.string(), incoming: z.string() });

/**
 * Editing the shared glossary folder: each write names a file the last `glossary:load` listed (never
 * a path of the page's choosing) and the content hash it was read with. When the file changed on
 * disk since (a teammate, a sync), nothing is written and the conflict is returned; `force` writes
 * the edit into the file as it is now.
 */
export const glossaryEditChannels = {
  /** Add (previousId null) or replace a concept in `file`, written back in that file's own format. */
  'glossary:saveConcept': channel(
    z.object({ file: path, baseHash: z.string().max(128), previousId: z.string().max(1024).nullable(), concept: conceptSchema, force: z.boolean().default(false) }),
    writeResultSchema,
  ),
  'glossary:deleteConcept': channel(z.object({ file: path, baseHash: z.string().max(128), id: z.string().max(1024), force: z.boolean().default(false) }), writeResultSchema),
  /**
   * Bumped whenever a glossary file changes on disk (watched folder): the page reloads on a new value.
   * `dictionaryVersion`: the same watcher's counter for the folder's team-dictionary.txt (spelling).
   */
  'glossary:poll': channel(z.object({}), z.object({ version: z.number().int().nonnegative(), dictionaryVersion: z.number().int().nonnegative().optional() })),
  /** What importing a TBX/CSV/TSV file would add, change and conflict with; nothing is written. */
  'glossary:importPreview': channel(
    z.object({ file: uploadSchema }),
    z.object({
      added: z.array(z.object({ zh: z.string(), en: z.string(), ru: z.string() })),
      changed: z.array(z.object({ zh: z.string(), currentFile: z.string(), newTerms: z.array(z.string()) })),
      conflicts: z.array(conflictSchema),
      unchanged: z.number().int().nonnegative(),
      problems: z.array(glossaryProblemSchema),
    }),
  ),
  /**
   * Import into the glossary folder: the file is written there under its own name (a free one if
   * taken), without the concepts whose conflict the user kept ours for; for "theirs", the imported
   * rendering becomes preferred in the concept's own file (the old one stays as admitted).
   */
  'glossary:import': channel(
    z.object({ file: uploadSchema, resolutions: z.array(z.object({ zh: z.string(), lang: z.enum(['en', 'ru']), choice: z.enum(['keep', 'theirs']) })).max(100_000) }),
    z.object({ written: z.string().nullable(), concepts: z.number().int().nonnegative(), replaced: z.number().int().nonnegative() }),
  ),
  /** The merged glossary in force as one file, TBX v3 or CSV, for a download. */
  'glossary:export': channel(z.object({ format: z.enum(['tbx', 'csv']) }), z.object({ fileName: z.string(), text: z.string() })),
};
