import { z } from 'zod';
import { projectSchema, targetLangSchema } from '../project/schema';
import { EXPORT_FORMATS } from '../formats/export-formats';
import { channel } from './channel';

/** Every export format, from the one table in core/formats/export-formats.ts. */
export { EXPORT_FORMATS };
export const exportFormatSchema = z.enum(EXPORT_FORMATS);

export const exportOptionsSchema = z.object({
  /** Which target for bilingual formats (tmx, xliff, xliff12); default: the first aligned one. */
  target: targetLangSchema.optional(),
  /** Which targets for table formats (docx, csv, tsv, html); default: every aligned one. */
  targets: z.array(targetLangSchema).min(1).optional(),
  onlyConfirmed: z.boolean().optional(),
  skipEmpty: z.boolean().optional(),
  mergeNm: z.boolean().optional(),
  /** CSV/TSV: write a UTF-8 BOM so Excel reads the file correctly. */
  bom: z.boolean().optional(),
  /** CSV/TSV: apostrophe before cells a spreadsheet would run as formulas; default: the value of `bom`. */
  excelSafe: z.boolean().optional(),
  /**
   * Run the QA checks (with the project's glossary) and show their findings in the export: DOCX
   * comments, a column in HTML/CSV/TSV, notes in XLIFF. Default true; TMX never carries them.
   */
  qa: z.boolean().optional(),
});

export const exportChannels = {
  /**
   * Export the project. The desktop app asks where to save and writes the file (`path`); web mode
   * returns the bytes (base64) for a browser download. `null` when the user cancelled.
   */
  'export:run': channel(
    z.object({ project: projectSchema, format: exportFormatSchema, options: exportOptionsSchema.default({}) }),
    z.object({
      fileName: z.string(),
      mimeType: z.string(),
      path: z.string().nullable(),
      base64: z.string().nullable(),
      /** What the user should know about the export (e.g. control characters left out). */
      warnings: z.array(z.string()),
    }).nullable(),
  ),
};
