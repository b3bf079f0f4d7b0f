import { isStdout, writeOutputFile } from '../output-file'; // atomic for files, straight for -, /dev/stdout or a FIFO
import type { Doc, TargetLang } from '../../core/model/types';
import { alignableWithBreaks } from '../../core/align';
import { PROJECT_EXTENSION } from '../../core/project/extension';
import { TARGET_LANGS } from '../../core/model/types';
import { buildReport, CHECK_IDS, loadHanReadings, needsHanReadings, partitionDismissed, renderHtmlReport, renderJsonReport, renderTextReport, runChecks, SEVERITIES, severityRank } from '../../core/qa';
import type { QaOptions, Severity } from '../../core/qa';
import { CliError, EXIT_FINDINGS } from '../errors';
import { CHECK_FORMATS as FORMATS } from '../output-formats';
import { glossaryFiles, loadProjectInput, loadTermBase } from './engine';
import type { ProjectInputOptions } from './engine';
import { alignmentMtCode, deeplSourceMt, mtFilesByLang, mtLines, unusedMtFile } from './source-mt';
import { runGlossaryPaths } from './project-glossary';
import { checkSpeller, SPELLING_CHECK } from './spelling';

type Format = (typeof FORMATS)[number];

export interface CheckFlags {
  glossary?: string[];
  format: string;
  failOn: string;
  presegmented?: boolean;
  targetLang?: string;
  disable?: string[];
  output?: string;
  forceLangs?: boolean;
  englishVariant?: string;
  /** MT files of the source, one per target language (repeatable --mt). */
  mt?: string[];
  deeplMt?: boolean;
}

/** The action of `duizhao check`, loaded only when that command runs. */
export async function runCheckCommand(source: string, targets: string[], flags: CheckFlags): Promise<void> {
  const { text, failed } = await runCheck(source, targets, flags);
  if (flags.output) await writeReport(flags.output, text);
  else process.stdout.write(text);
  if (failed) process.exitCode = EXIT_FINDINGS;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], what: string): T {
  if (!(allowed as readonly string[]).includes(value)) throw new CliError(`unknown ${what} '${value}': use one of ${allowed.join(', ')}`);
  return value as T;
}

async function runCheck(sourcePath: string, targetPaths: string[], flags: CheckFlags): Promise<{ text: string; failed: boolean }> {
  const format = oneOf(flags.format, FORMATS, 'format') as Format;
  const failOn = oneOf(flags.failOn, SEVERITIES, 'severity') as Severity;
  for (const id of flags.disable ?? []) oneOf(id, CHECK_IDS, 'check id');
  const note = (line: string) => process.stderr.write(`duizhao: ${line}\n`);
  const { project, kind } = await loadProjectInput(sourcePath, targetPaths, {
    presegmented: flags.presegmented,
    forceLangs: flags.forceLangs,
    targetLangs: statedTargetLangs(flags.targetLang, targetPaths),
    ...(await sourceMtOptions(sourcePath, targetPaths, flags, note)),
  });
  // A saved project's team glossary folder first, as in the app; --glossary adds to it.
  const glossaryPaths = runGlossaryPaths({ project, projectFile: kind === 'project-file' ? sourcePath : null, given: flags.glossary }, note);
  const termBase = await loadTermBase(glossaryPaths, note);
  const options: QaOptions & { disabled: string[] } = { disabled: flags.disable ?? [] };
  if (termBase.concepts.length > 0) options.matcher = (await import('../../core/glossary')).createTermMatcher(termBase);
  if (!options.disabled.includes(SPELLING_CHECK) && !project.settings.disabledChecks.includes(SPELLING_CHECK)) {
    // A saved project knows its English variant; plain files and TMX/XLIFF do not.
    const speller = await checkSpeller({ project, saved: kind === 'project-file', englishVariant: flags.englishVariant, glossaryPaths: glossaryFiles(glossaryPaths), termBase });
    if (speller) options.speller = speller;
  }
  // pinyin-pro (the Han characters' readings, for names.spelling) only when a translation has a candidate name.
  if (needsHanReadings(project, options.disabled)) options.readings = await loadHanReadings();
  // Findings the project's reviewer dismissed stay out of the report and the exit code; their number is said.
  const { shown: findings, dismissed } = partitionDismissed(project, runChecks(project, options));
  const report = buildReport(project, findings, [sourcePath, ...targetPaths]);
  if (dismissed.length > 0) report.dismissed = dismissed.length;
  const colour = format === 'text' && isStdout(flags.output) && process.stdout.isTTY === true && !process.env.NO_COLOR;
  const text = format === 'json' ? renderJsonReport(report) : format === 'html' ? renderHtmlReport(report) : renderTextReport(report, { colour });
  return { text, failed: findings.some((f) => severityRank(f.severity) >= severityRank(failOn)) };
}

/**
 * The MT of the source each target is aligned with (the completeness verdicts read it): an --mt file
 * in the target's language, else DeepL's with --deepl-mt. MT is evidence for aligning texts, so a
 * saved project or a TMX/XLIFF (already aligned) refuses it.
 */
async function sourceMtOptions(sourcePath: string, targetPaths: string[], flags: CheckFlags, note: (line: string) => void): Promise<Pick<ProjectInputOptions, 'alignOptions'>> {
  const files = flags.mt ?? [];
  if (files.length === 0 && !flags.deeplMt) return {};
  const what = files.length > 0 ? `--mt ${files.join(', ')}` : '--deepl-mt';
  if (sourcePath.endsWith(PROJECT_EXTENSION) || targetPaths.length === 0) throw new CliError(`${what}: machine translation is used when aligning texts; ${sourcePath} is already aligned`);
  const { byLang, sole } = await mtFilesByLang(files, targetPaths.length);
  const used = new Set<TargetLang>();
  return {
    alignOptions: async (source: Doc, lang: TargetLang) => {
      used.add(lang);
      // Once every target has asked, an MT file no target took is a mistake worth stopping for.
      const unused = used.size === targetPaths.length ? unusedMtFile(byLang, [...used]) : undefined;
      if (unused) throw unused;
      const file = byLang.get(lang) ?? sole;
      if (file) return { mt: mtLines(file, alignableWithBreaks(source).sentences.length) };
      return flags.deeplMt ? { mt: await deeplSourceMt(source, alignmentMtCode(lang, flags.englishVariant), note) } : {};
    },
  };
}

/** `--target-lang en,ru`: the language of each target file, in order (none given: each is detected). */
function statedTargetLangs(value: string | undefined, targetPaths: string[]): TargetLang[] | undefined {
  if (value === undefined) return undefined;
  const given = value.split(',').map((l) => oneOf(l.trim(), TARGET_LANGS, 'target language'));
  if (given.length !== targetPaths.length) throw new CliError(`--target-lang names ${given.length} languages for ${targetPaths.length} targets`);
  return given;
}

async function writeReport(path: string, text: string): Promise<void> {
  await writeOutputFile(path, text);
}
