import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { alignDocs } from '../../core/align';
import { createTermMatcher } from '../../core/glossary';
import type { Doc, Project, TargetLang } from '../../core/model/types';
import { TARGET_LANGS } from '../../core/model/types';
import { createProject } from '../../core/project/create';
import { PROJECT_EXTENSION } from '../../core/project/extension';
import { buildReport, CHECK_IDS, renderHtmlReport, renderJsonReport, renderTextReport, runChecks, SEVERITIES, severityRank } from '../../core/qa';
import type { QaOptions, QaTermMatcher, Severity } from '../../core/qa';
import type { TermBase } from '../../core/glossary/types';
import { loadGlossaryFiles } from '../../services/glossary-files';
import { FORMATS } from '../commands/check';
import { CliError, EXIT_FINDINGS } from '../errors';
import { readDoc, readTextFile, readTranslation } from '../io';
import { glossaryFiles, lexiconFor } from './engine';
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
  englishVariant?: string;
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
  const saved = sourcePath.endsWith(PROJECT_EXTENSION);
  const project = saved ? await readProject(sourcePath, targetPaths) : await buildProject(sourcePath, targetPaths, flags);
  const glossary = glossaryFiles(flags.glossary);
  const { matcher, termBase } = await loadMatcher(glossary);
  const options: QaOptions & { disabled: string[] } = { disabled: flags.disable ?? [] };
  if (matcher) options.matcher = matcher;
  const disabled = new Set([...options.disabled, ...project.settings.disabledChecks]);
  if (!disabled.has(SPELLING_CHECK)) {
    const speller = await checkSpeller({ project, saved, englishVariant: flags.englishVariant, glossaryPaths: glossary, termBase });
    if (speller) options.speller = speller;
  }
  const findings = runChecks(project, options);
  const report = buildReport(project, findings, [sourcePath, ...targetPaths]);
  const colour = format === 'text' && !flags.output && process.stdout.isTTY === true && !process.env.NO_COLOR;
  const text = format === 'json' ? renderJsonReport(report) : format === 'html' ? renderHtmlReport(report) : renderTextReport(report, { colour });
  return { text, failed: findings.some((f) => severityRank(f.severity) >= severityRank(failOn)) };
}

async function readProject(path: string, targets: string[]): Promise<Project> {
  if (targets.length > 0) throw new CliError(`${path} is a project: it already holds its translations, give no target files`);
  // Only a project file needs the project schema (zod, jsonc-parser).
  const { parseProject, ProjectFileError } = await import('../../core/project/serialize');
  try {
    return parseProject(await readTextFile(path), path);
  } catch (err) {
    if (err instanceof ProjectFileError) throw new CliError(err.message);
    throw err;
  }
}

async function buildProject(sourcePath: string, targetPaths: string[], flags: CheckFlags): Promise<Project> {
  if (targetPaths.length === 0) throw new CliError('give at least one translation to check (or a saved project)');
  if (targetPaths.length > TARGET_LANGS.length) throw new CliError(`at most ${TARGET_LANGS.length} translations (one English, one Russian)`);
  const given = flags.targetLang?.split(',').map((l) => l.trim()) ?? [];
  if (given.length > 0 && given.length !== targetPaths.length) throw new CliError(`--target-lang names ${given.length} languages for ${targetPaths.length} targets`);
  const readOptions = { presegmented: flags.presegmented ?? false };
  const source = await readDoc(sourcePath, 'zh', readOptions);
  const targets: Partial<Record<TargetLang, Doc>> = {};
  for (const [i, path] of targetPaths.entries()) {
    const stated = given[i] === undefined ? undefined : oneOf(given[i]!, TARGET_LANGS, 'target language');
    const doc = await readTranslation(path, stated, readOptions);
    const lang = doc.lang as TargetLang;
    if (targets[lang]) throw new CliError(`two ${lang} translations given (${path}); check one English and one Russian at most`);
    targets[lang] = doc;
  }
  const name = basename(sourcePath).replace(/\.zh\.txt$|\.[^.]+$/u, '');
  return createProject({ name, source, targets }, (src, tgt) => alignDocs(src, tgt, { lexicon: lexiconFor(tgt.lang as 'en' | 'ru') }));
}

/**
 * The term matcher over the given term base files (or the glossary/ folder). A file the user named
 * that does not exist is an input error; problems inside a file are reported on stderr, naming file
 * and line, and the rest of the term base still checks.
 */
async function loadMatcher(files: string[]): Promise<{ matcher?: QaTermMatcher; termBase?: TermBase }> {
  if (files.length === 0) return {};
  const { termBase, problems } = await loadGlossaryFiles(files);
  for (const p of problems) process.stderr.write(`duizhao: ${p.severity === 'error' ? 'glossary error' : 'glossary warning'}: ${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}\n`);
  return termBase.concepts.length > 0 ? { matcher: createTermMatcher(termBase), termBase } : {};
}

async function writeReport(path: string, text: string): Promise<void> {
  try {
    await writeFile(path, text, 'utf8');
  } catch (err) {
    throw new CliError(`cannot write ${path}: ${(err as Error).message}`);
  }
}
