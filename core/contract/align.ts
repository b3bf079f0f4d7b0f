import { z } from 'zod';
import { alignmentSchema, docSchema, projectSchema, targetLangSchema } from '../project/schema';
import { channel } from './channel';

/** "The English draft matches only 12 % of the source — wrong file?" (core/align/evidence-share). */
const wrongDocumentSchema = z.object({ lang: targetLangSchema, lift: z.number(), bar: z.number(), message: z.string() });

export const alignChannels = {
  /**
   * Re-align one target against the source. With `range`, only beads [from, to] (inclusive indices
   * into the current alignment) are re-aligned and the beads outside stay as they are.
   */
  'align:run': channel(
    z.object({
      project: projectSchema,
      target: targetLangSchema,
      range: z.object({ from: z.number().int().nonnegative(), to: z.number().int().nonnegative() })
        .refine((r) => r.from <= r.to, { message: 'range.from must not exceed range.to' })
        .optional(),
    }),
    z.object({ alignment: alignmentSchema }),
  ),
  /**
   * New project: align one draft against the source (with the lexicon, in main) and judge whether
   * it translates the source at all (core/align/evidence-share): `wrongDocument` when it probably
   * does not ("The English draft matches only 12 % of the source — wrong file?").
   */
  'align:docs': channel(
    /** `job`: a name the renderer picks, so `align:cancel` can stop this alignment between its steps. */
    z.object({ source: docSchema, target: docSchema, job: z.string().min(1).max(100).optional() }),
    z.object({
      alignment: alignmentSchema,
      wrongDocument: wrongDocumentSchema.nullable(),
    }),
  ),
  /**
   * A project that was opened (saved file, recent, imported TMX/XLIFF, Open file…): the same
   * judgement as `align:docs` for each aligned draft, from its current alignment. Empty when every
   * draft looks like a translation of the source.
   */
  'align:judge': channel(z.object({ project: projectSchema }), z.object({ questions: z.array(wrongDocumentSchema) })),
  /**
   * The window is idle after start: main warms its alignment workers up for a New project (the
   * sample aligned three more times in the background, once per process). Answers at once.
   */
  'align:warmUp': channel(z.object({}), z.object({})),
  /**
   * New project's Cancel: stop the `align:docs` run with this `job` at its next step (it then
   * answers with an error); a job not started yet is refused when it starts. `running`: it was.
   */
  'align:cancel': channel(z.object({ job: z.string().min(1).max(100) }), z.object({ running: z.boolean() })),
};
