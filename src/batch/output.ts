import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { BatchError, reason } from './errors';
import type { Sink } from './ordered-writer';

/** Where output lines go: a file or stdout. */
export interface BatchOutput {
  readonly write: Sink;
  /** Flushes and closes a file; leaves stdout open. */
  close(): Promise<void>;
}

function sinkOf(stream: Writable, name: string): Sink {
  let failure: unknown;
  stream.on('error', (error) => {
    failure = error;
  });
  const cannot = (error: unknown): BatchError => new BatchError('unreadable', `cannot write ${name}: ${reason(error)}`);
  return (chunk) =>
    new Promise((resolve, reject) => {
      if (failure !== undefined) {
        reject(cannot(failure));
        return;
      }
      // The callback runs once the chunk has been handed to the OS: a kill after that keeps it.
      stream.write(chunk, (error) => (error ? reject(cannot(error)) : resolve()));
    });
}

/** stdout (`-`): never closed here. */
export function stdoutOutput(stdout: Writable): BatchOutput {
  return { write: sinkOf(stdout, 'stdout'), close: () => Promise.resolve() };
}

/** Opens `file` for writing (`w`, truncating) or appending (`a`, for --resume). */
export async function openFileOutput(file: string, flags: 'w' | 'a'): Promise<BatchOutput> {
  const stream = createWriteStream(file, { flags });
  try {
    await once(stream, 'open');
  } catch (error) {
    throw new BatchError('unreadable', `cannot write ${file}: ${reason(error)}`);
  }
  const write = sinkOf(stream, file);
  return {
    write,
    close: async () => {
      if (stream.closed) return;
      const closed = once(stream, 'close');
      stream.end();
      await closed;
    },
  };
}
