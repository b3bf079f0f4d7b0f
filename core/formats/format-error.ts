/**
 * Why a file could not be read, with where: the file name and, when known, the 1-based line and
 * column (text formats) or byte offset (binary formats). The message is complete on its own so the
 * CLI and the app can show it as one line.
 */
export class FormatError extends Error {
  readonly fileName: string;
  readonly line?: number;
  readonly column?: number;
  readonly offset?: number;

  constructor(fileName: string, reason: string, where: { line?: number; column?: number; offset?: number } = {}) {
    super(`${fileName}${describeWhere(where)}: ${reason}`);
    this.name = 'FormatError';
    this.fileName = fileName;
    if (where.line !== undefined) this.line = where.line;
    if (where.column !== undefined) this.column = where.column;
    if (where.offset !== undefined) this.offset = where.offset;
  }
}

function describeWhere(where: { line?: number; column?: number; offset?: number }): string {
  if (where.line !== undefined) return where.column !== undefined ? `:${where.line}:${where.column}` : `:${where.line}`;
  if (where.offset !== undefined) return ` (byte ${where.offset})`;
  return '';
}
