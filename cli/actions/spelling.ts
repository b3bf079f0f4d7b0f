/**
 * The speller for `duizhao check`: which English dictionary (--english-variant, else the project's
 * variant, else both when plain files say nothing), the team dictionaries of the glossary folders in
 * use, the project's ignore list and the glossary's own words. Loaded only when spelling is on.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { TermBase } from '../../core/glossary/types';
import type { Project, TargetLang } from '../../core/model/types';
import { TARGET_LANGS } from '../../core/model/types';
import { glossaryTargetWords } from '../../core/spelling';
import type { EnglishSpelling, Speller } from '../../core/spelling';
import { CliError } from '../errors';

export const ENGLISH_SPELLINGS: readonly EnglishSpelling[] = ['en-US', 'en-GB', 'both'];
export const SPELLING_CHECK = 'spelling.misspelling';

/** The folders whose team-dictionary.txt applies: each glossary folder given, or the folder of each file. */
function glossaryFolders(glossaryPaths: readonly string[]): string[] {
  const dirs = new Set<string>();
  for (const p of glossaryPaths) dirs.add(existsSync(p) && statSync(p).isDirectory() ? p : dirname(p));
  return [...dirs];
}

export interface SpellingSetup {
  project: Project;
  /** Whether the project came from a saved file (its English variant is then known). */
  saved: boolean;
  englishVariant: string | undefined;
  glossaryPaths: readonly string[];
  termBase: TermBase | undefined;
}

/** The speller for a check run, or undefined when the project has no target text to spell. */
export async function checkSpeller(setup: SpellingSetup): Promise<Speller | undefined> {
  const { project } = setup;
  const langs: TargetLang[] = TARGET_LANGS.filter((l) => project.targets[l]);
  if (langs.length === 0) return undefined;
  let english: EnglishSpelling = setup.saved ? project.settings.englishVariant : 'both';
  if (setup.englishVariant !== undefined) {
    if (!(ENGLISH_SPELLINGS as readonly string[]).includes(setup.englishVariant)) {
      throw new CliError(`unknown English variant '${setup.englishVariant}': use one of ${ENGLISH_SPELLINGS.join(', ')}`);
    }
    english = setup.englishVariant as EnglishSpelling;
  }
  const { readTeamDictionary, teamDictionaryPath } = await import('../../services/spelling/team-dictionary');
  const { loadSpeller } = await import('../../services/spelling/speller');
  const accepted: string[] = [];
  for (const dir of glossaryFolders(setup.glossaryPaths)) {
    const { words, problems } = await readTeamDictionary(teamDictionaryPath(dir));
    for (const p of problems) process.stderr.write(`duizhao: team dictionary warning: ${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}\n`);
    for (const w of words) accepted.push(w);
  }
  for (const w of project.settings.spellingIgnore ?? []) accepted.push(w);
  if (setup.termBase) for (const w of glossaryTargetWords(setup.termBase)) accepted.push(w);
  try {
    return await loadSpeller({ langs, english, acceptedWords: accepted, skipAllCaps: !(project.settings.spellAllCaps ?? false) });
  } catch (err) {
    throw new CliError((err as Error).message);
  }
}
