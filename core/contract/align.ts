import { z } from 'zod';
import { alignmentSchema, projectSchema, targetLangSchema } from '../project/schema';
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
};
