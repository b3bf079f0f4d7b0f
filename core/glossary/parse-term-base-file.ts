import { parseCsvTermBase } from './parse-csv';
import { parseTbx } from './parse-tbx';
import { problem } from './problem';
import { dropOversizedTerms } from './term-length';
import type { ParsedTermFile } from './types';

/** File endings a term base may have. */
export const TERM_BASE_EXTENSIONS: readonly string[] = ['.tbx', '.csv', '.tsv'];

/** Parses one term base file by its ending: .tbx (TBX 2019 or 2008), .csv or .tsv. */
export function parseTermBaseFile(fileName: string, text: string): ParsedTermFile {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.tbx') || lower.endsWith('.xml')) return dropOversizedTerms(fileName, parseTbx(fileName, text));
  if (lower.endsWith('.csv') || lower.endsWith('.tsv')) return dropOversizedTerms(fileName, parseCsvTermBase(fileName, text));
  return { concepts: [], problems: [problem(fileName, 1, 'not a term base file: expected .tbx, .csv or .tsv')] };
}
