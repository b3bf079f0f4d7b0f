/**
 * Loads the alignment lexicon for a target language: zh→en (resources/lexicon/cedict-zh-en.tsv,
 * built from CC-CEDICT by scripts/build-lexicon.mjs) or zh→ru (cedict-pivot-zh-ru.tsv.gz, CC-CEDICT
 * pivoted through FreeDict English–Russian by scripts/build-lexicon-ru.mjs). Node only, free of
 * Electron, shared by the CLI and the app. Each is read once per process: reading and parsing take
 * ~0.1 s (en) to ~0.2 s (ru, gunzip included).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseLexicon, type Lexicon } from '../core/align';
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
    const bytes = readFileSync(path);
    const lexicon = parseLexicon((path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8'));
    cached.set(lang, lexicon);
    return lexicon;
  } catch (err) {
    throw new Error(`${path}: ${(err as Error).message}`, { cause: err });
  }
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
