import type { Command } from 'commander';
import { FORCE_LANGS_FLAG, FORCE_LANGS_HELP } from './force-langs';
import { EXIT_CRASH_LINE, EXIT_USAGE_LINE, helpAfter, SAMPLE } from './help-text';
import { EXIT_OK, EXIT_USAGE } from '../errors';
import { EXPORT_FORMATS } from '../../core/formats/export-options';
import { TARGET_LANGS } from '../../core/model/types';
import type { ExportFlags } from '../actions/export';
import { PROJECT_EXTENSION } from '../../core/project/extension';

/** `duizhao export`: write an aligned project (or a source and its translations, aligned on the fly) as TMX, XLIFF, DOCX, CSV/TSV or HTML. */
export function registerExport(program: Command): void {
  program
    .command('export')
    .description('Export an aligned project, a TMX/XLIFF file, or a source and its translations, to a bilingual or trilingual file.')
    .argument('<project-or-source>', `a project (${PROJECT_EXTENSION}), a TMX/XLIFF file, or the Chinese source (txt, docx, html, md)`)
    .argument('[targets...]', 'English and/or Russian translations of the source (aligned before export)')
    .requiredOption('--to <format>', `output format: ${EXPORT_FORMATS.join(', ')}, or original (the XLIFF the project was opened from, only targets and states changed)`)
    .option('-o, --output <file>', 'write here instead of stdout (required for docx; - is stdout, where docx goes as its bytes)')
    .option('--target-lang <lang>', `language of a single target file, and the target of bilingual formats (tmx, xliff, xliff12; with two translations only that): ${TARGET_LANGS.join(', ')} (default: detected by script / the first aligned)`)
    .option('--english-variant <variant>', "the translation's English, as TMX/XLIFF language tags and DOCX spelling languages write it: en-US, en-GB (default: the project's, or the TMX/XLIFF file's; en-GB for texts)")
    .option('--only-confirmed', 'export only confirmed segments; when none is confirmed, nothing is written (exit 2)')
    .option('--skip-empty', 'leave out units with an empty side (omissions, additions, empty drafts)')
    .option('--no-merge-nm', 'leave out n:m beads instead of merging each into one unit (1:1 pairs only)')
    .option('--bom', 'CSV/TSV: start with a UTF-8 BOM (for Excel); implies --excel-safe')
    .option('--excel-safe', "CSV/TSV: prefix cells starting with = + - @ TAB CR with ' so spreadsheets show them as text, not formulas (default with --bom)")
    .option('--no-excel-safe', 'CSV/TSV: write every cell exactly as in the project, even with --bom')
    .option('--no-qa', 'do not run the QA checks (by default their findings go into DOCX comments, HTML/CSV/TSV columns and XLIFF notes)')
    .option('--glossary <paths...>', 'term base files (TBX, CSV, TSV) for the QA glossary checks, added to a saved project\'s team glossary folder (which wins a conflict); default: the project\'s folder, else the glossary/ folder')
    .option(FORCE_LANGS_FLAG, FORCE_LANGS_HELP)
    .option('--presegmented', 'text inputs are one sentence per line (blank line = paragraph break)')
    .addHelpText('after', helpAfter(
      [
        `duizhao export ${SAMPLE}.zh.txt ${SAMPLE}.en.txt ${SAMPLE}.ru.txt --to tmx3 -o sample.tmx`,
        'duizhao export project.duizhao.json --to docx -o review.docx',
        'duizhao export job.sdlxliff --to original -o job.sdlxliff',
      ],
      [[EXIT_OK, 'the file was written'], [EXIT_USAGE, `${EXIT_USAGE_LINE[1]}; or --only-confirmed with nothing confirmed (nothing is written)`], EXIT_CRASH_LINE],
    ))
    // The engine is imported only when the command runs, so `--help` and the other commands stay fast.
    .action(async (input: string, targets: string[], flags: ExportFlags) => {
      await (await import('../actions/export')).runExportCommand(input, targets, flags);
    });
}
