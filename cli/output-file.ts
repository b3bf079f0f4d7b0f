/**
 * Where `-o FILE` writes. `-o -` is standard output (the Unix convention; DOCX goes there as its
 * bytes). A file (or a link to one) is replaced whole by the atomic writer, so a kill or a full disk
 * leaves the old file; the link stays a link. A stream the user names (/dev/stdout, /dev/null, a
 * FIFO) has no old content to keep: it is written straight, never replaced by a file. A folder is
 * refused. Errors are one line naming the file, no temp names.
 */
import * as fsp from 'node:fs/promises';
import { NotAFileError, writeFileAtomic } from '../services/atomic-write';
import { CliError } from './errors';

/** The `-o` name that means standard output, as `cat -` and `tar -f -` read it. */
export const STDOUT_NAME = '-';

/**
 * Names of this process's own standard output. Written through process.stdout, not opened: when the
 * parent gave it a socket (Node's child_process does), opening /dev/stdout fails with ENXIO.
 */
const STDOUT_NAMES = new Set([STDOUT_NAME, '/dev/stdout', '/dev/fd/1', '/proc/self/fd/1']);

/** Whether output named by `-o` (undefined: no -o given) goes to standard output. */
export function isStdout(file: string | undefined): boolean {
  return file === undefined || STDOUT_NAMES.has(file);
}

/**
 * Whether `-o` names a stream (-, /dev/stdout, a FIFO, a socket, /dev/null): it takes what is written
 * in turn, so a command that saves as it goes (draft) writes it once, at the end.
 */
export async function isStream(file: string): Promise<boolean> {
  if (STDOUT_NAMES.has(file)) return true;
  const info = await fsp.stat(file).catch(() => null); // follows links: /dev/stdout → the pipe or terminal
  return info !== null && (info.isFIFO() || info.isCharacterDevice() || info.isSocket());
}

export async function writeOutputFile(file: string, data: string | Uint8Array): Promise<void> {
  // A failing standard output (full, closed) is handled once, by cli/index.ts, as without -o.
  if (STDOUT_NAMES.has(file)) return void process.stdout.write(data);
  try {
    const info = await fsp.stat(file).catch(() => null); // follows links: /dev/stdout → the pipe or terminal
    if (info?.isDirectory()) throw new NotAFileError(file, 'is a directory');
    if (info && (info.isFIFO() || info.isCharacterDevice() || info.isSocket())) {
      await fsp.writeFile(file, data);
      return;
    }
    if (info && !info.isFile()) throw new NotAFileError(file, 'is a device, not a file');
    // Through a link, the file it points to is replaced (realpath); the link itself stays.
    const target = info && (await fsp.lstat(file)).isSymbolicLink() ? await fsp.realpath(file) : file;
    await writeFileAtomic(target, data);
  } catch (err) {
    throw new CliError(`cannot write ${file}: ${describeWriteError(err)}`);
  }
}

/** An I/O error in words, without the temp file's name node puts in its message. */
export function describeWriteError(err: unknown): string {
  if (err instanceof NotAFileError) return err.reason;
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'its folder does not exist';
    case 'ENOTDIR':
      return 'part of the path is not a folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EDQUOT':
      return 'disk quota exceeded';
    case 'EROFS':
      return 'read-only file system';
    case 'EISDIR':
      return 'is a directory';
    default:
      return code ? `${code}` : (err as Error).message;
  }
}
