/**
 * Loads the alignment lexicon for a target language: zh→en (resources/lexicon/cedict-zh-en.tsv,
 * built from CC-CEDICT by scripts/build-lexicon.mjs) or zh→ru (cedict-pivot-zh-ru.tsv.gz, CC-CEDICT
 * pivoted through FreeDict English–Russian by scripts/build-lexicon-ru.mjs). Node only, free of
 * Electron, shared by the CLI and the app. Each is read once per process: reading and parsing take
 * ~0.1 s (en) to ~0.2 s (ru, gunzip included).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeLexicon, lexiconStamp, parseLexicon, type Lexicon } from '../core/align';
import type { TargetLang } from '../core/model';

const FILES: Record<TargetLang, string> = {
  en: join('resources', 'lexicon', 'cedict-zh-en.tsv'),
  ru: join('resources', 'lexicon', 'cedict-pivot-zh-ru.tsv.gz'),
};
/** Overrides of the file location, e.g. DUIZHAO_LEXICON for English, DUIZHAO_LEXICON_RU for Russian. */
const ENV: Record<TargetLang, string> = { en: 'DUIZHAO_LEXICON', ru: 'DUIZHAO_LEXICON_RU' };
const cached = new Map<TargetLang, Lexicon>();

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
  const tried = candidates(lang);
  const path = tried.find((p) => existsSync(p));
  if (!path) throw new Error(`alignment lexicon (zh→${lang}) not found (tried ${tried.join(', ')})`);
  try {
    const lexicon = readCompiled(path) ?? parseLexicon(readTsv(path));
    cached.set(lang, lexicon);
    return lexicon;
  } catch (err) {
    throw new Error(`${path}: ${(err as Error).message}`, { cause: err });
  }
}

function readTsv(path: string): string {
  const bytes = readFileSync(path);
  return (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

/**
 * The compiled form of a lexicon file (core/align/lexicon-binary.ts), built by `npm run build:cli`
 * into out/lexicon/: a file read and no TSV parse. Used only when it was built from this very file
 * (same size and modification time); otherwise the TSV is parsed as before.
 */
export function compiledLexiconPath(tsvPath: string, outDir: string): string {
  return join(outDir, 'lexicon', `${basename(tsvPath).replace(/\.tsv(\.gz)?$/, '')}.bin`);
}

/** Identifies the TSV a compiled lexicon was built from: its size and modification time, hashed. */
export function sourceStamp(tsvPath: string): number {
  const st = statSync(tsvPath);
  const text = `${st.size}:${Math.floor(st.mtimeMs)}`;
  let h = 0x811c9dc5;
  for (let k = 0; k < text.length; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h >>> 0;
}

function readCompiled(tsvPath: string): Lexicon | undefined {
  // The bundles are out/cli/index.js and out/main/index.js: the compiled files sit in out/lexicon.
  if (typeof __dirname === 'undefined') return undefined;
  const bin = compiledLexiconPath(tsvPath, resolve(__dirname, '..'));
  if (!existsSync(bin)) return undefined;
  const bytes = readFileSync(bin);
  return lexiconStamp(bytes) === sourceStamp(tsvPath) ? decodeLexicon(bytes) : undefined;
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
