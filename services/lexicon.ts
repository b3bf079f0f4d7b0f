/**
 * Loads the alignment lexicon for a target language: zh→en (resources/lexicon/cedict-zh-en.tsv,
 * built from CC-CEDICT by scripts/build-lexicon.mjs) or zh→ru (cedict-pivot-zh-ru.tsv.gz, CC-CEDICT
 * pivoted through FreeDict English–Russian by scripts/build-lexicon-ru.mjs). Node only, free of
 * Electron, shared by the CLI and the app. Each is read once per process, from its compiled form
 * (out/lexicon/*.bin, `npm run build:cli`; a few ms) when one built from the same bytes exists, else
 * by parsing the TSV (~0.1 s for en, ~0.2 s for ru with the gunzip).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeLexicon, lexiconSource, parseLexicon, type Lexicon, type LexiconSource } from '../core/align';
import type { TargetLang } from '../core/model';
import { nodeCrypto } from './node-crypto';

const FILES: Record<TargetLang, string> = {
  en: join('resources', 'lexicon', 'cedict-zh-en.tsv'),
  ru: join('resources', 'lexicon', 'cedict-pivot-zh-ru.tsv.gz'),
};
/** Overrides of the file location, e.g. DUIZHAO_LEXICON for English, DUIZHAO_LEXICON_RU for Russian. */
const ENV: Record<TargetLang, string> = { en: 'DUIZHAO_LEXICON', ru: 'DUIZHAO_LEXICON_RU' };
const cached = new Map<TargetLang, Lexicon>();

/** Where a lexicon was found: its TSV and the folders that may hold its compiled form. */
export interface LexiconLocation {
  file: string;
  compiledDirs: string[];
}

/** Set in a worker thread: the locations its owner found (a worker's own __dirname may be an eval'd bundle's). */
let given: Partial<Record<TargetLang, LexiconLocation | { error: string }>> | undefined;

/** Where the lexicon may be: the environment override, next to the built bundle, or the working directory. */
function candidates(lang: TargetLang): string[] {
  const file = FILES[lang];
  const out: string[] = [];
  const override = process.env[ENV[lang]];
  if (override) out.push(override);
  // The bundles (out/cli/index.js, out/main/index.js) sit two levels below the root, services/*.ts one.
  if (typeof __dirname !== 'undefined') out.push(resolve(__dirname, '..', '..', file), resolve(__dirname, '..', file));
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
  if (resourcesPath) out.push(join(resourcesPath, file));
  out.push(resolve(process.cwd(), file));
  return out;
}

/** The zh→`lang` lexicon, read and parsed on first use. Throws naming the paths tried when it is missing. */
export function loadLexicon(lang: TargetLang = 'en'): Lexicon {
  const hit = cached.get(lang);
  if (hit) return hit;
  const at = given?.[lang];
  if (at) {
    if ('error' in at) throw new Error(at.error);
    const lexicon = readLexiconFile(at.file, at.compiledDirs);
    cached.set(lang, lexicon);
    return lexicon;
  }
  const tried = candidates(lang);
  const path = tried.find((p) => existsSync(p));
  if (!path) throw new Error(`alignment lexicon (zh→${lang}) not found (tried ${tried.join(', ')})`);
  const lexicon = readLexiconFile(path, compiledLexiconDirs());
  cached.set(lang, lexicon);
  return lexicon;
}

/**
 * Where each language's lexicon is, as loadLexicon would find it here, for a worker thread
 * (useLexiconLocations); a missing one as the error loadLexicon would throw. Nothing is read.
 */
export function lexiconLocations(): Partial<Record<TargetLang, LexiconLocation | { error: string }>> {
  const out: Partial<Record<TargetLang, LexiconLocation | { error: string }>> = {};
  for (const lang of Object.keys(FILES) as TargetLang[]) {
    const known = given?.[lang];
    if (known) {
      out[lang] = known;
      continue;
    }
    const tried = candidates(lang);
    const file = tried.find((p) => existsSync(p));
    out[lang] = file ? { file, compiledDirs: compiledLexiconDirs() } : { error: `alignment lexicon (zh→${lang}) not found (tried ${tried.join(', ')})` };
  }
  return out;
}

/** A worker thread loads its lexicons from where its owner found them. */
export function useLexiconLocations(locations: Partial<Record<TargetLang, LexiconLocation | { error: string }>>): void {
  given = locations;
}

/**
 * One lexicon file: its compiled form from the first of `compiledDirs` that holds one built from
 * these very bytes, else the TSV parsed. Errors name the file.
 */
export function readLexiconFile(tsvPath: string, compiledDirs: readonly string[]): Lexicon {
  try {
    return readCompiled(tsvPath, compiledDirs) ?? parseLexiconBytes(tsvPath, readFileSync(tsvPath));
  } catch (err) {
    throw new Error(`${tsvPath}: ${(err as Error).message}`, { cause: err });
  }
}

function parseLexiconBytes(tsvPath: string, raw: Buffer): Lexicon {
  return parseLexicon((tsvPath.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8'));
}

/** Where the packaged app keeps the compiled lexicons, under process.resourcesPath (electron-builder.yml ships out/lexicon there). */
export const COMPILED_RESOURCE_DIR = 'lexicon-compiled';

/**
 * Folders that may hold compiled lexicons: out/lexicon beside the bundles (out/cli/index.js,
 * out/main/index.js), the same folder seen from the sources (services/*.ts under tsx or vitest: web
 * mode, tests) and, in the packaged app, resourcesPath/lexicon-compiled.
 */
export function compiledLexiconDirs(resourcesPath = (process as { resourcesPath?: string }).resourcesPath): string[] {
  const dirs: string[] = [];
  if (typeof __dirname !== 'undefined') dirs.push(resolve(__dirname, '..', 'lexicon'), resolve(__dirname, '..', 'out', 'lexicon'));
  if (resourcesPath) dirs.push(join(resourcesPath, COMPILED_RESOURCE_DIR));
  return dirs;
}

/**
 * The compiled form of a lexicon file (core/align/lexicon-binary.ts), built by `npm run build:cli`
 * into out/lexicon/: a file read and no TSV parse. Used only when it was built from this very file
 * (its stamp is the hash of the file's bytes); otherwise the TSV is parsed as before.
 */
export function compiledLexiconPath(tsvPath: string, outDir: string): string {
  return join(compiledLexiconDir(outDir), compiledLexiconName(tsvPath));
}

/** The folder under a build's out/ that holds the compiled lexicons. */
export function compiledLexiconDir(outDir: string): string {
  return join(outDir, 'lexicon');
}

function compiledLexiconName(tsvPath: string): string {
  return `${basename(tsvPath).replace(/\.tsv(\.gz)?$/, '')}.bin`;
}

/**
 * Identifies the TSV a compiled lexicon was built from by its content (SHA-256 of the bytes, first
 * 32 bits): unlike size and modification time it survives copying, so the packaged app's shipped
 * pair still matches. Hashing the 3.6 MB zh→en file costs ≈ 2 ms.
 */
export function sourceStamp(tsvBytes: Uint8Array): number {
  return nodeCrypto().createHash('sha256').update(tsvBytes).digest().readUInt32LE(0);
}

/**
 * The TSV as the compiled form records it: the stamp of its bytes, its size and modification time
 * (what `npm run build:cli` stores, scripts/build-lexicon-bin.ts).
 */
export function lexiconSourceOf(tsvBytes: Uint8Array, stat: { size: number; mtimeMs: number }): LexiconSource {
  return { stamp: sourceStamp(tsvBytes), size: stat.size, mtimeMs: stat.mtimeMs };
}

/**
 * The compiled form, if built from this very file. A TSV with the size and modification time the
 * build recorded is the file it read (no need to read and hash 3.6 MB on every run: 10–20 ms of a
 * short CLI run); any other — copied, edited, replaced — is judged by the stamp of its bytes, and
 * when that differs the TSV is parsed from the bytes already read. Undefined only when no compiled
 * form exists (the caller then reads and parses the TSV).
 */
function readCompiled(tsvPath: string, compiledDirs: readonly string[]): Lexicon | undefined {
  const name = compiledLexiconName(tsvPath);
  const bin = compiledDirs.map((dir) => join(dir, name)).find((p) => existsSync(p));
  if (!bin) return undefined;
  const bytes = readFileSync(bin);
  const built = lexiconSource(bytes);
  if (!built) return undefined;
  const stat = statSync(tsvPath);
  if (stat.size === built.size && stat.mtimeMs === built.mtimeMs) return decodeLexicon(bytes);
  const raw = readFileSync(tsvPath);
  return built.stamp === sourceStamp(raw) ? decodeLexicon(bytes) : parseLexiconBytes(tsvPath, raw);
}

const reported = new Set<TargetLang>();

/**
 * The app's policy for a missing or broken lexicon (desktop, web mode, DeepL re-align): alignment
 * still runs without it (less evidence, lower quality), and the reason is said once per language
 * per process, not on every alignment. The CLI is stricter: `lexiconFor` there makes it an input
 * error, since a script should not get weaker alignments without noticing.
 */
export function lexiconOrWarnOnce(lang: TargetLang, warn: (message: string) => void = console.warn): Lexicon | undefined {
  try {
    return loadLexicon(lang);
  } catch (err) {
    if (!reported.has(lang)) {
      reported.add(lang);
      warn(`duizhao: aligning without the zh→${lang} lexicon: ${err instanceof Error ? err.message : String(err)}`);
    }
    return undefined;
  }
}
