/**
 * Engine services the command actions share, with their failures turned into CliErrors (exit code 2)
 * whose message names the file. The file readers load on first use: align and check on plain text
 * never need them (tests/cli-lazy.test.ts).
 */
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { alignDocs, sourceEvidenceShare, wrongDocumentWarning } from '../../core/align';
import type { DocAlignOptions } from '../../core/align';
import { FormatError } from '../../core/formats/format-error';
import type { TermBase } from '../../core/glossary';
import type { Doc, Lang, Project, TargetLang } from '../../core/model/types';
import { TARGET_LANGS } from '../../core/model/types';
import { createProject } from '../../core/project/create';
import { MAX_PROJECT_BYTES, PROJECT_EXTENSION } from '../../core/project/extension';
import type { QaTermMatcher } from '../../core/qa';
import { loadLexicon } from '../../services/lexicon';
import { CliError } from '../errors';
import { refuseImplausibleSource } from '../input-langs';
import { readTranslation } from '../io';

/** The aligner's lexicon for a target language. */
export function lexiconFor(lang: TargetLang) {
  try {
    return loadLexicon(lang);
  } catch (err) {
    throw new CliError((err as Error).message);
  }
}

/** Any importable file (text, DOCX, HTML, Markdown, TMX, XLIFF); `lang` undefined = detect it. */
export async function importPath(path: string, lang: Lang | undefined, presegmented: boolean | undefined) {
  const { importFromPath } = await import('../../services/import-file');
  try {
    return await importFromPath(path, lang, { presegmented: presegmented ?? false });
  } catch (err) {
    if (err instanceof FormatError) throw new CliError(err.message);
    throw err;
  }
}

/** A saved project file (*.duizhao.json); the project schema loads only here. */
export async function readProjectFile(path: string): Promise<Project> {
  const { readRegularFile, ReadFileError } = await import('../../services/read-file');
  const { parseProject, ProjectFileError } = await import('../../core/project/serialize');
  try {
    const bytes = await readRegularFile(path, { maxBytes: MAX_PROJECT_BYTES, tooLarge: (size) => `too large for a project file (${size} bytes; the limit is ${MAX_PROJECT_BYTES})` });
    return parseProject(new TextDecoder().decode(bytes), path);
  } catch (err) {
    if (err instanceof ProjectFileError || err instanceof FormatError || err instanceof ReadFileError) throw new CliError(err.message);
    throw err;
  }
}

/** "statement.zh.txt" → "statement": the language tag is not part of the document's name. */
export function projectName(path: string): string {
  return basename(path).replace(/\.[^.]+$/, '').replace(/\.zh$/i, '');
}

/**
 * The term base files to load: the ones given (each must exist), else the repo's glossary/ folder
 * next to the bundle (out/cli/../../glossary) or in the working directory, else none.
 */
export function glossaryFiles(paths: string[] | undefined): string[] {
  if (paths) {
    for (const p of paths) if (!existsSync(p)) throw new CliError(`cannot read ${p}: no such file`);
    return paths;
  }
  const dir = [resolve(__dirname, '..', '..', 'glossary'), resolve(process.cwd(), 'glossary')].find((d) => existsSync(d));
  return dir ? [dir] : [];
}

/**
 * The term base of the given files (or the glossary/ folder), as the app loads it. A file the user
 * named that does not exist is an input error; when a file has problems, `report` gets one summary
 * line per file (counts, the first problem as file:line), never a line per row, and the rest of the
 * term base still counts. The glossary code loads only here.
 */
export async function loadTermBase(paths: string[] | undefined, report: (line: string) => void): Promise<TermBase> {
  const files = glossaryFiles(paths);
  if (files.length === 0) return { concepts: [] };
  const { loadGlossaryFiles } = await import('../../services/glossary-files');
  const { termBase, problems, summaries, unreadable } = await loadGlossaryFiles(files);
  if (problems.length > 0) for (const line of summaries) report(`glossary: ${line}`);
  // Exit 2, not a run without it: a check that silently lost its glossary reports a clean text.
  if (unreadable.length > 0) throw new CliError(`glossary ${unreadable.join(', ')} cannot be read; nothing was checked or sent`);
  return termBase;
}

/** The QA term matcher over that term base (undefined when it is empty): `check` and `export --qa` use the same one. */
export async function loadQaMatcher(paths: string[] | undefined, report: (line: string) => void): Promise<QaTermMatcher | undefined> {
  const termBase = await loadTermBase(paths, report);
  if (termBase.concepts.length === 0) return undefined;
  const { createTermMatcher } = await import('../../core/glossary');
  return createTermMatcher(termBase);
}

export interface ProjectInputOptions {
  /** Text inputs are one sentence per line (blank line = paragraph break). */
  presegmented?: boolean | undefined;
  /** Take a source that does not look Chinese, or a target whose letters contradict its stated language, anyway (--force-langs). */
  forceLangs?: boolean | undefined;
  /** The language of each target file as the command line gives it; a missing one is detected by script. */
  targetLangs?: ReadonlyArray<TargetLang | undefined>;
  /** A source text may come without a translation (draft fills an empty target); otherwise one is required. */
  allowNoTarget?: boolean;
  /** Alignment evidence beyond the lexicon (an MT of the source into the target's language), asked per target once the texts are read. */
  alignOptions?: (source: Doc, lang: TargetLang) => Promise<DocAlignOptions>;
}

/** What the input was: a saved project, a TMX/XLIFF (already aligned), or texts aligned here. */
export type ProjectInputKind = 'project-file' | 'aligned-file' | 'texts';

/**
 * The one project loader of `check`, `export` and `draft`: a saved project (*.duizhao.json), a
 * TMX/XLIFF file (by extension or content), or a Chinese source and up to one English and one
 * Russian translation, read (any format the app reads), checked for plausibility and aligned with
 * the shipped lexicons. Every refusal is a CliError naming the file.
 */
export async function loadProjectInput(input: string, targetPaths: readonly string[], options: ProjectInputOptions = {}): Promise<{ project: Project; kind: ProjectInputKind }> {
  const drop = () => `drop ${targetPaths.join(', ')}`;
  if (input.endsWith(PROJECT_EXTENSION)) {
    if (targetPaths.length > 0) throw new CliError(`${input} is a project: it already holds its translations; ${drop()}`);
    return { project: await readProjectFile(input), kind: 'project-file' };
  }
  const first = await importPath(input, 'zh', options.presegmented);
  if (first.kind === 'project') {
    if (targetPaths.length > 0) throw new CliError(`${input} is already aligned: ${drop()}`);
    for (const w of first.warnings ?? []) process.stderr.write(`duizhao: warning: ${w}\n`);
    return { project: first.project, kind: 'aligned-file' };
  }
  await refuseImplausibleSource(input, first.doc, targetPaths, options.forceLangs);
  if (targetPaths.length === 0 && !options.allowNoTarget) throw new CliError(`${input} is a source text: give its English and/or Russian translation after it`);
  if (targetPaths.length > TARGET_LANGS.length) throw new CliError(`at most ${TARGET_LANGS.length} translations (one English, one Russian)`);
  const targets: Partial<Record<TargetLang, Doc>> = {};
  const pathOf = new Map<TargetLang, string>();
  for (const [i, path] of targetPaths.entries()) {
    const doc = await readTranslation(path, options.targetLangs?.[i], { presegmented: options.presegmented ?? false, forceLangs: options.forceLangs });
    const lang = doc.lang as TargetLang;
    if (targets[lang]) throw new CliError(`${path}: two ${lang} translations given; give one English and one Russian at most`);
    targets[lang] = doc;
    pathOf.set(lang, path);
  }
  const extra = new Map<TargetLang, DocAlignOptions>();
  if (options.alignOptions) for (const lang of pathOf.keys()) extra.set(lang, await options.alignOptions(first.doc, lang));
  const project = createProject({ name: projectName(input), source: first.doc, targets }, (source, target) =>
    alignDocs(source, target, { ...extra.get(target.lang as TargetLang), lexicon: lexiconFor(target.lang as TargetLang) }),
  );
  // A different document still gets beads with confidences of their own: say so, once per target.
  for (const [lang, path] of pathOf) {
    const alignment = project.alignments[lang];
    const wrong = alignment && wrongDocumentWarning(sourceEvidenceShare(project.source, targets[lang]!, alignment, lexiconFor(lang)), lang);
    if (wrong) process.stderr.write(`duizhao: warning: ${path}: ${wrong}\n`);
  }
  return { project, kind: 'texts' };
}
