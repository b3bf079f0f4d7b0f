import { z } from 'zod';
import { PROJECT_SCHEMA_VERSION } from '../model/types';
import type { Project } from '../model/types';

/** Runtime schema of the project model: validates project files and every IPC payload carrying one. */
const span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
const lang = z.enum(['zh', 'en', 'ru']);
const targetLang = z.enum(['en', 'ru']);
const status = z.enum(['empty', 'mt', 'draft', 'edited', 'confirmed']);
const noiseKind = z.enum(['page-marker', 'broken-word', 'duplicate-paragraph', 'trailing-junk', 'joined-lines', 'mis-decoded', 'heading']);

export const sentenceSchema = z.object({ id: z.string().min(1), text: z.string(), status, span: span.optional() });
export const paraSchema = z.object({
  id: z.string().min(1),
  sentences: z.array(sentenceSchema),
  excluded: noiseKind.optional(),
  heading: z.boolean().optional(),
});
export const noiseFlagSchema = z.object({ kind: noiseKind, message: z.string(), span, line: z.number().int().positive().optional() });
export const docSchema = z.object({ lang, paragraphs: z.array(paraSchema), flags: z.array(noiseFlagSchema) });
const probability = z.number().min(0).max(1);
const beadVerdict = z.object({
  of: z.string(),
  src: z.array(probability),
  tgt: z.array(probability),
  words: z.array(z.number().int().nonnegative()).optional(),
  uncovered: z.array(z.string()).optional(),
  fits: z.array(z.number()).optional(),
  gap: z.array(probability).optional(),
  part: z.array(z.number().nonnegative()).optional(),
  mtPart: z.array(z.string()).optional(),
  pairs: z.array(z.number().int().nonnegative()).optional(),
  stretch: probability.optional(),
});
export const beadSchema = z.object({
  src: z.array(z.string()),
  tgt: z.array(z.string()),
  score: z.number().min(0).max(1),
  origin: z.enum(['auto', 'manual']),
  confirmed: z.boolean().optional(),
  verdict: beadVerdict.optional(),
});
export const alignmentSchema = z.object({ source: z.literal('zh'), target: targetLang, beads: z.array(beadSchema) });
export const settingsSchema = z.object({
  disabledChecks: z.array(z.string()),
  splitAtSemicolon: z.boolean(),
  englishVariant: z.enum(['en-US', 'en-GB']),
  spellingIgnore: z.array(z.string()).optional(),
  spellAllCaps: z.boolean().optional(),
  dismissed: z.array(z.object({ key: z.string().min(1), check: z.string(), lang: targetLang.nullable(), text: z.string() })).optional(),
  glossaryFolder: z.string().max(4096).optional(),
});
export const projectSchema = z.object({
  version: z.literal(PROJECT_SCHEMA_VERSION),
  name: z.string(),
  source: docSchema,
  targets: z.object({ en: docSchema.optional(), ru: docSchema.optional() }),
  alignments: z.object({ en: alignmentSchema.optional(), ru: alignmentSchema.optional() }),
  glossaryPaths: z.array(z.string()),
  settings: settingsSchema,
  original: z
    .object({
      fileName: z.string(),
      format: z.literal('xliff'),
      text: z.string(),
      segments: z.array(z.object({ key: z.string(), zh: z.string() })),
    })
    .optional(),
});

export { lang as langSchema, targetLang as targetLangSchema };

// Compile-time proof that the schema and the hand-written model agree in both directions.
type Inferred = z.infer<typeof projectSchema>;
const _modelFitsSchema = (p: Project): Inferred => p;
const _schemaFitsModel = (p: Inferred): Project => p;
void _modelFitsSchema;
void _schemaFitsModel;
