/**
 * Reading a file the user named, bounded: only regular files (a device such as /dev/zero, a FIFO
 * or a folder is refused before a byte is read: their stat size is 0 and a read never ends), and
 * never more than `maxBytes` even if the file grows while it is read.
 */
import { constants } from 'node:fs';
import * as fsp from 'node:fs/promises';

/** Why a file was not read; the message starts with the path and never quotes its content. */
export class ReadFileError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'ReadFileError';
  }
}

/** What a non-regular file is, in words. */
function kindOf(info: { isDirectory(): boolean; isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): string {
  if (info.isDirectory()) return 'is a directory';
  if (info.isFIFO()) return 'is a pipe (FIFO), not a file';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'is a device, not a file';
  if (info.isSocket()) return 'is a socket, not a file';
  return 'is not a regular file';
}

/** `tooLarge` words the refusal of a file over `maxBytes` (given its size). */
export interface ReadRegularOptions {
  maxBytes: number;
  tooLarge?: (size: number) => string;
}

/** The bytes of a regular file of at most `maxBytes`; ReadFileError otherwise (I/O errors in words). */
export async function readRegularFile(path: string, options: ReadRegularOptions): Promise<Uint8Array> {
  const tooLarge = options.tooLarge ?? ((size: number) => `file is ${size} bytes; the limit is ${options.maxBytes}`);
  let handle: fsp.FileHandle | undefined;
  try {
    // stat first: opening a FIFO for reading would block until a writer appears.
    const before = await fsp.stat(path);
    if (!before.isFile()) throw new ReadFileError(path, kindOf(before));
    if (before.size > options.maxBytes) throw new ReadFileError(path, tooLarge(before.size));
    handle = await fsp.open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = await handle.stat(); // the file opened may not be the one stat saw (a swap in between)
    if (!info.isFile()) throw new ReadFileError(path, kindOf(info));
    if (info.size > options.maxBytes) throw new ReadFileError(path, tooLarge(info.size));
    // Read at most one byte past the stat size: a file growing while read is refused, not read forever.
    const buffer = new Uint8Array(info.size + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > info.size) throw new ReadFileError(path, 'grew while it was being read; try again when it is complete');
    return buffer.subarray(0, filled);
  } catch (err) {
    if (err instanceof ReadFileError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : `cannot be read (${code ?? 'I/O error'})`;
    throw new ReadFileError(path, reason);
  } finally {
    await handle?.close();
  }
}
