import { createWriteStream, fstatSync, write as writeFd } from 'node:fs';
import { stat, truncate } from 'node:fs/promises';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { BatchError, isClosedPipe, reason } from './errors';
import type { Sink } from './ordered-writer';

/** Where output lines go: a file or stdout. */
export interface BatchOutput {
  readonly write: Sink;
  /** True for a regular file, which holds only complete lines after a failed write (see `openFileOutput`). */
  readonly regularFile: boolean;
  /** Flushes and closes a file; leaves stdout open. */
  close(): Promise<void>;
}

/**
 * The error that stops a run when `name` cannot take more lines: `closed` when its reader went away
 * (`precis batch | head`), `unwritable` otherwise (a full disk, a file size limit, an I/O error).
 */
function writeError(error: unknown, name: string, torn: string): BatchError {
  if (error instanceof BatchError) return error;
  if (isClosedPipe(error)) return new BatchError('closed', `cannot write ${name}: ${reason(error)}`);
  return new BatchError('unwritable', `cannot write ${name}: ${reason(error)}${torn}`);
}

/**
 * A sink on a stream. `onFailure` runs once, after the first failed write and before the sink
 * rejects, with the number of bytes of earlier chunks the stream took in full.
 */
function streamSink(stream: Writable, name: string, onFailure: (committed: number) => Promise<string>): Sink {
  let failure: unknown;
  let committed = 0;
  let reported: Promise<BatchError> | undefined;
  stream.on('error', (error) => {
    failure ??= error;
  });
  const fail = (error: unknown): Promise<never> => {
    failure ??= error;
    reported ??= onFailure(committed).then((torn) => writeError(failure, name, torn));
    return reported.then((e) => Promise.reject(e));
  };
  return (chunk) => {
    if (failure !== undefined) return fail(failure);
    const bytes = chunk.byteLength;
    return new Promise<void>((resolve, reject) => {
      try {
        // The callback runs once the chunk has been handed to the OS: a kill after that keeps it.
        stream.write(chunk, (error) => {
          if (error) reject(error);
          else {
            committed += bytes;
            resolve();
          }
        });
      } catch (error) {
        reject(error); // a synchronous stream (stdout on a file) may throw
      }
    }).catch(fail);
  };
}

/**
 * A sink on a file descriptor that is a regular file (stdout redirected to a file): Node's stdout
 * stream for files ignores a short write (the disk filling up part-way through a chunk), so the
 * last lines could be lost without an error; this writes the rest of the chunk again, which then
 * fails with the reason.
 */
function fdSink(fd: number, name: string): Sink {
  let failure: unknown;
  const writeSome = (buffer: Buffer, offset: number): Promise<number> =>
    new Promise((resolve, reject) => writeFd(fd, buffer, offset, buffer.length - offset, null, (error, written) => (error ? reject(error) : resolve(written))));
  const torn = ' (the last line on stdout may be incomplete: --out FILE keeps only complete lines)';
  return async (chunk) => {
    if (failure !== undefined) throw writeError(failure, name, torn);
    const buffer = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let offset = 0;
    try {
      while (offset < buffer.length) offset += await writeSome(buffer, offset);
    } catch (error) {
      failure = error;
      throw writeError(error, name, offset > 0 ? torn : '');
    }
  };
}

/** The file descriptor of `stream` when it is a regular file (stdout redirected with `>`). */
function regularFileFd(stream: Writable): number | undefined {
  const fd = (stream as { fd?: unknown }).fd;
  if (typeof fd !== 'number') return undefined;
  try {
    return fstatSync(fd).isFile() ? fd : undefined;
  } catch {
    return undefined;
  }
}

/** stdout (`-`): never closed here. */
export function stdoutOutput(stdout: Writable): BatchOutput {
  const fd = regularFileFd(stdout);
  const write = fd !== undefined ? fdSink(fd, 'stdout') : streamSink(stdout, 'stdout', () => Promise.resolve(''));
  return { write, regularFile: false, close: () => Promise.resolve() };
}

/**
 * Opens `file` for writing (`w`, truncating) or appending (`a`, for --resume). When a write fails
 * (a full disk), a regular file is cut back to the end of the last chunk written in full, so that it
 * holds only complete lines: valid JSON Lines, and a prefix `--resume` continues.
 */
export async function openFileOutput(file: string, flags: 'w' | 'a'): Promise<BatchOutput> {
  const stream = createWriteStream(file, { flags });
  let start: number;
  let regular: boolean;
  try {
    await once(stream, 'open');
    const info = await stat(file);
    start = flags === 'a' ? info.size : 0;
    regular = info.isFile();
  } catch (error) {
    stream.destroy();
    throw new BatchError('unwritable', `cannot write ${file}: ${reason(error)}`);
  }
  const write = streamSink(stream, file, async (committed) => {
    if (!regular) return '';
    try {
      await truncate(file, start + committed);
      return '';
    } catch (error) {
      return ` (and the partly written last line could not be removed: ${reason(error)})`;
    }
  });
  return {
    write,
    regularFile: regular,
    close: async () => {
      if (stream.closed) return;
      if (stream.destroyed) {
        // A failed write destroyed the stream, and its error has been reported: wait for the fd to close.
        await new Promise<void>((resolve) => stream.once('close', () => resolve()));
        return;
      }
      const closed = once(stream, 'close');
      stream.end();
      try {
        await closed;
      } catch (error) {
        throw writeError(error, file, '');
      }
    },
  };
}
