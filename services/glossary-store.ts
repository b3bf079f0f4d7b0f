import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import type { Response, ValidRequest } from '../core/contract';
import {
  conceptZh, describeTermFileFormat, detectTermFileFormat, diffImport, parseTermBaseFile, preferRendering, replaceConcept,
  serializeTbx, serializeTermFile, TERM_BASE_EXTENSIONS,
} from '../core/glossary';
import type { Concept, ParsedTermFile, TermFileFormat } from '../core/glossary';
import { patchTbx } from '../core/glossary/tbx-patch';
import { removeStaleTempsOnce, writeFileAtomic } from './atomic-write';
import { decodeTermFile, loadGlossaryFiles, mergeTermFiles, readTermBaseText, unreadableTermFile } from './glossary-files';
import type { MergedTermFiles } from './glossary-files';
import { RefusedRequestError } from './host';
import { TEAM_DICTIONARY_FILE } from './spelling/team-dictionary';
import { nodeCrypto } from './node-crypto';

/** One file as last read: what an edit needs to write it back and to notice a teammate's change. */
interface FileEntry {
  file: string;
  hash: string;
  format: TermFileFormat;
  parsed: ParsedTermFile;
  /** The decoded text, so a TBX edit can patch it rather than rewrite it. */
  text: string;
}

const isEntry = (read: FileEntry | ParsedTermFile): read is FileEntry => 'hash' in read;

/** A file's entry with the size and modification time the file had just before it was read. */
interface ParsedFile {
  size: number;
  mtimeMs: number;
  entry: FileEntry;
}

type WriteResult = Response<'glossary:saveConcept'>;

/**
 * What a merge is made of, as one string: each file's path and the hash of the bytes it was parsed
 * from, in merge order (the same files with the same bytes merge to the same term base). Undefined
 * when a file was not read into the cache (unreadable): nothing a page should hold.
 */
function mergeIdentity(files: readonly string[], read: ReadonlyMap<string, FileEntry>): string | undefined {
  const lines: string[] = [];
  for (const file of files) {
    const entry = read.get(file);
    if (!entry) return undefined;
    lines.push(`${file}\u0000${entry.hash}`);
  }
  return contentHash(new TextEncoder().encode(lines.join('\n')));
}

/** A short content hash: equal bytes, equal hash; used to tell "changed on disk since read". */
export function contentHash(bytes: Uint8Array): string {
  return nodeCrypto().createHash('sha256').update(bytes).digest('hex').slice(0, 32);
}

/**
 * The glossary as the team shares it: a folder (and the project's own files) of TBX/CSV/TSV term
 * bases. Reads them with a content hash each, writes an edit back to the file the concept came from
 * in that file's format (atomically), refuses to write over a file changed since it was read (the
 * caller shows the conflict), and watches the folders so a change from another process bumps
 * `version` (the page polls it, reloads, rebuilds its matcher and re-runs QA).
 *
 * `defaultImportDir` is where imported files go (the team folder) unless a load names the project's
 * own team folder; the watchers follow what the last load read.
 *
 * A file whose size and modification time are those it had when last read (and that the watcher has
 * not reported since) is not read and parsed again: a new project over the same folder reuses the
 * parse instead of holding up the thread that answers the page (decision 0003, "Ninth round"), and
 * when every file's parse is reused the merged term base of the last load is too ("Tenth round").
 */
export function createGlossaryStore(defaultImportDir: string) {
  let importDir = defaultImportDir;
  const known = new Map<string, FileEntry>();
  const watchers = new Map<string, fs.FSWatcher>();
  let lastPaths: string[] = [];
  let version = 0;
  /** Bumped when a watched folder's team-dictionary.txt changes (spelling re-reads its words). */
  let dictionaryVersion = 0;
  /** The files of the last load, each as last read; see `readUnchanged`. */
  const parsedFiles = new Map<string, ParsedFile>();
  /** The last merge and the parses it was made of (one: a project's glossary is the team folder's plus a few files). */
  let lastMerge: { files: readonly string[]; parsed: readonly ParsedTermFile[]; merged: MergedTermFiles } | undefined;

  function forgetParsed(dir: string, name: string | null): void {
    if (name) {
      parsedFiles.delete(path.join(dir, name));
      return;
    }
    // No name (some platforms): anything in the folder may have changed.
    for (const file of [...parsedFiles.keys()]) if (path.dirname(file) === dir) parsedFiles.delete(file);
  }

  function watch(dir: string): void {
    if (watchers.has(dir)) return;
    void removeStaleTempsOnce(dir); // what an interrupted edit left in the glossary folder (issue 12)
    try {
      const w = fs.watch(dir, { persistent: false }, (_event, name) => {
        // Our own temp files (".name.xxxx.tmp") come and go with every atomic write.
        if (name && name.startsWith('.')) return;
        // The team dictionary shares the folder: its own counter, so a word list change re-reads words, not the glossary.
        const dictionary = !name || name === TEAM_DICTIONARY_FILE;
        if (dictionary) dictionaryVersion++;
        if (name && !TERM_BASE_EXTENSIONS.includes(path.extname(name).toLowerCase())) return;
        // Also covers an edit that keeps the size within the file system's mtime resolution.
        forgetParsed(dir, name);
        version++;
      });
      w.on('error', () => {
        w.close();
        watchers.delete(dir);
      });
      watchers.set(dir, w);
    } catch {
      // A folder that cannot be watched (gone, no permission): edits still work, changes show on reload.
    }
  }

  /** The file read (bounded, as every term base read) and parsed; when it cannot be read, the problem a load reports for it. */
  async function readEntryOrProblem(file: string): Promise<FileEntry | ParsedTermFile> {
    let bytes: Uint8Array;
    let text: string;
    try {
      ({ bytes, text } = await readTermBaseText(file));
    } catch (e) {
      return unreadableTermFile(file, e);
    }
    return { file, hash: contentHash(bytes), format: detectTermFileFormat(file, text), parsed: parseTermBaseFile(file, text), text };
  }

  async function readEntry(file: string): Promise<FileEntry | null> {
    const read = await readEntryOrProblem(file);
    return isEntry(read) ? read : null;
  }

  /**
   * The file's entry: the one last read when its size and mtime are unchanged (stat is taken before
   * the read, so a change during the read only makes the next load read it again), else read now.
   */
  async function readUnchanged(file: string): Promise<FileEntry | ParsedTermFile> {
    const stat = await fsp.stat(file).catch(() => null);
    const cached = parsedFiles.get(file);
    if (stat && cached && cached.size === stat.size && cached.mtimeMs === stat.mtimeMs) return cached.entry;
    parsedFiles.delete(file);
    const read = await readEntryOrProblem(file);
    if (isEntry(read) && stat) parsedFiles.set(file, { size: stat.size, mtimeMs: stat.mtimeMs, entry: read });
    return read;
  }

  /**
   * The last merge when it was made of the same files with the very same parses, else a new one.
   * A parse object lives as long as its cache entry (`readUnchanged`), so whatever drops or replaces
   * an entry — a changed size or mtime, the watcher, a write, a file read uncached — makes a new merge.
   * The merged term base is shared by the loads that reuse it: callers only read it.
   */
  function mergeUnchanged(files: readonly string[], parsed: readonly ParsedTermFile[]): MergedTermFiles {
    const same = <T>(a: readonly T[], b: readonly T[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);
    if (lastMerge && same(lastMerge.files, files) && same(lastMerge.parsed, parsed)) return lastMerge.merged;
    const merged = mergeTermFiles(files, parsed);
    lastMerge = { files: [...files], parsed: [...parsed], merged };
    return merged;
  }

  /** The merged term base over `paths` through the caches; a file that cannot be read stands as its problem. */
  async function loadMerged(paths: readonly string[], read = new Map<string, FileEntry>()): Promise<Awaited<ReturnType<typeof loadGlossaryFiles>>> {
    const readOne = async (file: string): Promise<ParsedTermFile> => {
      const entry = await readUnchanged(file);
      if (!isEntry(entry)) return entry;
      read.set(file, entry);
      return entry.parsed;
    };
    return loadGlossaryFiles(paths, readOne, mergeUnchanged);
  }

  function editable(e: FileEntry): boolean {
    // A file with records the reader skipped would lose them on rewrite; DeepL's layout cannot hold statuses or notes.
    return !e.parsed.problems.some((p) => p.severity === 'error') && !(e.format.kind === 'delimited' && e.format.layout === 'deepl');
  }

  /**
   * The merged term base over `paths` (folders stand for their files), with each file's hash and
   * format, and the merge's identity; no term base when `held` names that identity (the caller
   * holds it). `teamDir`: the project's team folder, where imports then go.
   */
  async function load(paths: readonly string[], teamDir?: string, held?: string | null): Promise<Response<'glossary:load'>> {
    lastPaths = [...paths];
    importDir = teamDir ?? defaultImportDir;
    const watched = new Set<string>();
    const loadedAt = version;
    // Each file read once, and the sources' hashes are of the bytes the term base came from.
    const read = new Map<string, FileEntry>();
    const result = await loadMerged(paths, read);
    // Only the files of this load stay cached (another project's folder is read again when it comes back).
    for (const file of [...parsedFiles.keys()]) if (!read.has(file)) parsedFiles.delete(file);
    const sources: NonNullable<Response<'glossary:load'>['sources']> = [];
    for (const file of result.files) {
      const entry = read.get(file);
      if (!entry) continue;
      known.set(file, entry);
      watched.add(path.dirname(file));
      sources.push({ file, name: path.basename(file), format: describeTermFileFormat(entry.format), hash: entry.hash, concepts: entry.parsed.concepts.length, editable: editable(entry) });
    }
    for (const p of paths) if ((await fsp.stat(p).catch(() => null))?.isDirectory()) watched.add(p);
    // Another project's (or the previous) team folder is no longer watched: its changes are not ours.
    for (const [dir, w] of watchers) {
      if (watched.has(dir)) continue;
      w.close();
      watchers.delete(dir);
    }
    for (const dir of watched) watch(dir);
    const merged = mergeIdentity(result.files, read);
    const termBase = held && merged === held ? null : result.termBase;
    return { ...result, termBase, ...(merged ? { merged } : {}), sources, version: loadedAt };
  }

  function requireKnown(file: string): FileEntry {
    const entry = known.get(file);
    if (!entry) throw new RefusedRequestError(`${file}: not a glossary file Duizhao has loaded; reload the glossary first`);
    return entry;
  }

  /** The file's concept for an id from the merged list (merging renames a clashing id "id@file"). */
  function findConcept(concepts: readonly Concept[], id: string, file: string): Concept | undefined {
    return concepts.find((c) => c.id === id) ?? concepts.find((c) => `${c.id}@${path.basename(file)}` === id);
  }

  /** Apply `change` to the file as it is on disk now; conflict when it changed since `baseHash` (unless forced). */
  async function write(file: string, baseHash: string, force: boolean, change: (concepts: Concept[]) => { concepts: Concept[]; id: string }): Promise<WriteResult> {
    requireKnown(file);
    const now = await readEntry(file);
    if (!now) throw new Error(`${file}: cannot read the glossary file (moved, deleted or not UTF-8); nothing was written`);
    known.set(file, now);
    const errors = now.parsed.problems.filter((p) => p.severity === 'error');
    if (errors.length > 0) {
      throw new RefusedRequestError(`${path.basename(file)} line ${errors[0]!.line}: ${errors[0]!.message}. Fix the file first: writing it now would drop the records Duizhao could not read`);
    }
    if (now.format.kind === 'delimited' && now.format.layout === 'deepl') {
      throw new RefusedRequestError(`${path.basename(file)} is a DeepL glossary file (source,target only): it cannot hold statuses or notes; add the term to a TBX or CSV file with a header instead`);
    }
    const { concepts, id } = change(now.parsed.concepts);
    if (now.hash !== baseHash && !force) {
      return {
        status: 'conflict',
        file,
        hash: now.hash,
        theirs: findConcept(now.parsed.concepts, id, file) ?? null,
        message: `${path.basename(file)} was changed on disk since Duizhao read it (by a teammate or a sync). Write your edit into the file as it is now, or discard your edit and reload.`,
      };
    }
    const text = patchedText(now, concepts) ?? serializeTermFile(file, now.format, concepts);
    await writeFileAtomic(file, text);
    parsedFiles.delete(file);
    const written = await readEntry(file);
    if (written) known.set(file, written);
    return { status: 'saved', file, hash: written?.hash ?? '' };
  }

  return {
    load,
    /** The watcher's change counter. */
    poll: (): number => version,
    /** The watcher's change counter for team-dictionary.txt. */
    dictionaryPoll: (): number => dictionaryVersion,

    saveConcept({ file, baseHash, previousId, concept, force }: ValidRequest<'glossary:saveConcept'>): Promise<WriteResult> {
      if (conceptZh(concept).trim() === '') throw new RefusedRequestError('A concept needs a Chinese term');
      if (!concept.terms.some((t) => t.lang !== 'zh')) throw new RefusedRequestError('A concept needs an English or a Russian rendering');
      return write(file, baseHash, force, (concepts) => {
        const old = previousId === null ? undefined : findConcept(concepts, previousId, file);
        const next: Concept = { ...concept, id: old?.id ?? concept.id, origin: { file, line: old?.origin.line ?? 0 } };
        return { concepts: replaceConcept(concepts, old?.id ?? null, next), id: next.id };
      });
    },

    deleteConcept({ file, baseHash, id, force }: ValidRequest<'glossary:deleteConcept'>): Promise<WriteResult> {
      return write(file, baseHash, force, (concepts) => {
        const old = findConcept(concepts, id, file);
        return { concepts: old ? replaceConcept(concepts, old.id, null) : [...concepts], id };
      });
    },

    async importPreview(fileName: string, bytes: Uint8Array): Promise<Response<'glossary:importPreview'>> {
      const parsed = parseUpload(fileName, bytes);
      const current = (await loadMerged(lastPaths)).termBase.concepts;
      const diff = diffImport(current, parsed.concepts);
      const first = (c: Concept, lang: 'zh' | 'en' | 'ru'): string => c.terms.find((t) => t.lang === lang && t.status === 'preferred')?.text ?? '';
      return {
        added: diff.added.map((c) => ({ zh: first(c, 'zh'), en: first(c, 'en'), ru: first(c, 'ru') })),
        changed: diff.changed.map((c) => ({ zh: c.zh, newTerms: c.newTerms, currentFile: path.basename(c.currentFile) })),
        conflicts: diff.conflicts.map((c) => ({ ...c, currentFile: path.basename(c.currentFile) })),
        unchanged: diff.unchanged,
        problems: parsed.problems,
      };
    },

    async importFile(fileName: string, bytes: Uint8Array, resolutions: ValidRequest<'glossary:import'>['resolutions']): Promise<Response<'glossary:import'>> {
      const parsed = parseUpload(fileName, bytes);
      const current = (await loadMerged(lastPaths)).termBase.concepts;
      const diff = diffImport(current, parsed.concepts);
      const choice = (zh: string, lang: 'en' | 'ru') => resolutions.find((r) => r.zh === zh && r.lang === lang)?.choice;
      const unresolved = diff.conflicts.find((c) => !choice(c.zh, c.lang));
      if (unresolved) throw new RefusedRequestError(`Choose a rendering for ${unresolved.zh} (${unresolved.lang}): "${unresolved.current}" or "${unresolved.incoming}"`);
      // "Theirs": the imported rendering becomes preferred where the concept lives now.
      let replaced = 0;
      for (const c of diff.conflicts.filter((k) => choice(k.zh, k.lang) === 'theirs')) {
        const entry = await readEntry(c.currentFile);
        if (!entry) continue;
        known.set(c.currentFile, entry);
        const result = await write(c.currentFile, entry.hash, false, (concepts) => {
          const target = concepts.find((k) => conceptZh(k) === c.zh);
          return target ? { concepts: replaceConcept(concepts, target.id, preferRendering(target, c.lang, c.incoming)), id: target.id } : { concepts, id: '' };
        });
        if (result.status === 'saved') replaced++;
      }
      // The new file holds what is new or extends a concept; conflicts were settled above (theirs) or dropped (keep).
      const incoming = [...diff.added, ...diff.changed.map((c) => c.concept)];
      if (incoming.length === 0) return { written: null, concepts: 0, replaced };
      await fsp.mkdir(importDir, { recursive: true });
      const target = await freeName(importDir, safeFileName(fileName));
      const format = detectTermFileFormat(target, decodeTermFile(bytes));
      await writeFileAtomic(target, serializeTermFile(target, format, incoming.map((c) => ({ ...c, origin: { file: target, line: 0 } }))));
      return { written: path.basename(target), concepts: incoming.length, replaced };
    },

    async exportAll(format: 'tbx' | 'csv'): Promise<Response<'glossary:export'>> {
      const { termBase } = await loadMerged(lastPaths);
      const fileName = format === 'tbx' ? 'glossary.tbx' : 'glossary.csv';
      const text = format === 'tbx' ? serializeTbx(termBase, 'Duizhao glossary export') : serializeTermFile(fileName, { kind: 'delimited', delimiter: ',', layout: 'header' }, termBase.concepts);
      return { fileName, text };
    },

    /** Stop watching (tests, shutdown). */
    close(): void {
      for (const w of watchers.values()) w.close();
      watchers.clear();
    },
  };
}

export type GlossaryStore = ReturnType<typeof createGlossaryStore>;

function parseUpload(fileName: string, bytes: Uint8Array): ParsedTermFile {
  if (!TERM_BASE_EXTENSIONS.includes(path.extname(fileName).toLowerCase())) throw new RefusedRequestError(`${fileName}: import takes a .tbx, .csv or .tsv file`);
  let text: string;
  try {
    text = decodeTermFile(bytes);
  } catch {
    throw new RefusedRequestError(`${fileName}: not valid UTF-8 (or BOM-marked UTF-16) text; save the file as UTF-8`);
  }
  const parsed = parseTermBaseFile(fileName, text);
  const error = parsed.problems.find((p) => p.severity === 'error' && p.line <= 1 && parsed.concepts.length === 0);
  if (error) throw new RefusedRequestError(`${fileName} line ${error.line}: ${error.message}`);
  return parsed;
}

/** A plain file name: letters, digits, dot, dash, underscore (any script); never hidden, never a path. */
function safeFileName(name: string): string {
  const base = path.basename(name).replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[.-]+/, '');
  return base === '' || !TERM_BASE_EXTENSIONS.includes(path.extname(base).toLowerCase()) ? 'imported.tbx' : base;
}

async function freeName(dir: string, name: string): Promise<string> {
  const ext = path.extname(name);
  const stem = name.slice(0, -ext.length);
  for (let n = 1; ; n++) {
    const file = path.join(dir, n === 1 ? name : `${stem}-${n}${ext}`);
    if (!(await fsp.access(file).then(() => true, () => false))) return file;
  }
}

/**
 * A TBX file patched in place (comments, header and unknown elements kept; see core/glossary
 * tbx-patch.ts), when the patch reads back as exactly the concepts to write; else null and the
 * whole file is written.
 */
function patchedText(now: { file: string; text: string; format: TermFileFormat; parsed: ParsedTermFile }, concepts: readonly Concept[]): string | null {
  if (now.format.kind !== 'tbx') return null;
  const patched = patchTbx(now.text, now.format.version === 2008 ? 2008 : 2019, now.parsed.concepts, concepts);
  if (patched === null) return null;
  const reread = parseTermBaseFile(now.file, patched);
  // Compared as sets of concepts, each with its terms in language order (the writer groups them so).
  const order = { zh: 0, en: 1, ru: 2 } as const;
  const key = (list: readonly Concept[]): string[] =>
    list.map((c) => JSON.stringify({ ...c, origin: null, terms: c.terms.map((t, i) => ({ t, i })).sort((a, b) => order[a.t.lang] - order[b.t.lang] || a.i - b.i).map((x) => x.t) })).sort();
  const same = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);
  return reread.problems.some((p) => p.severity === 'error') || !same(key(reread.concepts), key(concepts)) ? null : patched;
}
