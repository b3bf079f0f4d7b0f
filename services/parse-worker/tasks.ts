import { documentText, importFile } from '../../core/formats/import-file';
import type { ImportResult } from '../../core/formats/import-file';
import type { Doc, Lang } from '../../core/model/types';
import { importText } from '../../core/text';

/**
 * The heavy parsing the app and web mode hand to the parse worker (issue 12): decoding a picked or
 * uploaded document, reading an aligned TMX/XLIFF, cleaning and segmenting a long text. Each runs
 * the same core code as before, only on another thread.
 */
export type ParseTask =
  | { kind: 'documentText'; fileName: string; bytes: Uint8Array }
  | { kind: 'importAligned'; fileName: string; bytes: Uint8Array }
  | { kind: 'importText'; label: string; raw: string; lang: Lang };

export interface ParseResults {
  documentText: string;
  importAligned: ImportResult;
  importText: Doc;
}

/** What names the task's input in a message: the file name, or the text's label. */
export function taskName(task: ParseTask): string {
  return task.kind === 'importText' ? task.label : task.fileName;
}

/** Runs one task (in the worker; tests may call it directly). */
export async function runParseTask(task: ParseTask): Promise<ParseResults[ParseTask['kind']]> {
  switch (task.kind) {
    case 'documentText':
      return documentText(task.fileName, task.bytes);
    case 'importAligned':
      return importFile(task.fileName, task.bytes);
    case 'importText':
      return importText(task.raw, task.lang);
  }
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
