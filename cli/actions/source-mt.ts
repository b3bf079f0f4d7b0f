import { homedir } from 'node:os';
import { join } from 'node:path';
import { draftCodeFor } from '../../core/draft';
import type { DraftTargetCode } from '../../core/draft';
import { detectLangByScript } from '../../core/formats/detect-lang';
import { langName } from '../../core/formats/input-langs';
import type { Doc, TargetLang } from '../../core/model/types';
import { CliError } from '../errors';
import { readTextFile } from '../io';

/**
 * Machine translation of the source as alignment evidence (the aligner's MT channel, and with it the
 * completeness verdicts): from a file the user made (`--mt`) or from DeepL (`check --deepl-mt`,
 * `draft --align-with-mt`), one line per source sentence, in the language of the target it helps.
 */

/** Where the CLI keeps its DeepL MT cache and glossary record: DUIZHAO_CACHE_DIR, else the XDG cache folder. */
export function cliCacheDir(): string {
  return process.env.DUIZHAO_CACHE_DIR ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'duizhao');
}

/** The source translated by DeepL into `code` (cached: a sentence is paid for once), with one note line. */
export async function deeplSourceMt(source: Doc, code: DraftTargetCode, note: (line: string) => void): Promise<string[]> {
  // deepl-node is loaded only when DeepL is asked for: align and check without it stay light (cli-lazy).
  const [{ createDeepLClient, deeplConnectionFromEnv }, { describeDeepLError }, { machineTranslateSource, mtCachePath, openMtCache }] = await Promise.all([
    import('../../services/deepl/client'),
    import('../../services/deepl/errors'),
    import('../../services/deepl/mt-cache'),
  ]);
  const connection = deeplConnectionFromEnv();
  if (!connection) throw new CliError('no DeepL key: set DEEPL_AUTH_KEY to your DeepL API authentication key');
  const cache = await openMtCache(mtCachePath(cliCacheDir()));
  try {
    const { mt, cached, charactersSent } = await machineTranslateSource(createDeepLClient(connection), source, code, cache);
    note(`machine translation for alignment (zh→${code}): ${cached} sentences from the cache, ${charactersSent} characters sent`);
    return mt;
  } catch (err) {
    throw new CliError(describeDeepLError(err).message);
  }
}

/** An `--mt` file as read: its name (for messages) and its text. */
export interface MtFile {
  path: string;
  text: string;
}

/**
 * Each `--mt` file by the target language it is in, told by its script, so an English MT never
 * stands as evidence for a Russian draft. With one target, a file whose script says nothing
 * (digits only) is that target's. Refuses two files of one language and a file in no target's.
 * Each file is read here once; mtLines takes its lines from the text.
 */
export async function mtFilesByLang(paths: readonly string[], targetCount: number): Promise<{ byLang: Map<TargetLang, MtFile>; sole?: MtFile }> {
  const byLang = new Map<TargetLang, MtFile>();
  let sole: MtFile | undefined;
  for (const path of paths) {
    const file = { path, text: await readTextFile(path) };
    const lang = detectLangByScript(file.text);
    if (lang === 'en' || lang === 'ru') {
      const other = byLang.get(lang);
      if (other) throw new CliError(`--mt ${path}: ${other.path} is already the ${langName(lang)} machine translation; give one file per target language`);
      byLang.set(lang, file);
    } else if (targetCount === 1 && paths.length === 1 && lang === undefined) {
      sole = file;
    } else {
      throw new CliError(`--mt ${path}: ${lang === 'zh' ? 'this is Chinese, not a machine translation of the source' : 'cannot tell whether it is English or Russian'}`);
    }
  }
  return sole === undefined ? { byLang } : { byLang, sole };
}

/** A `--mt` file whose language no target has (found once the targets are read). */
export function unusedMtFile(byLang: ReadonlyMap<TargetLang, MtFile>, targetLangs: readonly TargetLang[]): CliError | undefined {
  for (const [lang, { path }] of byLang) {
    if (!targetLangs.includes(lang)) return new CliError(`--mt ${path} is ${langName(lang)} machine translation, but no ${langName(lang)} translation was given`);
  }
  return undefined;
}

/** One MT line per source sentence; blank lines (paragraph breaks of presegmented input) are skipped. */
export function mtLines({ path, text }: MtFile, expected: number): string[] {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const nonBlank = lines.filter((l) => l.trim() !== '');
  if (lines.length === expected) return lines;
  if (nonBlank.length === expected) return nonBlank;
  throw new CliError(`${path}: ${nonBlank.length} lines of machine translation for ${expected} source sentences`);
}

/** The DeepL target code for aligning with a target language: the project's English variant, else British. */
export function alignmentMtCode(lang: TargetLang, englishVariant: string | undefined): DraftTargetCode {
  return draftCodeFor(lang, englishVariant === 'en-US' ? 'en-US' : 'en-GB');
}
