import { z } from 'zod';
import { alignmentSchema, docSchema, projectSchema, targetLangSchema } from '../project/schema';
import { channel } from './channel';

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
    z.object({ source: docSchema, target: docSchema }),
    z.object({
      alignment: alignmentSchema,
      wrongDocument: z.object({ lang: targetLangSchema, lift: z.number(), bar: z.number(), message: z.string() }).nullable(),
    }),
  ),
};
