import { writeOutputFile } from '../output-file'; // atomic for files, straight for -, /dev/stdout or a FIFO
import { EXPORT_FORMATS, EXPORT_FORMAT_SPECS, describeExportRefusal, exportFindings, exportProject, isExportFormat, nothingConfirmedIn } from '../../core/formats';
import type { ExportFormat, ExportOptions } from '../../core/formats';
import type { Project, ProjectSettings, TargetLang } from '../../core/model/types';
import { TARGET_LANGS } from '../../core/model/types';
import { CliError } from '../errors';
import { loadProjectInput, loadQaMatcher } from './engine';
import { runGlossaryPaths } from './project-glossary';

export interface ExportFlags {
  to?: string;
  output?: string;
  targetLang?: string;
  englishVariant?: string;
  onlyConfirmed?: boolean;
  skipEmpty?: boolean;
  mergeNm: boolean;
  bom?: boolean;
  excelSafe?: boolean;
  qa: boolean;
  glossary?: string[];
  presegmented?: boolean;
  forceLangs?: boolean;
}

/** The action of `duizhao export`, loaded only when that command runs. */
export async function runExportCommand(input: string, targets: string[], flags: ExportFlags): Promise<void> {
  await runExport(input, targets, flags);
}

async function runExport(input: string, targetPaths: string[], flags: ExportFlags): Promise<void> {
  const format = flags.to;
  if (format === ORIGINAL) return runOriginalExport(input, targetPaths, flags);
  if (!isExportFormat(format)) throw new CliError(`unknown format '${flags.to}': use one of ${EXPORT_FORMATS.join(', ')}, ${ORIGINAL}`);
  const targetLang = parseTargetLang(flags.targetLang);
  const englishVariant = parseEnglishVariant(flags.englishVariant);
  if (format === 'docx' && !flags.output) throw new CliError('docx is a binary format: give an output file with -o FILE.docx (or -o - for its bytes on standard output)');

  // With two translations each file's language is told by its script, and --target-lang only picks
  // the target of a bilingual format (as it does for a saved project).
  const fileLangs = targetPaths.length > 1 ? [] : [targetLang];
  const { project, kind } = await loadProjectInput(input, targetPaths, { presegmented: flags.presegmented, forceLangs: flags.forceLangs, targetLangs: fileLangs });
  // The English the translator wrote: TMX/XLIFF language tags and DOCX spelling languages follow it.
  if (englishVariant) project.settings = { ...project.settings, englishVariant };
  const aligned = TARGET_LANGS.filter((t) => project.alignments[t]);
  if (!targetLang && EXPORT_FORMAT_SPECS[format].languages === 'bilingual' && aligned.length > 1) {
    // Never drop the second translation without a word: say which one this file holds.
    process.stderr.write(`duizhao: ${format} holds one translation: writing zh→${aligned[0]} (--target-lang ${aligned[1]} for zh→${aligned[1]}, or --to tmx3 for both)\n`);
  }
  const options: ExportOptions = {
    onlyConfirmed: flags.onlyConfirmed ?? false,
    skipEmpty: flags.skipEmpty ?? false,
    mergeNm: flags.mergeNm,
    bom: flags.bom ?? false,
  };
  if (flags.excelSafe !== undefined) options.excelSafe = flags.excelSafe;
  if (targetLang) options.target = targetLang;
  if (options.onlyConfirmed) refuseNothingConfirmed(input, project, format, options);
  if (flags.qa && EXPORT_FORMAT_SPECS[format].carriesQa) {
    // The same term base the app and `check` use, so glossary findings travel with the export too.
    const note = (line: string) => process.stderr.write(`duizhao: ${line}\n`);
    const paths = runGlossaryPaths({ project, projectFile: kind === 'project-file' ? input : null, given: flags.glossary }, note);
    const matcher = await loadQaMatcher(paths, note);
    options.findings = exportFindings(project, matcher);
  }

  let result;
  try {
    result = await exportProject(project, format, options);
  } catch (err) {
    // What the project lacks for this format, in the Export dialog's words (core describeExportRefusal).
    throw new CliError(`${input}: ${(err as Error).message}`);
  }
  for (const w of result.warnings) process.stderr.write(`duizhao: warning: ${w}\n`);
  if (flags.output) {
    await writeOutputFile(flags.output, result.data);
  } else process.stdout.write(result.data);
}

/**
 * A deliverable with no units is never written silently: with --only-confirmed and nothing confirmed
 * (as after aligning texts, which confirms nothing) the run stops before QA, writes nothing and
 * says why (exit 2), in the Export dialog's words: core nothingConfirmedIn and describeExportRefusal.
 */
function refuseNothingConfirmed(input: string, project: Project, format: ExportFormat, options: ExportOptions): void {
  let targets;
  try {
    targets = nothingConfirmedIn(project, format, options);
  } catch (err) {
    throw new CliError(`${input}: ${(err as Error).message}`);
  }
  if (targets) throw new CliError(`${input}: ${describeExportRefusal({ kind: 'nothing-confirmed', targets })}; nothing was written`);
}

/** `--to original`: the client's XLIFF the project came from, with only targets and states changed. */
const ORIGINAL = 'original';

async function runOriginalExport(input: string, targetPaths: string[], flags: ExportFlags): Promise<void> {
  const { project } = await loadProjectInput(input, targetPaths, { presegmented: flags.presegmented, forceLangs: flags.forceLangs, targetLangs: [parseTargetLang(flags.targetLang)] });
  const { exportOriginalXliff } = await import('../../core/formats/xliff-original');
  let result;
  try {
    result = exportOriginalXliff(project, parseTargetLang(flags.targetLang));
  } catch (err) {
    throw new CliError(`${input}: ${(err as Error).message}`);
  }
  for (const w of result.warnings) process.stderr.write(`duizhao: warning: ${w}\n`);
  if (!flags.output) return void process.stdout.write(result.data);
  await writeOutputFile(flags.output, result.data);
}

const ENGLISH_VARIANTS: ReadonlyArray<ProjectSettings['englishVariant']> = ['en-US', 'en-GB'];

function parseEnglishVariant(value: string | undefined): ProjectSettings['englishVariant'] | undefined {
  if (value === undefined) return undefined;
  const variant = ENGLISH_VARIANTS.find((v) => v === value);
  if (!variant) throw new CliError(`unknown English variant '${value}': use one of ${ENGLISH_VARIANTS.join(', ')}`);
  return variant;
}

function parseTargetLang(value: string | undefined): TargetLang | undefined {
  if (value === undefined) return undefined;
  if (!(TARGET_LANGS as readonly string[]).includes(value)) throw new CliError(`unknown target language '${value}': use one of ${TARGET_LANGS.join(', ')}`);
  return value as TargetLang;
}
