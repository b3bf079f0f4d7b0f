/**
 * The CLI's guard against implausible inputs: a source that is not Chinese, or a source and target
 * given the wrong way round, stop the command with one line (exit 2) unless --force-langs is given.
 * (A translation whose letters contradict its stated language is refused as it is read: io.ts.)
 */
import type { Doc } from '../core/model/types';
import { checkInputLangs, describeInputLangProblem } from '../core/formats/input-langs';
import { CliError } from './errors';
import { docText, readDoc } from './io';
import { FORCE_LANGS_FLAG } from './commands/force-langs';


/**
 * Throws a CliError when the source does not look Chinese. The targets are read (as plain
 * documents) only then, to tell a swap from a wrong file.
 */
export async function refuseImplausibleSource(sourcePath: string, source: Doc, targetPaths: readonly string[], force: boolean | undefined): Promise<void> {
  if (force) return;
  const sourceInput = { name: sourcePath, text: docText(source) };
  if (checkInputLangs(sourceInput, []) === undefined) return;
  const targets = [];
  for (const path of targetPaths) {
    try {
      targets.push({ name: path, text: docText(await readDoc(path, 'en')) });
    } catch {
      // An unreadable target is reported by the command itself when it reads it.
    }
  }
  const problem = checkInputLangs(sourceInput, targets);
  if (problem) throw new CliError(`${describeInputLangProblem(problem)} (${FORCE_LANGS_FLAG} to go on anyway)`);
}
