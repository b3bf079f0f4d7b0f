import type { z } from 'zod';
import type { exportFormatSchema, exportOptionsSchema } from './export';

/** An export format name as the contract knows it. */
export type ExportFormatName = z.infer<typeof exportFormatSchema>;
/** Export options as a caller writes them. */
export type ExportOptionsInput = z.input<typeof exportOptionsSchema>;
