import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import { GlossaryEntries, GlossaryNotFoundError } from 'deepl-node';
import type { DeepLClient, MultilingualGlossaryInfo } from 'deepl-node';
import { glossaryDictionaries } from '../../core/draft';
import type { GlossaryDictionary, RejectedTerm } from '../../core/draft';
import type { TermBase } from '../../core/glossary';
import type { TargetLang } from '../../core/model';
import { writeFileAtomic } from '../atomic-write';
import { describeDeepLError } from './errors';
import { nodeCrypto } from '../node-crypto';

/** Every glossary we create is named with this prefix and the term base's content hash. */
export const GLOSSARY_NAME_PREFIX = 'duizhao-';
/** The exact shape of our names: only a glossary named like this is ever deleted. */
const OUR_NAME = /^duizhao-[0-9a-f]{16}$/;

export interface GlossarySyncResult {
  /** The DeepL glossary to translate with; null when the term base has nothing DeepL can take. */
  glossaryId: string | null;
  name: string | null;
  /** Content hash of what was sent: the glossary version the MT cache keys on. */
  version: string | null;
  /** False when a glossary with the same content already existed and was reused. */
  created: boolean;
  entries: Partial<Record<TargetLang, number>>;
  /** Terms DeepL cannot take, by concept and file line: reported, not fatal. */
  rejected: RejectedTerm[];
  /** Names of superseded Duizhao glossaries deleted from the account by this sync. */
  deleted: string[];
  /** Problems that did not stop the sync (a superseded glossary that could not be deleted). */
  warnings: string[];
}

/** A glossary Duizhao made (or adopted by name) in the account. */
export interface GlossaryRef {
  glossaryId: string;
  name: string;
}

/**
 * What this installation remembers of its DeepL glossaries: the one in use and superseded ones
 * whose deletion failed (retried at the next sync). Ids and names only, never a key.
 */
export interface GlossaryRecord {
  current: GlossaryRef | null;
  stale: GlossaryRef[];
}

/** Where the record lives: a JSON file in the app's user-data folder or the CLI's cache folder. */
export interface GlossaryRecordStore {
  read(): Promise<GlossaryRecord>;
  write(record: GlossaryRecord): Promise<void>;
}

const RECORD_FORMAT = 'duizhao-deepl-glossary';

export function glossaryRecordPath(dir: string): string {
  return path.join(dir, 'deepl-glossary.json');
}

/** The record file. Missing or damaged reads as empty: the worst case is one orphan glossary left in the account. */
export function fileGlossaryRecord(file: string): GlossaryRecordStore {
  const isRef = (r: unknown): r is GlossaryRef => !!r && typeof (r as GlossaryRef).glossaryId === 'string' && typeof (r as GlossaryRef).name === 'string';
  return {
    async read() {
      try {
        const parsed = JSON.parse(await fsp.readFile(file, 'utf8')) as { format?: unknown; current?: unknown; stale?: unknown };
        if (parsed.format !== RECORD_FORMAT) return { current: null, stale: [] };
        return { current: isRef(parsed.current) ? parsed.current : null, stale: Array.isArray(parsed.stale) ? parsed.stale.filter(isRef) : [] };
      } catch {
        return { current: null, stale: [] };
      }
    },
    async write(record) {
      await fsp.mkdir(path.dirname(file), { recursive: true });
      await writeFileAtomic(file, JSON.stringify({ format: RECORD_FORMAT, ...record }, null, 1));
    },
  };
}

/** The version of a term base as DeepL would receive it (also usable offline, for cache keys). */
export function glossaryVersion(termBase: TermBase): string | null {
  const { content } = glossaryDictionaries(termBase);
  return content === '' ? null : nodeCrypto().createHash('sha256').update(content).digest('hex').slice(0, 16);
}

export interface GlossarySyncOptions {
  /**
   * This installation's record of its glossaries. With it, the glossary a changed term base
   * supersedes is deleted from the account; without it nothing is ever deleted.
   */
  record?: GlossaryRecordStore;
}

/**
 * Push the term base to DeepL as ONE multilingual (v3) glossary with a zh→en and a zh→ru
 * dictionary. The glossary's name carries the content hash, so an unchanged term base finds its
 * glossary (the recorded id, else the account listing) and is never uploaded twice; a changed one
 * gets a new glossary, and then the one it supersedes — the one this installation recorded, and
 * only if it carries our name — is deleted, so edits do not pile up glossaries against DeepL's
 * per-account limit. A glossary deleted in DeepL's web UI is simply re-created. Failing to delete
 * is a warning, never a failed sync. Glossaries the user made, and other installations' ones, are
 * never touched.
 */
export async function syncGlossary(client: DeepLClient, termBase: TermBase, options: GlossarySyncOptions = {}): Promise<GlossarySyncResult> {
  const { dictionaries, rejected, content } = glossaryDictionaries(termBase);
  const entries = Object.fromEntries(dictionaries.map((d) => [d.target, d.entries.length])) as Partial<Record<TargetLang, number>>;
  const base = { entries, rejected, deleted: [] as string[], warnings: [] as string[] };
  if (dictionaries.length === 0) return { glossaryId: null, name: null, version: null, created: false, ...base };
  const version = nodeCrypto().createHash('sha256').update(content).digest('hex').slice(0, 16);
  const name = `${GLOSSARY_NAME_PREFIX}${version}`;
  const record = options.record ? await options.record.read() : { current: null, stale: [] };

  let glossary: GlossaryRef;
  let created = false;
  let recordedIsGone = false;
  try {
    let found: MultilingualGlossaryInfo | undefined;
    if (record.current?.name === name) {
      // The recorded id first (one small GET instead of the whole listing); gone = deleted in the web UI.
      try {
        const info = await client.getMultilingualGlossary(record.current.glossaryId);
        if (matches(info, name, dictionaries)) found = info;
      } catch (err) {
        if (!(err instanceof GlossaryNotFoundError)) throw err;
        recordedIsGone = true;
      }
    }
    found ??= (await client.listMultilingualGlossaries()).find((g) => matches(g, name, dictionaries));
    if (!found) {
      found = await client.createMultilingualGlossary(
        name,
        dictionaries.map((d) => ({ sourceLangCode: d.source, targetLangCode: d.target, entries: new GlossaryEntries({ entries: Object.fromEntries(d.entries) }) })),
      );
      created = true;
    }
    glossary = { glossaryId: found.glossaryId, name };
  } catch (err) {
    throw describeDeepLError(err);
  }

  if (options.record) {
    // Superseded: the previously recorded glossary and any whose deletion failed before.
    const superseded = [...record.stale, ...(record.current && !recordedIsGone ? [record.current] : [])].filter(
      (g, i, all) => g.glossaryId !== glossary.glossaryId && all.findIndex((x) => x.glossaryId === g.glossaryId) === i,
    );
    const stale: GlossaryRef[] = [];
    for (const old of superseded) {
      if (!OUR_NAME.test(old.name)) continue; // never ours to delete
      try {
        await client.deleteMultilingualGlossary(old.glossaryId);
        base.deleted.push(old.name);
      } catch (err) {
        if (err instanceof GlossaryNotFoundError) continue; // already gone (deleted in the web UI)
        stale.push(old);
        base.warnings.push(`The superseded DeepL glossary ${old.name} could not be deleted (${describeDeepLError(err).kind}); Duizhao tries again at the next sync, or delete it in the DeepL account.`);
      }
    }
    try {
      await options.record.write({ current: glossary, stale });
    } catch (err) {
      base.warnings.push(`Could not record the DeepL glossary in use (${(err as Error).message}): the next term base change may leave ${name} behind in the DeepL account.`);
    }
  }
  return { glossaryId: glossary.glossaryId, name, version, created, ...base };
}

/** Our glossary for this content: the name carries the hash; the entry counts guard against a half-made one. */
function matches(g: MultilingualGlossaryInfo, name: string, dictionaries: GlossaryDictionary[]): boolean {
  return g.name === name && dictionaries.every((d) => g.dictionaries.some((e) => e.targetLangCode.toLowerCase() === d.target && e.entryCount === d.entries.length));
}
