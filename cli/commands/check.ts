import type { Command } from 'commander';
import { FORCE_LANGS_FLAG, FORCE_LANGS_HELP } from './force-langs';
import { EXIT_CRASH_LINE, EXIT_USAGE_LINE, helpAfter, SAMPLE } from './help-text';
import { EXIT_FINDINGS, EXIT_OK } from '../errors';
import { TARGET_LANGS } from '../../core/model/types';
import { CHECK_IDS } from '../../core/qa/check-ids';
import { SEVERITIES } from '../../core/qa/types';
import type { CheckFlags } from '../actions/check';
import { CHECK_FORMATS } from '../output-formats';
import { PROJECT_EXTENSION } from '../../core/project/extension';


/** `duizhao check SOURCE [TARGET [TARGET2]]`: QA of a translation (or a saved project). */
export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('Check translations against the Chinese source: completeness, glossary, numbers, punctuation, consistency.')
    .argument('<source>', `Chinese source text, a saved project (*${PROJECT_EXTENSION}), or a TMX/XLIFF file (.tmx .xlf .xliff .sdlxliff .mqxliff)`)
    .argument('[targets...]', 'English and/or Russian translation (language detected from the script)')
    .option('--glossary <paths...>', 'term base files (TBX, CSV, TSV), added to a saved project\'s team glossary folder (which wins a conflict); default: the project\'s folder, else the glossary/ folder')
    .option('--format <format>', `report format: ${CHECK_FORMATS.join(', ')}`, 'text')
    .option('--fail-on <severity>', `exit 1 when a finding is at least this severe: ${SEVERITIES.join(', ')}`, 'error')
    .option(FORCE_LANGS_FLAG, FORCE_LANGS_HELP)
    .option('--mt <file>', 'machine translation of the source, one line per source sentence, in a target\'s language (told by its script): evidence for aligning that target and for the completeness verdict; repeat for the other target (text inputs only)', (file: string, files: string[] = []) => [...files, file])
    .option('--deepl-mt', 'translate the source with DeepL (DEEPL_AUTH_KEY) into each target\'s language without an --mt file, and use it the same way; cached, so a re-check sends nothing new (text inputs only)')
    .option('--presegmented', 'input is one sentence per line (blank line = paragraph break), taken as is')
    .option('--target-lang <langs>', `languages of the targets, in order, comma-separated (${TARGET_LANGS.join(', ')})`)
    .option('--disable <ids...>', `check ids to switch off: ${CHECK_IDS.join(', ')}`)
    .option('--english-variant <variant>', 'English spelling dictionary: en-US, en-GB or both (default: the project\'s variant; both for plain files)')
    .option('-o, --output <file>', 'write the report to a file instead of standard output (- is standard output)')
    .addHelpText('after', helpAfter(
      [
        `duizhao check ${SAMPLE}.zh.txt ${SAMPLE}.en.txt ${SAMPLE}.ru.txt`,
        'duizhao check project.duizhao.json --format html -o report.html',
        'duizhao check job.sdlxliff --fail-on warning --disable spacing.double-space',
      ],
      [[EXIT_OK, 'no finding at or above --fail-on (default: error)'], [EXIT_FINDINGS, 'a finding at or above --fail-on'], EXIT_USAGE_LINE, EXIT_CRASH_LINE],
    ))
    // The engine is imported only when the command runs, so `--help` and the other commands stay fast.
    .action(async (source: string, targets: string[], flags: CheckFlags) => {
      await (await import('../actions/check')).runCheckCommand(source, targets, flags);
    });
}
