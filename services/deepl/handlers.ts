import { teamGlossaryDir } from '../glossary-handlers';
import { realignAroundAnchors } from '../../core/align';
import type { Lexicon } from '../../core/align';
import type { Handlers } from '../../core/contract';
import { batchDraftItems, draftCodeFor, estimateDraft, mtCacheKeyMaterial } from '../../core/draft';
import type { DraftItem, DraftResult, RejectedTerm } from '../../core/draft';
import { alignableSentences } from '../../core/model';
import type { Alignment, Project, TargetLang } from '../../core/model';
import { createDeepLClient, deeplEndpointFor } from './client';
import type { DeepLConnection } from './client';
import { draftProject, planDraftRun } from './draft';
import type { DraftProgress } from './draft';
import { describeDeepLError, DeepLServiceError } from './errors';
import { fileGlossaryRecord, glossaryRecordPath, syncGlossary } from './glossary-sync';
import { machineTranslateSource, mtCachePath, openMtCache } from './mt-cache';
import { lexiconOrWarnOnce } from '../lexicon';
import type { DeepLKeySource } from './key-source';
import { grantGlossaryPaths } from '../file-grants';
import { loadGlossary } from '../glossary';
import type { Host } from '../host';
import { RefusedRequestError } from '../host';

type DeepLChannel = 'deepl:status' | 'deepl:setKey' | 'deepl:estimate' | 'deepl:draft' | 'deepl:alignWithMt' | 'deepl:estimateAlignWithMt' | 'deepl:progress' | 'deepl:cancel';

/**
 * The DeepL channels over a key source (encrypted store on the desktop, environment in web mode).
 * One DeepL run (a draft or an MT re-alignment) at a time; the renderer polls `deepl:progress`
 * and may `deepl:cancel` it.
 * `serverUrl` (DEEPL_SERVER_URL) is for tests and proxies.
 */
export function createDeepLHandlers(
  host: Pick<Host, 'webMode' | 'glossaryDir' | 'resolveGlossaryPath' | 'resolveProjectPath' | 'userDataDir' | 'resolveTeamFolder'>,
  keys: DeepLKeySource,
  serverUrl = process.env.DEEPL_SERVER_URL?.trim() || undefined,
  // The app passes its worker pool's re-align (off the UI's thread); default: on this thread.
  realignWithMt: (project: Project, target: TargetLang, mt: string[]) => Promise<Alignment> = async (project, target, mt) =>
    realignAroundAnchors(project.source, project.targets[target]!, project.alignments[target], { mt, ...lexiconOption(target) }),
): Pick<Handlers, DeepLChannel> {
  /** The one DeepL run; a draft's `drafts` grow batch by batch and are handed out by `deepl:progress`. */
  let running: { task: 'draft' | 'align'; controller: AbortController; progress: DraftProgress; drafts: DraftResult[] } | null = null;

  function refuseIfRunning(): void {
    if (!running) return;
    const what = running.task === 'draft' ? 'A DeepL draft' : 'A re-alignment with DeepL MT';
    throw new RefusedRequestError(`${what} is already running: wait for it or cancel it`);
  }

  async function connection(): Promise<DeepLConnection> {
    const found = await keys.read();
    if (!found) throw new DeepLServiceError('no-key', 'No DeepL key is configured: enter your DeepL API key in Settings (free keys end in ":fx").');
    // Three retries ride out a brief 429 or 5xx without leaving an offline user waiting long (deepl-node's default is 5).
    return { authKey: found.key, maxRetries: 3, ...(serverUrl ? { serverUrl } : {}) };
  }

  function estimateFor(project: Project, target: TargetLang) {
    const plan = planDraftRun(project, target);
    return { plan, estimate: { code: draftCodeFor(target, project.settings.englishVariant), ...plan.estimate } };
  }

  return {
    'deepl:status': async ({ checkUsage }) => {
      const found = await keys.read();
      const base = {
        configured: found !== null,
        source: found?.source ?? null,
        canStore: keys.canStore,
        endpoint: found ? (serverUrl ? ('custom' as const) : deeplEndpointFor({ authKey: found.key }).includes('api-free') ? ('free' as const) : ('pro' as const)) : null,
        plan: found ? (found.key.trim().endsWith(':fx') ? ('free' as const) : ('pro' as const)) : null,
        host: found ? new URL(deeplEndpointFor({ authKey: found.key, ...(serverUrl ? { serverUrl } : {}) })).host : null,
        usage: null,
        problem: null,
      };
      if (!found || !checkUsage) return base;
      try {
        // A status check must answer at once, offline too: no retries.
        const usage = (await createDeepLClient({ ...(await connection()), maxRetries: 0 }).getUsage()).character;
        return { ...base, usage: usage ? { count: usage.count, limit: usage.limit } : null };
      } catch (err) {
        const failure = describeDeepLError(err);
        return { ...base, problem: { kind: failure.kind, message: failure.message } };
      }
    },
    'deepl:setKey': async ({ key }) => {
      if (key !== null) {
        if (!keys.canStore) throw new RefusedRequestError('This build cannot store a DeepL key: set DEEPL_AUTH_KEY in the environment before starting it');
        // Ask DeepL before storing, so a mistyped key is caught now, not at the first draft.
        try {
          await createDeepLClient({ authKey: key, ...(serverUrl ? { serverUrl } : {}), maxRetries: 1 }).getUsage();
        } catch (err) {
          const failure = describeDeepLError(err);
          if (failure.kind !== 'network') throw failure;
          // Offline: store it anyway; the first draft will tell if it is wrong.
        }
      }
      await keys.write(key);
      return { configured: (await keys.read()) !== null };
    },
    'deepl:estimate': async ({ project, target }) => estimateFor(project, target).estimate,
    'deepl:draft': async ({ project, target, useGlossary, projectPath }) => {
      refuseIfRunning();
      const { estimate } = estimateFor(project, target);
      const controller = new AbortController();
      const run = { task: 'draft' as const, controller, progress: { batchesDone: 0, batches: 0, segmentsDone: 0, segments: estimate.segments, charactersSent: 0 }, drafts: [] as DraftResult[] };
      running = run;
      const empty = { project, estimate, applied: [], drafts: [], skipped: [], charactersBilled: 0, glossary: null };
      try {
        let client;
        try {
          client = createDeepLClient(await connection());
        } catch (err) {
          const failure = describeDeepLError(err);
          return { ...empty, error: { kind: failure.kind, message: failure.message } };
        }
        if (estimate.segments === 0) return { ...empty, error: null };
        let glossary: { id: string | null; name: string; created: boolean; rejected: RejectedTerm[]; warnings: string[] } | null = null;
        if (useGlossary) {
          const projectFile = projectPath ? host.resolveProjectPath(projectPath) : null;
          const { granted: glossaryFiles } = await grantGlossaryPaths(host, project.glossaryPaths.map((p) => host.resolveGlossaryPath(p, projectFile)), projectFile);
          const { termBase } = await loadGlossary(await teamGlossaryDir(host, project), glossaryFiles);
          try {
            // The record lets a changed term base delete the glossary it supersedes from the account.
            const sync = await syncGlossary(client, termBase, { record: fileGlossaryRecord(glossaryRecordPath(host.userDataDir)) });
            if (sync.glossaryId && sync.name) glossary = { id: sync.glossaryId, name: sync.name, created: sync.created, rejected: sync.rejected, warnings: sync.warnings };
          } catch (err) {
            const failure = describeDeepLError(err);
            return { ...empty, error: { kind: failure.kind, message: failure.message } };
          }
        }
        const result = await draftProject(project, {
          client,
          target,
          code: estimate.code,
          glossaryId: glossary?.id ?? null,
          signal: controller.signal,
          onProgress: (p) => {
            run.progress = p;
          },
          onBatch: (_project, drafts) => {
            for (const d of drafts) run.drafts.push(d);
          },
        });
        return {
          project: result.project,
          estimate,
          applied: result.applied,
          drafts: result.drafts,
          skipped: result.skipped,
          charactersBilled: result.charactersBilled,
          glossary: glossary
            ? {
                name: glossary.name,
                created: glossary.created,
                rejected: glossary.rejected.map((r) => ({ term: r.term, target: r.target, reason: r.reason, file: r.origin.file, line: r.origin.line })),
                warnings: glossary.warnings,
              }
            : null,
          error: result.error ? { kind: result.error.kind, message: result.error.message } : null,
        };
      } finally {
        running = null;
      }
    },
    'deepl:alignWithMt': async ({ project, target }) => {
      const doc = project.targets[target];
      if (!doc) throw new RefusedRequestError(`The project has no ${target} text to align`);
      refuseIfRunning();
      const controller = new AbortController();
      const sentences = alignableSentences(project.source).length;
      // The same progress slot and cancel as a draft: segments = sentences not in the cache yet.
      const run = { task: 'align' as const, controller, progress: { batchesDone: 0, batches: 0, segmentsDone: 0, segments: 0, charactersSent: 0 }, drafts: [] };
      running = run;
      let planned = false;
      try {
        const client = createDeepLClient(await connection());
        // Without a glossary: the MT is evidence for alignment, not text anyone reads.
        const cache = await openMtCache(mtCachePath(host.userDataDir));
        const { mt, cached, charactersSent } = await machineTranslateSource(client, project.source, draftCodeFor(target, project.settings.englishVariant), cache, undefined, {
          signal: controller.signal,
          onProgress: (p) => {
            planned = true;
            run.progress = p;
          },
        });
        const alignment = await realignWithMt(project, target, mt);
        if (controller.signal.aborted) {
          return { alignment: null, cached, charactersSent, error: { kind: 'cancelled' as const, message: 'Cancelled: the alignment was left as it was; the machine translation is in the MT cache.' } };
        }
        return { alignment, cached, charactersSent, error: null };
      } catch (err) {
        const failure = describeDeepLError(err, 'mt');
        // What arrived before the failure or cancel is in the cache; say what was paid for.
        return { alignment: null, cached: planned ? sentences - run.progress.segments : 0, charactersSent: run.progress.charactersSent, error: { kind: failure.kind, message: failure.message } };
      } finally {
        running = null;
      }
    },
    'deepl:estimateAlignWithMt': async ({ project, target }) => {
      if (!project.targets[target]) throw new RefusedRequestError(`The project has no ${target} text to align`);
      const code = draftCodeFor(target, project.settings.englishVariant);
      // The same selection and batching as machineTranslateSource (no glossary version: alignWithMt sends none).
      const cache = await openMtCache(mtCachePath(host.userDataDir));
      const sentences = alignableSentences(project.source);
      const missing: DraftItem[] = [];
      sentences.forEach((s, i) => {
        const text = s.text.trim();
        if (text !== '' && cache.get(mtCacheKeyMaterial(text, code, null)) === undefined) missing.push({ srcIds: [s.id], text, position: i, size: 1 });
      });
      const { characters, requests } = estimateDraft(batchDraftItems(missing, project.source));
      return { code, sentences: sentences.length, cached: sentences.length - missing.length, characters, requests };
    },
    'deepl:progress': async ({ draftsFrom }) => {
      const p = running?.progress;
      const drafts = draftsFrom === undefined || !running ? [] : running.drafts.slice(draftsFrom);
      return { running: running !== null, segmentsDone: p?.segmentsDone ?? 0, segments: p?.segments ?? 0, charactersSent: p?.charactersSent ?? 0, drafts };
    },
    'deepl:cancel': async () => {
      if (!running) return { cancelled: false };
      running.controller.abort();
      return { cancelled: true };
    },
  };
}

/** The zh→target lexicon as an align option, by the app's policy (services/lexicon.ts: missing, align without it and say so once). */
function lexiconOption(target: 'en' | 'ru'): { lexicon?: Lexicon } {
  const lexicon = lexiconOrWarnOnce(target);
  return lexicon ? { lexicon } : {};
}
