import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import type { DeepLClient } from 'deepl-node';
import { batchDraftItems, draftCodeFor, estimateDraft, mtCacheKeyMaterial } from '../../core/draft';
import type { DraftItem, DraftTargetCode } from '../../core/draft';
import { alignableSentences } from '../../core/model';
import type { Doc, Project, TargetLang } from '../../core/model';
import { writeFileAtomic } from '../atomic-write';
import type { DraftProgress } from './draft';
import { describeDeepLError, DeepLServiceError } from './errors';
import { translateBatch } from './translate';
import { nodeCrypto } from '../node-crypto';

/** Machine translations by hashed key; the file holds translations only, never a key or account data. */
export interface MtCache {
  get(material: string): string | undefined;
  set(material: string, text: string): void;
  readonly size: number;
  /** Write the cache if it changed (atomically: a crash never leaves half a file). */
  save(): Promise<void>;
}

const CACHE_FORMAT = 'duizhao-mt-cache';

/** The cache file for a user-data or CLI cache folder. */
export function mtCachePath(dir: string): string {
  return path.join(dir, 'mt-cache.json');
}

/** Open (or start) the MT cache file. A damaged file is set aside and a fresh cache started: it only costs money, never data. */
export async function openMtCache(file: string): Promise<MtCache> {
  let entries: Record<string, string> = {};
  try {
    const parsed = JSON.parse(await fsp.readFile(file, 'utf8')) as { format?: string; entries?: Record<string, string> };
    if (parsed.format === CACHE_FORMAT && parsed.entries && typeof parsed.entries === 'object') entries = parsed.entries;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') await fsp.rename(file, `${file}.damaged`).catch(() => undefined);
  }
  const map = new Map(Object.entries(entries));
  let dirty = false;
  const hash = (material: string) => nodeCrypto().createHash('sha256').update(material).digest('hex');
  return {
    get: (material) => map.get(hash(material)),
    set(material, text) {
      map.set(hash(material), text);
      dirty = true;
    },
    get size() {
      return map.size;
    },
    async save() {
      if (!dirty) return;
      await fsp.mkdir(path.dirname(file), { recursive: true });
      await writeFileAtomic(file, JSON.stringify({ format: CACHE_FORMAT, entries: Object.fromEntries(map) }));
      dirty = false;
    },
  };
}

export interface AlignmentMtResult {
  /** One machine translation per alignable source sentence, in order (the aligner's `mt` option). */
  mt: string[];
  /** Sentences served from the cache, and characters actually sent to DeepL. */
  cached: number;
  charactersSent: number;
}

/** Cancel and progress for a machine-translation run (the same shape as a draft run's). */
export interface MtRunOptions {
  /** Checked between requests and after the last one: a cancelled run keeps (and caches) every batch received, and throws a `cancelled` error. */
  signal?: AbortSignal;
  /** After the plan and after each batch; `segments` counts the sentences to send (cached ones excluded). */
  onProgress?(progress: DraftProgress): void;
}

// The cache file as last read, reopened only when the file changed (a plain re-align asks each time).
let lastRead: { file: string; mtimeMs: number; size: number; cache: MtCache } | undefined;

/** The MT cache file for reading, or undefined when there is none yet. */
async function readMtCache(file: string): Promise<MtCache | undefined> {
  const stat = await fsp.stat(file).catch(() => undefined);
  if (!stat?.isFile()) return undefined;
  if (lastRead?.file !== file || lastRead.mtimeMs !== stat.mtimeMs || lastRead.size !== stat.size) {
    lastRead = { file, mtimeMs: stat.mtimeMs, size: stat.size, cache: await openMtCache(file) };
  }
  return lastRead.cache;
}

/** The cached MT of a project's source for re-aligning one target (cachedSourceMt), read from the user-data cache. */
export async function cachedMtForRealign(userDataDir: string, project: Project, target: TargetLang): Promise<string[] | undefined> {
  const cache = await readMtCache(mtCachePath(userDataDir));
  return cache && cachedSourceMt(project.source, draftCodeFor(target, project.settings.englishVariant), cache);
}

/**
 * The MT a DeepL-assisted alignment already paid for, read back for a plain re-align (so its
 * completeness verdicts keep reading the MT): one translation per alignable source sentence, or
 * undefined unless every sentence with text is in the cache for this target (no glossary version:
 * alignment MT is sent without one). Partial MT would skew the rates the verdicts measure on 1:1 beads.
 */
export function cachedSourceMt(source: Doc, code: DraftTargetCode, cache: Pick<MtCache, 'get' | 'size'>): string[] | undefined {
  if (cache.size === 0) return undefined;
  const mt: string[] = [];
  for (const s of alignableSentences(source)) {
    const text = s.text.trim();
    const hit = text === '' ? '' : cache.get(mtCacheKeyMaterial(text, code, null));
    if (hit === undefined) return undefined;
    mt.push(hit);
  }
  return mt.some((t) => t !== '') ? mt : undefined;
}

/**
 * DeepL translations of every alignable source sentence, for MT-assisted alignment. Each sentence
 * is looked up in the cache first (keyed by text, languages and glossary version), so re-aligning
 * the same source pays nothing; new translations are saved after each request, so a failure or a
 * cancel halfway keeps what was paid for.
 */
export async function machineTranslateSource(
  client: DeepLClient,
  source: Doc,
  code: DraftTargetCode,
  cache: MtCache,
  glossary: { id: string | null; version: string | null } = { id: null, version: null },
  options: MtRunOptions = {},
): Promise<AlignmentMtResult> {
  const sentences = alignableSentences(source);
  const material = sentences.map((s) => mtCacheKeyMaterial(s.text.trim(), code, glossary.version));
  const mt = material.map((m) => cache.get(m) ?? '');
  const missing: DraftItem[] = [];
  sentences.forEach((s, i) => {
    if (cache.get(material[i]!) === undefined && s.text.trim() !== '') missing.push({ srcIds: [s.id], text: s.text.trim(), position: i, size: 1 });
  });
  const batches = batchDraftItems(missing, source);
  const progress: DraftProgress = { batchesDone: 0, batches: batches.length, segmentsDone: 0, segments: missing.length, charactersSent: 0 };
  options.onProgress?.({ ...progress });
  const cancelled = () =>
    new DeepLServiceError('cancelled', `Cancelled after ${progress.segmentsDone} of ${progress.segments} sentence(s) were machine-translated; they are in the MT cache, so running it again sends only the rest.`);
  try {
    for (const batch of batches) {
      if (options.signal?.aborted) throw cancelled();
      const { texts } = await translateBatch(client, batch, code, glossary.id);
      batch.items.forEach((item, k) => {
        const text = texts[k];
        if (text === undefined) return; // left out of a short reply: not cached, asked again next run
        mt[item.position] = text;
        cache.set(material[item.position]!, text);
      });
      await cache.save();
      progress.batchesDone++;
      progress.segmentsDone += batch.items.length;
      progress.charactersSent += estimateDraft([batch]).characters;
      options.onProgress?.({ ...progress });
    }
    // A cancel that came while the last request was in flight still stops the caller's alignment.
    if (options.signal?.aborted && batches.length > 0) throw cancelled();
  } catch (err) {
    await cache.save();
    throw describeDeepLError(err, 'mt');
  }
  return { mt, cached: sentences.length - missing.length, charactersSent: progress.charactersSent };
}
