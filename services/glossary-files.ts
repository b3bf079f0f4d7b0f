import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import { readRegularFile, ReadFileError } from './read-file';
import { mergeTermBases, parseTermBaseFile, summarizeTermFile, TERM_BASE_EXTENSIONS } from '../core/glossary';
import type { GlossaryProblem, ParsedTermFile, TermBase } from '../core/glossary';

/** Largest term base file read: the 10k-concept test base is ≈ 5 MB. */
export const MAX_TERM_BASE_BYTES = 64 * 1024 * 1024;

/**
 * The term base files (.tbx, .csv, .tsv) directly in `dir`, sorted by name so merge order is stable.
 * Rejects when the folder cannot be read (loadGlossaryFiles reports that as a problem instead).
 */
export async function listGlossaryFiles(dir: string): Promise<string[]> {
  const entries = await fsp.readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && TERM_BASE_EXTENSIONS.includes(path.extname(e.name).toLowerCase()))
    .map((e) => path.join(dir, e.name))
    .sort();
}

/**
 * Decodes a term base file: UTF-16 when it starts with a UTF-16 byte-order mark (some terminology
 * tools export TBX that way), else UTF-8; undecodable bytes are refused, never guessed at.
 */
export function decodeTermFile(bytes: Uint8Array): string {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  return new TextDecoder(encoding, { fatal: true }).decode(bytes);
}

/** A term base file's bytes and their text; throws when it is not a regular file within the limit, or not text. */
export async function readTermBaseText(file: string): Promise<{ bytes: Uint8Array; text: string }> {
  // Only regular files, bounded: --glossary /dev/zero grew to 8 GB before.
  const bytes = await readRegularFile(file, { maxBytes: MAX_TERM_BASE_BYTES });
  return { bytes, text: decodeTermFile(bytes) };
}

/** A term base file that could not be read (`error`: why), as a load reports it: a problem on line 1. */
export function unreadableTermFile(file: string, error: unknown): ParsedTermFile {
  const reason = error instanceof TypeError ? 'not valid UTF-8 (or BOM-marked UTF-16) text; save the file as UTF-8' : error instanceof ReadFileError ? error.reason : (error as Error).message;
  return { concepts: [], problems: [{ file, line: 1, message: `cannot read the term base: ${reason}`, severity: 'error' }] };
}

/** Reads and parses one term base file; a failure is a problem on line 1, never a throw. */
export async function readTermBaseFile(file: string): Promise<ParsedTermFile> {
  try {
    return parseTermBaseFile(file, (await readTermBaseText(file)).text);
  } catch (e) {
    return unreadableTermFile(file, e);
  }
}

/** What the parsed files of a load make: the merged term base, its problems, a line per file and the files that failed as a whole. */
export interface MergedTermFiles {
  termBase: TermBase;
  problems: GlossaryProblem[];
  summaries: string[];
  unreadable: string[];
}

/** Merges parsed term base files (`parsed[i]` is `files[i]`; earlier files win conflicts). Copies every concept. */
export function mergeTermFiles(files: readonly string[], parsed: readonly ParsedTermFile[]): MergedTermFiles {
  const merged = mergeTermBases(parsed);
  return {
    termBase: merged.termBase,
    problems: merged.problems,
    // One line per file, never one per bad row.
    summaries: files.map((f, i) => summarizeTermFile(f, parsed[i]!.concepts, merged.problems)),
    // A file that failed as a whole (missing, a device, binary, XXE, bad XML; not a skipped record):
    // a check without it is not a check, so callers can refuse to run.
    unreadable: files.filter((f, i) => parsed[i]!.problems.some((p) => p.severity === 'error' && !/skipped/.test(p.message))),
  };
}

/**
 * Reads and merges term base files in the order given (earlier files win conflicts). `summaries`
 * has one line per file for people (counts, and the first problem with how many there were). A path that is
 * a folder stands for the term base files in it. A file that cannot be read is a problem, not a
 * failure: the others still load. The parsed files are only read here (merging copies each concept).
 */
export async function loadGlossaryFiles(
  paths: readonly string[],
  /** How one file is read and parsed: the glossary store passes one that reuses an unchanged file's parse. */
  readOne: (file: string) => Promise<ParsedTermFile> = readTermBaseFile,
  /** How the parsed files are merged: the glossary store passes one that reuses the last merge of the same parses. */
  merge: (files: readonly string[], parsed: readonly ParsedTermFile[]) => MergedTermFiles = mergeTermFiles,
): Promise<{ termBase: TermBase; problems: GlossaryProblem[]; files: string[]; summaries: string[]; unreadable: string[] }> {
  const files: string[] = [];
  const problems: GlossaryProblem[] = [];
  for (const p of paths) {
    const stat = await fsp.stat(p).catch(() => null);
    if (stat?.isDirectory()) {
      try {
        files.push(...(await listGlossaryFiles(p)));
      } catch (e) {
        problems.push({ file: p, line: 0, message: `cannot read the term base folder: ${(e as Error).message}`, severity: 'error' });
      }
    }
    else if (stat) files.push(p);
    else problems.push({ file: p, line: 0, message: 'term base file not found', severity: 'error' });
  }
  const parsed = await Promise.all(files.map((f) => readOne(f)));
  const merged = merge(files, parsed);
  return {
    termBase: merged.termBase,
    problems: [...problems, ...merged.problems],
    files,
    // A path that could not be read has its line first, as a file does.
    summaries: [...problems.map((p) => `${p.file}: ${p.message}`), ...merged.summaries],
    unreadable: [...problems.map((p) => p.file), ...merged.unreadable],
  };
}
