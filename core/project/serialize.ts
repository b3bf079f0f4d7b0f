import { findIdProblem } from './check-ids';
import { parseTree, findNodeAtLocation } from 'jsonc-parser';
import type { Node as JsonNode } from 'jsonc-parser';
import { PROJECT_SCHEMA_VERSION } from '../model/types';
import type { Project } from '../model/types';
import { projectSchema } from './schema';

/** Marks a JSON file as a Duizhao project, so a stray JSON file is refused with a clear message. */
export const PROJECT_FORMAT = 'duizhao-project';
export { PROJECT_EXTENSION } from './extension';

/** A project file that cannot be read; names the file, and the line/column and JSON path at fault. */
export class ProjectFileError extends Error {
  constructor(
    readonly fileName: string,
    readonly problem: string,
    readonly line?: number,
    readonly column?: number,
    readonly jsonPath?: string,
  ) {
    super(`${fileName}${line ? `:${line}:${column ?? 1}` : ''}: ${jsonPath ? `${jsonPath}: ` : ''}${problem}`);
    this.name = 'ProjectFileError';
  }
}

/**
 * A project as human-readable JSON: the structure indented, each record (sentence, bead, flag,
 * settings) on one line of its own. A translator can read and diff two saves line by line or
 * repair a file by hand, and a 5,000-bead project stays far smaller than fully indented JSON.
 */
export function serializeProject(project: Project): string {
  const { version, ...rest } = project;
  return `${writeJson({ format: PROJECT_FORMAT, version, ...rest }, '')}\n`;
}

/** True when `value` holds, at any depth, an array with an object in it: such values are laid out over several lines. */
function holdsRecordList(value: object): boolean {
  for (const child of Object.values(value)) {
    if (child === null || typeof child !== 'object') continue;
    if (Array.isArray(child) && child.some((c) => c !== null && typeof c === 'object')) return true;
    if (holdsRecordList(child)) return true;
  }
  return false;
}

function writeJson(value: unknown, indent: string): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const isList = Array.isArray(value);
  if (!(isList ? value.some((v) => v !== null && typeof v === 'object') : holdsRecordList(value))) return JSON.stringify(value);
  const inner = `${indent}  `;
  if (isList) return `[\n${value.map((v) => inner + writeJson(v, inner)).join(',\n')}\n${indent}]`;
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${writeJson(v, inner)}`).join(',\n')}\n${indent}}`;
}

/**
 * Upgrades from older schema versions, keyed by the version they read. Each step returns the raw
 * object of the next version; the last result is validated by the current schema.
 */
const MIGRATIONS: Record<number, (raw: Record<string, unknown>) => Record<string, unknown>> = {
  // 1: (raw) => ({ ...raw, version: 2, … }),
};

/** Bring a raw project object to the current schema version, or explain why it cannot be. */
export function migrateProject(raw: Record<string, unknown>, fileName: string): Record<string, unknown> {
  const declared = raw.version;
  if (typeof declared !== 'number' || !Number.isInteger(declared)) {
    throw new ProjectFileError(fileName, 'missing or invalid schema "version"', undefined, undefined, 'version');
  }
  let version: number = declared;
  if (version > PROJECT_SCHEMA_VERSION) {
    throw new ProjectFileError(fileName, `written by a newer Duizhao (schema version ${version}); this version reads up to ${PROJECT_SCHEMA_VERSION}`);
  }
  let current = raw;
  while (version < PROJECT_SCHEMA_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) throw new ProjectFileError(fileName, `schema version ${version} is no longer supported`);
    current = step(current);
    version = current.version as number;
  }
  return current;
}

/**
 * Read a project file's text. Every failure is a ProjectFileError naming the file and, where the
 * JSON or the schema is at fault, the line, column and JSON path (e.g. `alignments.en.beads.3.score`).
 */
export function parseProject(text: string, fileName: string): Project {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (err) {
    const { line, column } = syntaxErrorPosition(body, err);
    // The engine's message quotes the text ("root:x:0:0"... is not valid JSON): say what, never echo content.
    throw new ProjectFileError(fileName, `not valid JSON (${/unexpected end/i.test(firstLine(err)) ? 'the text ends too early' : 'unexpected character'})`, line, column);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ProjectFileError(fileName, 'not a Duizhao project (expected a JSON object)', 1, 1);
  }
  const record = raw as Record<string, unknown>;
  if (record.format !== undefined && record.format !== PROJECT_FORMAT) {
    throw new ProjectFileError(fileName, `not a Duizhao project (format is not "${PROJECT_FORMAT}")`, undefined, undefined, 'format');
  }
  const migrated = migrateProject(record, fileName);
  const result = projectSchema.safeParse(migrated);
  if (result.success) {
    const problem = findIdProblem(result.data);
    if (!problem) return result.data;
    const at = locate(body, problem.path.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k)));
    throw new ProjectFileError(fileName, problem.message, at?.line, at?.column, problem.path);
  }
  const issue = result.error.issues[0]!;
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const where = locate(body, path);
  const more = result.error.issues.length > 1 ? ` (and ${result.error.issues.length - 1} more problems)` : '';
  throw new ProjectFileError(fileName, issue.message + more, where?.line, where?.column, path.join('.') || undefined);
}

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0]!;
}

/** Line and column (1-based) of an offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** JSON.parse reports "position N" (V8) or "line L column C"; fall back to the end of the text. */
function syntaxErrorPosition(text: string, err: unknown): { line: number; column: number } {
  const message = firstLine(err);
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(message);
  return lineColumn(text, pos ? Number(pos[1]) : text.length);
}

/**
 * Where a JSON path is in the text: the deepest existing node on the path (a missing property is
 * reported at the object that lacks it). Only run on failure, so the second parse costs nothing
 * on the happy path.
 */
function locate(text: string, path: Array<string | number>): { line: number; column: number } | undefined {
  const root = parseTree(text);
  if (!root) return undefined;
  let node: JsonNode | undefined;
  for (let depth = path.length; depth >= 0 && !node; depth--) node = findNodeAtLocation(root, path.slice(0, depth));
  return node ? lineColumn(text, node.offset) : undefined;
}
