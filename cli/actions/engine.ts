/**
 * Engine services the command actions share, with their failures turned into CliErrors (exit code 2)
 * whose message names the file. The file readers load on first use: align and check on plain text
 * never need them (tests/cli-lazy.test.ts).
 */
import { FormatError } from '../../core/formats/format-error';
import type { Lang, TargetLang } from '../../core/model/types';
import { loadLexicon } from '../../main/services/lexicon';
import { CliError } from '../errors';

/** The aligner's lexicon for a target language. */
export function lexiconFor(lang: TargetLang) {
  try {
    return loadLexicon(lang);
  } catch (err) {
    throw new CliError((err as Error).message);
  }
}

/** Any importable file (text, DOCX, HTML, Markdown, TMX, XLIFF); `lang` undefined = detect it. */
export async function importPath(path: string, lang: Lang | undefined, presegmented: boolean | undefined) {
  const { importFromPath } = await import('../../main/services/import-file');
  try {
    return await importFromPath(path, lang, { presegmented: presegmented ?? false });
  } catch (err) {
    if (err instanceof FormatError) throw new CliError(err.message);
    throw err;
  }
}
