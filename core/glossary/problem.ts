import type { GlossaryProblem } from './types';

/** A problem in a term base file: file and line first, so every message can point at the spot. */
export function problem(file: string, line: number, message: string, severity: GlossaryProblem['severity'] = 'error'): GlossaryProblem {
  return { file, line, message, severity };
}

/** "dir/name.zh-en.csv" → "name.zh-en.csv": ids and messages use the bare name. */
export function baseName(file: string): string {
  const parts = file.split(/[\\/]/);
  return parts[parts.length - 1] ?? file;
}

/** Problems in reading order (stable: same-line problems keep the order they were found in). */
export function byLine(problems: GlossaryProblem[]): GlossaryProblem[] {
  return [...problems].sort((a, b) => a.line - b.line);
}
