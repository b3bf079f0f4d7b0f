import { documentText, importFile } from '../../core/formats/import-file';
import type { ImportResult } from '../../core/formats/import-file';
import type { Alignment, Doc, Lang, Project, TargetLang } from '../../core/model/types';
import type { WrongDocumentQuestion } from '../../core/align/evidence-share';
import { packImportedText, unpackDoc } from '../../core/text';
import type { PackedDoc } from '../../core/text';
import type { LexiconLocation } from '../lexicon';
import { alignAndJudge, judgeProject, realignInWorker } from './align-tasks';
import { parseProjectBytes, parseRecoveryBytes } from './project-tasks';
import type { RecoveryCopy } from '../project-store';

/**
 * The heavy work the app and web mode hand to the worker pool (issue 12): decoding a picked or
 * uploaded document, reading an aligned TMX/XLIFF, cleaning and segmenting a long text, aligning a
 * draft (and judging whether it translates the source), re-aligning a range, judging an opened
 * project, and parsing a project file or recovery copy. Each runs the same core code as before,
 * only on another thread.
 */
export type ParseTask =
  | { kind: 'documentText'; fileName: string; bytes: Uint8Array }
  | { kind: 'importAligned'; fileName: string; bytes: Uint8Array }
  | { kind: 'importText'; label: string; raw: string; lang: Lang }
  /** judge: false skips the wrong-document judgement (wrongDocument is then null). */
  | { kind: 'alignDocs'; source: Doc; target: Doc; judge?: boolean }
  | { kind: 'realign'; project: Project; target: TargetLang; range?: { from: number; to: number }; mt?: string[] }
  | { kind: 'judge'; project: Project }
  | { kind: 'parseProject'; fileName: string; bytes: Uint8Array }
  | { kind: 'parseRecovery'; fileName: string; bytes: Uint8Array };

export interface ParseResults {
  documentText: string;
  importAligned: ImportResult;
  importText: Doc;
  alignDocs: { alignment: Alignment; wrongDocument: WrongDocumentQuestion | null };
  realign: Alignment;
  judge: WrongDocumentQuestion[];
  parseProject: Project;
  /** null: not a valid recovery copy (the caller sets the file aside). */
  parseRecovery: RecoveryCopy | null;
}

/** What crosses the thread boundary: the results, with a segmented text packed (see receiveResult). */
export type WireResults = Omit<ParseResults, 'importText'> & { importText: PackedDoc };

/** What the worker receives when it starts. */
export interface WorkerData {
  /** Where each lexicon is, found by the main thread; an error string when it is missing. */
  lexicons: Partial<Record<TargetLang, LexiconLocation | { error: string }>>;
}

/** What names the task's input in a message: the file name, the text's label, or the draft. */
export function taskName(task: ParseTask): string {
  switch (task.kind) {
    case 'importText':
      return task.label;
    case 'alignDocs':
      return `the ${task.target.lang} draft`;
    case 'realign':
      return `the ${task.target} draft`;
    case 'judge':
      return task.project.name;
    default:
      return task.fileName;
  }
}

/** Tasks of the same affinity go back to the worker that ran one (it has that lexicon loaded). */
export function taskAffinity(task: ParseTask): string | undefined {
  if (task.kind === 'alignDocs') return `lexicon-${task.target.lang}`;
  if (task.kind === 'realign') return `lexicon-${task.target}`;
  return undefined;
}

/** Runs one task (in the worker; tests may call it directly), giving its result as it crosses the thread boundary. */
export async function runParseTask(task: ParseTask): Promise<WireResults[ParseTask['kind']]> {
  switch (task.kind) {
    case 'documentText':
      return documentText(task.fileName, task.bytes);
    case 'importAligned':
      return importFile(task.fileName, task.bytes);
    case 'importText':
      // Sent packed (the text and typed arrays, no Sentence objects); receiveResult unpacks it.
      return packImportedText(task.raw, task.lang);
    case 'alignDocs':
      return alignAndJudge(task.source, task.target, task.judge ?? true);
    case 'realign':
      return realignInWorker(task.project, task.target, task.range, task.mt);
    case 'judge':
      return judgeProject(task.project);
    case 'parseProject':
      return parseProjectBytes(task.bytes, task.fileName);
    case 'parseRecovery':
      return parseRecoveryBytes(task.bytes);
  }
}

/**
 * A task's result as the owner receives it: a segmented text crosses the thread boundary packed
 * (core/text PackedDoc: one string and typed arrays instead of a million objects) and is unpacked here.
 */
export function receiveResult(task: ParseTask, result: unknown): unknown {
  return task.kind === 'importText' ? unpackDoc(result as PackedDoc).doc : result;
}

/** An error as it crosses the thread boundary (FormatError's fields kept, so web mode still answers 422). */
export interface SerializedError {
  name: string;
  message: string;
  fileName?: string;
  line?: number;
  column?: number;
  offset?: number;
}

export type WorkerMessage = { type: 'ready' } | { type: 'done'; id: number; result: unknown } | { type: 'failed'; id: number; error: SerializedError };
