import { z } from 'zod';
import { DRAFT_TARGET_CODES } from '../draft/deepl-langs';
import { alignmentSchema, projectSchema, targetLangSchema } from '../project/schema';
import { channel } from './channel';

/** Where the DeepL key comes from. The key itself never crosses to the renderer. */
const keySourceSchema = z.enum(['stored', 'environment']).nullable();

const failureSchema = z.object({
  kind: z.enum(['no-key', 'auth', 'quota', 'rate', 'server', 'network', 'glossary', 'request', 'cancelled', 'unknown']),
  message: z.string(),
});

const estimateSchema = z.object({
  /** DeepL's target code for this run (English takes the project's variant). */
  code: z.enum(DRAFT_TARGET_CODES),
  /** Billed characters (texts only; context is free), segments and requests. */
  characters: z.number().int().nonnegative(),
  segments: z.number().int().nonnegative(),
  requests: z.number().int().nonnegative(),
});

/** One draft as it arrived, keyed by its bead's source ids (applied to the project as it is now). */
const draftSchema = z.object({ srcIds: z.array(z.string()), text: z.string() });

/** A term the glossary sync could not send to DeepL, where it comes from, and why. */
const rejectedTermSchema = z.object({
  term: z.string(),
  target: targetLangSchema,
  reason: z.string(),
  file: z.string(),
  line: z.number().int().nonnegative(),
});

const progressSchema = z.object({
  running: z.boolean(),
  segmentsDone: z.number().int().nonnegative(),
  segments: z.number().int().nonnegative(),
  charactersSent: z.number().int().nonnegative(),
  /** The running draft's drafts from index `draftsFrom` on, in arrival order ([] without `draftsFrom`). */
  drafts: z.array(draftSchema),
});

export const deeplChannels = {
  /**
   * Whether a key is configured (never the key), whether this app can store one (desktop with OS
   * encryption), and — with `checkUsage` — the account's usage this period. Offline, `usage` is
   * null and `problem` says why; the rest of the app keeps working.
   */
  'deepl:status': channel(
    z.object({ checkUsage: z.boolean().default(false) }),
    z.object({
      configured: z.boolean(),
      source: keySourceSchema,
      canStore: z.boolean(),
      /** "free" for :fx keys, "pro" otherwise, "custom" when DEEPL_SERVER_URL is set. */
      endpoint: z.enum(['free', 'pro', 'custom']).nullable(),
      /** The key's plan from its suffix (":fx" = free) and the host a usage check contacts. */
      plan: z.enum(['free', 'pro']).nullable().optional(),
      host: z.string().nullable().optional(),
      usage: z.object({ count: z.number(), limit: z.number() }).nullable(),
      problem: failureSchema.nullable(),
    }),
  ),
  /**
   * Store the key, encrypted with the OS keychain (Electron safeStorage), after DeepL accepted it;
   * `null` forgets it. Answers only "configured", never echoes the key.
   */
  'deepl:setKey': channel(z.object({ key: z.string().trim().min(1).max(256).nullable() }), z.object({ configured: z.boolean() })),
  /** What drafting `target` would send and cost, before anything is sent (no network). */
  'deepl:estimate': channel(z.object({ project: projectSchema, target: targetLangSchema }), estimateSchema),
  /**
   * Draft every sentence of `target` without translation (status mt, never over human text), with
   * the project's term base as a DeepL glossary. On failure or cancel the project still holds every
   * draft received and `error` says why the rest is missing. While it runs, `deepl:progress` hands
   * out the drafts that arrived, so the renderer can put them into its project batch by batch.
   */
  'deepl:draft': channel(
    z.object({
      project: projectSchema,
      target: targetLangSchema,
      useGlossary: z.boolean().default(true),
      /** The project's file, to resolve its relative glossary paths; null = unsaved. */
      projectPath: z.string().max(4096).nullable().default(null),
    }),
    z.object({
      project: projectSchema,
      estimate: estimateSchema,
      applied: z.array(z.string()),
      /** Every draft applied, in arrival order (index i = what `deepl:progress` gave as index i). */
      drafts: z.array(draftSchema),
      skipped: z.array(z.object({ srcIds: z.array(z.string()), reason: z.string() })),
      charactersBilled: z.number().int().nonnegative(),
      /**
       * rejected: terms DeepL cannot take (not sent; the rest was); warnings: what the sync could
       * not do without failing (a superseded glossary it could not delete).
       */
      glossary: z.object({ name: z.string(), created: z.boolean(), rejected: z.array(rejectedTermSchema), warnings: z.array(z.string()) }).nullable(),
      error: failureSchema.nullable(),
    }),
  ),
  /**
   * Re-align `target` with DeepL's translation of the source as extra evidence. Translations are
   * cached per sentence in the user-data folder, so aligning again pays nothing. Reports through
   * `deepl:progress` and stops on `deepl:cancel` like a draft; after a cancel or failure
   * `alignment` is null (the caller keeps its alignment) and what arrived stays in the cache.
   */
  'deepl:alignWithMt': channel(
    z.object({ project: projectSchema, target: targetLangSchema }),
    z.object({
      alignment: alignmentSchema.nullable(),
      /** Sentences served from the cache, and characters sent to DeepL for the rest. */
      cached: z.number().int().nonnegative(),
      charactersSent: z.number().int().nonnegative(),
      error: failureSchema.nullable(),
    }),
  ),
  /**
   * What `deepl:alignWithMt` would send and bill, before anything is sent: the source sentences
   * whose translation is not in the MT cache yet (no network; the cache lives in main).
   */
  'deepl:estimateAlignWithMt': channel(
    z.object({ project: projectSchema, target: targetLangSchema }),
    z.object({
      code: z.enum(DRAFT_TARGET_CODES),
      /** Alignable source sentences, and how many of them the cache already has. */
      sentences: z.number().int().nonnegative(),
      cached: z.number().int().nonnegative(),
      characters: z.number().int().nonnegative(),
      requests: z.number().int().nonnegative(),
    }),
  ),
  /**
   * Progress of the running draft or MT re-alignment (the renderer polls it while `deepl:draft` or
   * `deepl:alignWithMt` is pending); for the re-alignment, segments are the sentences not cached.
   * With `draftsFrom`, also the draft's drafts that arrived from that index on.
   */
  'deepl:progress': channel(z.object({ draftsFrom: z.number().int().nonnegative().optional() }), progressSchema),
  /** Stop the running draft or MT re-alignment after the request in flight; what arrived is kept. */
  'deepl:cancel': channel(z.object({}), z.object({ cancelled: z.boolean() })),
};
