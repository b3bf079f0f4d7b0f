import type { Command } from 'commander';
import { FORCE_LANGS_FLAG, FORCE_LANGS_HELP } from './force-langs';
import { EXIT_CRASH_LINE, EXIT_USAGE_LINE, helpAfter, SAMPLE } from './help-text';
import { EXIT_OK } from '../errors';
import { TARGET_LANGS } from '../../core/model/types';
import type { AlignFlags } from '../actions/align';
import { ALIGN_FORMATS } from '../output-formats';


/** `duizhao align SOURCE TARGET`: sentence alignment of a Chinese text and its translation. */
export function registerAlign(program: Command): void {
  program
    .command('align')
    .description('Align a Chinese source with its English or Russian translation, sentence by sentence.')
    .argument('<source>', 'Chinese source text')
    .argument('<target>', 'English or Russian translation')
    .option('--mt <file>', 'machine translation of the source, one line per source sentence')
    .option('--presegmented', 'input is one sentence per line (blank line = paragraph break), taken as is')
    .option(FORCE_LANGS_FLAG, FORCE_LANGS_HELP)
    .option('--format <format>', `output format: ${ALIGN_FORMATS.join(', ')}`, 'beads')
    .option('--source-lang <lang>', 'source language', 'zh')
    .option('--target-lang <lang>', `target language: ${TARGET_LANGS.join(', ')} (default: detected from the script)`)
    .addHelpText('after', helpAfter(
      [
        `duizhao align ${SAMPLE}.zh.txt ${SAMPLE}.en.txt`,
        `duizhao align ${SAMPLE}.zh.txt ${SAMPLE}.ru.txt --format tsv > pairs.tsv`,
        'duizhao align source.txt translation.txt --presegmented --format json',
      ],
      [[EXIT_OK, 'the alignment was written'], EXIT_USAGE_LINE, EXIT_CRASH_LINE],
    ))
    // The engine is imported only when the command runs, so `--help` and the other commands stay fast.
    .action(async (source: string, target: string, flags: AlignFlags) => {
      await (await import('../actions/align')).runAlignCommand(source, target, flags);
    });
}
