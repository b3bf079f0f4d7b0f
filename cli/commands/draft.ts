import type { Command } from 'commander';
import { FORCE_LANGS_FLAG, FORCE_LANGS_HELP } from './force-langs';
import { EXIT_CRASH_LINE, EXIT_USAGE_LINE, helpAfter } from './help-text';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from '../errors';

/** The joint-statement sample: its drafts stop after section 三, so draft has sentences to fill. */
const JOINT = 'samples/joint-statement-2025-05-08';
import { DRAFT_TARGET_CODES } from '../../core/draft/deepl-langs';
import type { DraftFlags } from '../actions/draft';
import { PROJECT_EXTENSION } from '../../core/project/extension';

/** `duizhao draft`: fill the sentences that have no translation with DeepL drafts (status mt). */
export function registerDraft(program: Command): void {
  program
    .command('draft')
    .description('Draft the untranslated sentences of a project (or a bare source) with DeepL; human text is never overwritten.')
    .argument('<project-or-source>', `a project (${PROJECT_EXTENSION}) or the Chinese source (txt, docx, html, md)`)
    .argument('[target]', 'an existing translation of the source, aligned first; only its gaps are drafted')
    .requiredOption('--to <lang>', `DeepL target: ${DRAFT_TARGET_CODES.join(', ')}`)
    .option('--glossary <paths...>', 'term base files (TBX, CSV, TSV) sent to DeepL as one glossary, added to a saved project\'s team glossary folder (which wins a conflict); default: the project\'s folder, else the glossary/ folder')
    .option('--no-glossary', 'translate without a glossary')
    .option('--align-with-mt', 'with a target file: translate the source first (cached) and use it as alignment evidence')
    .option('--dry-run', 'print what would be sent and its cost in characters; send nothing (no key needed)')
    .option('-o, --output <file>', `project file to write (default: the input project itself, or SOURCE-NAME${PROJECT_EXTENSION} beside the source; - writes the project to standard output)`)
    .option(FORCE_LANGS_FLAG, FORCE_LANGS_HELP)
    .option('--force', `without -o: overwrite an existing SOURCE-NAME${PROJECT_EXTENSION} beside the source`)
    .option('--presegmented', 'text inputs are one sentence per line (blank line = paragraph break)')
    .addHelpText('after', `\nThe DeepL key is read from DEEPL_AUTH_KEY (free keys end in ":fx"); DEEPL_SERVER_URL overrides the server.\n${helpAfter(
      [
        `duizhao draft ${JOINT}.zh.txt ${JOINT}.en.txt --to en-GB --dry-run`,
        `DEEPL_AUTH_KEY=… duizhao draft ${JOINT}.zh.txt ${JOINT}.en.txt --to en-GB -o joint.duizhao.json`,
        'DEEPL_AUTH_KEY=… duizhao draft project.duizhao.json --to ru',
      ],
      [
        [EXIT_OK, 'drafted and saved (--dry-run: the plan and its cost printed)'],
        [EXIT_FINDINGS, 'DeepL stopped part way (quota used up, network): the drafts made so far are saved'],
        [EXIT_USAGE, `${EXIT_USAGE_LINE[1]}; or DeepL refused the key or was unreachable before drafting began`],
        EXIT_CRASH_LINE,
      ],
    )}`)
    // The engine is imported only when the command runs, so `--help` and the other commands stay fast.
    .action(async (input: string, target: string | undefined, flags: DraftFlags) => {
      await (await import('../actions/draft')).runDraftCommand(input, target, flags);
    });
}
