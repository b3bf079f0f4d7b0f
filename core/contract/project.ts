import { z } from 'zod';
import { docSchema, projectSchema } from '../project/schema';
import { packedHistorySchema } from '../project/history-pack';
import { channel } from './channel';
import { SAMPLE_IDS } from '../project/sample';

/**
 * Where a project lives. In the desktop app `path` is an absolute file path; in web mode it is a
 * file name inside the server's workspace folder. `null` = never saved (the sample, a new project).
 */
const projectPath = z.string().min(1).max(4096).nullable();

/** A project as the renderer receives it after open/new/sample/recover. */
export const openedProjectSchema = z.object({ project: projectSchema, path: projectPath });

/** Pasted text or the contents of a file the user picked (decoded by main, see `file:pickText`). */
const textInput = z.object({ text: z.string().max(50_000_000), fileName: z.string().max(4096).optional() });

/** A file's bytes sent from the page (web mode has no native dialogs; the browser reads the file). */
/**
 * The window or browser tab a crash-recovery copy belongs to (issue 10): each keeps its own, and a
 * tab never offers to "recover" the live work of another. Also a file-name part: letters, digits, -.
 */
const recoveryOwner = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);

const uploadedFile = z.object({
  fileName: z.string().min(1).max(4096),
  /** Base64; 64 MB files (the import limit) are ≈ 86 M characters. */
  base64: z.string().max(90_000_000),
});

export const recentItemSchema = z.object({ path: z.string(), name: z.string(), openedAt: z.string() });

export const projectChannels = {
  /**
   * A built-in sample with its drafts: the 8 May 2025 strategic-stability statement (the default) or
   * the joint statement. An id, never a path: the main process knows where the samples are.
   */
  'project:openSample': channel(z.object({ sample: z.enum(SAMPLE_IDS).optional() }), openedProjectSchema),
  /** A new project from a Chinese source and English and/or Russian drafts; aligned in main. */
  'project:new': channel(
    z.object({
      name: z.string().trim().min(1).max(200),
      source: textInput,
      targets: z.object({ en: textInput.optional(), ru: textInput.optional() }),
      glossaryPaths: z.array(z.string().max(4096)).default([]),
    }),
    openedProjectSchema,
  ),
  /**
   * Open a project: the given path (from the recent list), or — without one — the user picks a
   * file in a dialog. `null` when the user cancelled.
   */
  'project:open': channel(z.object({ path: projectPath.optional() }), openedProjectSchema.nullable()),
  /**
   * Save atomically (temp file, fsync, rename; the previous version kept as `.bak`). Without a path,
   * or with `saveAs`, the user picks one. `null` when the user cancelled the dialog.
   */
  'project:save': channel(
    z.object({ project: projectSchema, path: projectPath.optional(), saveAs: z.boolean().optional() }),
    z.object({ path: z.string() }).nullable(),
  ),
  /** Write the crash-recovery copy (under the user-data folder, not next to the project). */
  'project:autosave': channel(
    // `history`: the undo steps, packed against `project` (core/project/history-pack), so a recovered copy can still undo.
    z.object({ project: projectSchema, path: projectPath, owner: recoveryOwner.optional(), history: packedHistorySchema.optional() }),
    z.object({ savedAt: z.string() }),
  ),
  /** The crash-recovery copy left by a session that did not end cleanly, if any. */
  'project:recover': channel(
    z.object({ owner: recoveryOwner.optional() }),
    z.object({ project: projectSchema, path: projectPath, savedAt: z.string(), owner: recoveryOwner.optional(), history: packedHistorySchema.optional() }).nullable(),
  ),
  /** Forget the recovery copy (after the user declined it, or after a clean save/close). */
  'project:discardRecovery': channel(z.object({ owner: recoveryOwner.optional() }), z.object({})),
  /** Recently opened projects, newest first. */
  'project:recent': channel(z.object({}), z.object({ items: z.array(recentItemSchema) })),
  /**
   * Let the user pick a source or draft for a new project (txt in UTF-8/16 or GB18030, DOCX, HTML,
   * Markdown); main reads it and returns its text. `null` when cancelled — and always in web mode,
   * where the page picks the file and sends it with `file:readText`.
   */
  'file:pickText': channel(
    z.object({ lang: z.enum(['zh', 'en', 'ru']) }),
    z.object({ fileName: z.string(), text: z.string() }).nullable(),
  ),
  /** The text of a file the page already has (web mode upload, drag and drop): same readers as `file:pickText`. */
  'file:readText': channel(
    z.object({ lang: z.enum(['zh', 'en', 'ru']), file: uploadedFile }),
    z.object({ fileName: z.string(), text: z.string() }),
  ),
  /**
   * Open an aligned TMX or XLIFF file (e.g. one exported by Duizhao) as a new, unsaved project.
   * Without `file` the user picks one in a dialog (desktop); `null` when cancelled.
   */
  'project:import': channel(z.object({ file: uploadedFile.optional() }), openedProjectSchema.nullable()),
  /**
   * New project, stage by stage (core/project/new-project-stages): clean up and segment one text.
   * The renderer then aligns each draft (`align:docs`) and builds the project itself, so it can show
   * determinate progress and stop at any stage boundary.
   */
  'project:segment': channel(z.object({ lang: z.enum(['zh', 'en', 'ru']), source: textInput }), z.object({ doc: docSchema })),
};
