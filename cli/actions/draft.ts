import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DRAFT_TARGET_CODES, isDraftTargetCode, targetLangOfCode } from '../../core/draft';
import type { DraftTargetCode } from '../../core/draft';
import type { TermBase } from '../../core/glossary';
import type { Project, TargetLang } from '../../core/model';
import { PROJECT_EXTENSION, serializeProject } from '../../core/project';
import { isStream, STDOUT_NAME, writeOutputFile } from '../output-file'; // atomic for files, straight for -, /dev/stdout or a FIFO
import { createDeepLClient, deeplConnectionFromEnv, deeplEndpointFor } from '../../services/deepl/client';
import { draftProject, planDraftRun } from '../../services/deepl/draft';
import type { DraftPlan } from '../../services/deepl/draft';
import { describeDeepLError } from '../../services/deepl/errors';
import { fileGlossaryRecord, glossaryRecordPath, syncGlossary } from '../../services/deepl/glossary-sync';
import { CliError, EXIT_FINDINGS } from '../errors';
import { loadProjectInput, loadTermBase, projectName } from './engine';
import { runGlossaryPaths } from './project-glossary';
import { cliCacheDir, deeplSourceMt } from './source-mt';

export interface DraftFlags {
  to: string;
  glossary?: string[] | false;
  dryRun?: boolean;
  output?: string;
  alignWithMt?: boolean;
  presegmented?: boolean;
  forceLangs?: boolean;
  force?: boolean;
}

/** The action of `duizhao draft`, loaded only when that command runs. */
export async function runDraftCommand(input: string, target: string | undefined, flags: DraftFlags): Promise<void> {
  await runDraft(input, target, flags);
}

async function runDraft(input: string, targetPath: string | undefined, flags: DraftFlags): Promise<void> {
  if (!isDraftTargetCode(flags.to)) throw new CliError(`unknown target '${flags.to}': use one of ${DRAFT_TARGET_CODES.join(', ')}`);
  const code: DraftTargetCode = flags.to;
  const target = targetLangOfCode(code);
  const connection = deeplConnectionFromEnv();
  if (!flags.dryRun && !connection) throw new CliError('no DeepL key: set DEEPL_AUTH_KEY to your DeepL API authentication key (or use --dry-run to see the cost first)');
  if (flags.alignWithMt && !targetPath) throw new CliError('--align-with-mt needs a target file to align');

  const { project: loaded, kind } = await loadProjectInput(input, targetPath ? [targetPath] : [], {
    presegmented: flags.presegmented,
    forceLangs: flags.forceLangs,
    targetLangs: [target],
    allowNoTarget: true,
    alignOptions: async (source, lang) => (flags.alignWithMt && !flags.dryRun && connection && lang === target ? { mt: await deeplSourceMt(source, code, note) } : {}),
  });
  const isProjectFile = kind === 'project-file';
  const project: Project = target === 'en' ? { ...loaded, settings: { ...loaded.settings, englishVariant: code as 'en-US' | 'en-GB' } } : loaded;
  const output = flags.output ?? (isProjectFile ? input : join(dirname(input), `${projectName(input)}${PROJECT_EXTENSION}`));
  // A project beside the source may hold a translator's work: only -o or --force replaces it.
  if (!flags.output && !isProjectFile && !flags.force && !flags.dryRun && existsSync(output)) {
    throw new CliError(`${output} exists and may hold work: give -o FILE, draft into it (duizhao draft ${output} --to ${flags.to}), or --force to replace it`);
  }

  const plan = planOrThrow(project, target);
  const { characters, segments, requests } = plan.estimate;
  const summary = `zh → ${code}: ${segments} segment${segments === 1 ? '' : 's'} without translation, ${characters} characters in ${requests} request${requests === 1 ? '' : 's'}`;
  if (flags.dryRun) {
    process.stdout.write(`${summary} (dry run: nothing sent; DeepL bills the characters, context is free)\n`);
    return;
  }
  if (segments === 0) {
    note(`nothing to draft: every ${target} sentence has a translation`);
    return;
  }
  const client = createDeepLClient(connection!);
  note(`${summary}; DeepL server ${deeplEndpointFor(connection!)}`);
  try {
    const usage = (await client.getUsage()).character;
    if (usage) {
      note(`DeepL account: ${usage.count} of ${usage.limit} characters used this period`);
      if (usage.limit - usage.count < characters) note(`warning: ${characters} characters needed, ${usage.limit - usage.count} left: drafting will stop when the quota runs out (drafts so far are saved)`);
    }
  } catch (err) {
    throw new CliError(describeDeepLError(err).message);
  }

  // The DeepL glossary of a saved project comes from its team folder too, as in the app; --glossary adds to it.
  const glossaryId = flags.glossary === false ? null : await syncTermBase(client, await loadTermBase(runGlossaryPaths({ project, projectFile: isProjectFile ? input : null, given: flags.glossary }, note), note));
  // A file is saved after every batch, so a stop part way keeps what arrived; a stream (standard
  // output, /dev/stdout, a FIFO) can take one project only: the last one, written once the run ends
  // (also when it stops part way).
  const toStream = await isStream(output);
  let unsaved: Project | undefined;
  const save = async (p: Project) => {
    if (toStream) unsaved = p;
    else await writeOutputFile(output, serializeProject(p));
  };
  const where = output === STDOUT_NAME ? 'standard output' : output;
  const tty = process.stderr.isTTY;
  const result = await draftProject(project, {
    client,
    target,
    code,
    glossaryId,
    onBatch: save,
    onProgress: (p) => tty && process.stderr.write(`\rduizhao: drafted ${p.segmentsDone}/${p.segments} segments${p.segmentsDone === p.segments ? '\n' : ''}`),
  });
  if (unsaved) await writeOutputFile(output, serializeProject(unsaved));
  for (const s of result.skipped) note(`skipped ${s.srcIds.join('+')}: ${s.reason}`);
  const done = `${result.applied.length} of ${segments} segments drafted (${result.charactersBilled} characters billed)`;
  if (result.error) {
    throw new CliError(`${result.error.message} — ${done}${result.applied.length > 0 ? `, saved to ${where}` : ''}`, EXIT_FINDINGS);
  }
  note(`${done} → ${where}`);
}

function note(message: string): void {
  process.stderr.write(`duizhao: ${message}\n`);
}

function planOrThrow(project: Project, target: TargetLang): DraftPlan {
  try {
    return planDraftRun(project, target);
  } catch (err) {
    throw new CliError((err as Error).message);
  }
}

async function syncTermBase(client: ReturnType<typeof createDeepLClient>, termBase: TermBase): Promise<string | null> {
  if (termBase.concepts.length === 0) return null;
  try {
    // The record (beside the MT cache) lets a changed term base delete the glossary it supersedes.
    const sync = await syncGlossary(client, termBase, { record: fileGlossaryRecord(glossaryRecordPath(cliCacheDir())) });
    for (const r of sync.rejected) note(`glossary term not sent to DeepL: ${r.origin.file}:${r.origin.line}: "${r.term}" (zh→${r.target}): ${r.reason}`);
    const counts = Object.entries(sync.entries).map(([lang, n]) => `${n} zh→${lang}`).join(', ');
    if (sync.glossaryId) note(`glossary ${sync.name} (${counts} entries; ${sync.created ? 'uploaded' : 'unchanged, reused'})`);
    if (sync.deleted.length > 0) note(`deleted the superseded glossary ${sync.deleted.join(', ')} from the DeepL account`);
    for (const w of sync.warnings) note(`warning: ${w}`);
    return sync.glossaryId;
  } catch (err) {
    throw new CliError(describeDeepLError(err).message);
  }
}

