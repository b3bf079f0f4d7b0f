/**
 * Loads the zh→en alignment lexicon (resources/lexicon/cedict-zh-en.tsv, built from CC-CEDICT by
 * scripts/build-lexicon.mjs) for the aligner. Node only, free of Electron, shared by the CLI and the
 * app. Read once per process: parsing takes ~0.2 s.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseLexicon, type Lexicon } from '../../core/align';

const FILE = join('resources', 'lexicon', 'cedict-zh-en.tsv');
let cached: Lexicon | undefined;

/** Where the lexicon may be: $DUIZHAO_LEXICON, next to the built bundle, or the working directory. */
function candidates(): string[] {
  const out: string[] = [];
  if (process.env.DUIZHAO_LEXICON) out.push(process.env.DUIZHAO_LEXICON);
  // out/cli/index.js, out/main/index.js and main/services/*.ts all sit two levels below the root.
  if (typeof __dirname !== 'undefined') out.push(resolve(__dirname, '..', '..', FILE));
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
  if (resourcesPath) out.push(join(resourcesPath, FILE));
  out.push(resolve(process.cwd(), FILE));
  return out;
}

/** The lexicon, read and parsed on first use. Throws naming the paths tried when it is missing. */
export function loadLexicon(): Lexicon {
  if (cached) return cached;
  const tried = candidates();
  const path = tried.find((p) => existsSync(p));
  if (!path) throw new Error(`alignment lexicon not found (tried ${tried.join(', ')})`);
  try {
    cached = parseLexicon(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`${path}: ${(err as Error).message}`, { cause: err });
  }
  return cached;
}
