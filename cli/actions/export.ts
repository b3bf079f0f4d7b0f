import { writeFile } from 'node:fs/promises';
import { alignDocs } from '../../core/align';
import { EXPORT_FORMATS, EXPORT_FORMAT_SPECS, exportProject, findingsForExport, isExportFormat } from '../../core/formats';
import type { ExportOptions } from '../../core/formats';
import type { Doc, Project, TargetLang } from '../../core/model/types';
import { TARGET_LANGS } from '../../core/model/types';
import { createProject, PROJECT_EXTENSION } from '../../core/project';
import { runChecks } from '../../core/qa/run-checks';
import { CliError } from '../errors';
import { refuseImplausibleSource } from '../input-langs';
import { importPath, lexiconFor, loadQaMatcher, projectName, readProjectFile } from './engine';

export interface ExportFlags {
  to?: string;
  output?: string;
  targetLang?: string;
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
  if (!isExportFormat(format)) throw new CliError(`unknown format '${flags.to}': use one of ${EXPORT_FORMATS.join(', ')}`);
  const targetLang = parseTargetLang(flags.targetLang);
  if (format === 'docx' && !flags.output) throw new CliError('docx is a binary format: give an output file with -o FILE.docx');

  const project = await loadProject(input, targetPaths, targetLang, flags);
  const options: ExportOptions = {
    onlyConfirmed: flags.onlyConfirmed ?? false,
    skipEmpty: flags.skipEmpty ?? false,
    mergeNm: flags.mergeNm,
    bom: flags.bom ?? false,
  };
  if (flags.excelSafe !== undefined) options.excelSafe = flags.excelSafe;
  if (targetLang) options.target = targetLang;
  if (flags.qa && EXPORT_FORMAT_SPECS[format].carriesQa) {
    // The same term base the app and `check` use, so glossary findings travel with the export too.
    const matcher = await loadQaMatcher(flags.glossary, (line) => process.stderr.write(`duizhao: ${line}\n`));
    options.findings = findingsForExport(runChecks(project, matcher ? { matcher } : {}));
  }

  let result;
  try {
    result = await exportProject(project, format, options);
  } catch (err) {
    throw new CliError((err as Error).message);
  }
  for (const w of result.warnings) process.stderr.write(`duizhao: warning: ${w}\n`);
  if (flags.output) {
    try {
      await writeFile(flags.output, result.data);
    } catch (err) {
      throw new CliError(`cannot write ${flags.output}: ${(err as Error).message}`);
    }
  } else process.stdout.write(result.data);
}

function parseTargetLang(value: string | undefined): TargetLang | undefined {
  if (value === undefined) return undefined;
  if (!(TARGET_LANGS as readonly string[]).includes(value)) throw new CliError(`unknown target language '${value}': use one of ${TARGET_LANGS.join(', ')}`);
  return value as TargetLang;
}

/** A saved project, a TMX/XLIFF file, or a source plus translations imported and aligned here. */
async function loadProject(input: string, targetPaths: string[], targetLang: TargetLang | undefined, flags: ExportFlags): Promise<Project> {
  if (input.endsWith(PROJECT_EXTENSION)) {
    if (targetPaths.length) throw new CliError(`a project file already holds its translations: drop ${targetPaths.join(', ')}`);
    return readProjectFile(input);
  }
  const first = await importPath(input, 'zh', flags.presegmented);
  if (first.kind === 'project') {
    if (targetPaths.length) throw new CliError(`${input} is already aligned: drop ${targetPaths.join(', ')}`);
    for (const w of first.warnings ?? []) process.stderr.write(`duizhao: warning: ${w}\n`);
    return first.project;
  }
  await refuseImplausibleSource(input, first.doc, targetPaths, flags.forceLangs);
  if (targetPaths.length === 0) throw new CliError(`${input} is a source text: give its English and/or Russian translation after it`);
  if (targetPaths.length > 2) throw new CliError('at most two translations (one English, one Russian)');
  if (targetLang && targetPaths.length > 1) throw new CliError('--target-lang names the language of a single target; with two, each is detected by its script');

  const targets: Partial<Record<TargetLang, Doc>> = {};
  for (const path of targetPaths) {
    const r = await importPath(path, targetLang, flags.presegmented);
    if (r.kind !== 'doc') throw new CliError(`${path}: a translation must be a document, not an aligned file`);
    const lang = r.doc.lang;
    if (lang !== 'en' && lang !== 'ru') throw new CliError(`${path}: looks like ${lang}, not English or Russian (use --target-lang)`);
    if (targets[lang]) throw new CliError(`${path}: a second ${lang} translation; give one English and one Russian`);
    targets[lang] = r.doc;
  }
  return createProject({ name: projectName(input), source: first.doc, targets }, (source, target) =>
    alignDocs(source, target, { lexicon: lexiconFor(target.lang as 'en' | 'ru') }),
  );
}

