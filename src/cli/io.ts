import type { Readable, Writable } from 'node:stream';
import { reason } from '../io/errno';

export { isClosedPipe, reason } from '../io/errno';

/** The process's streams, injected so tests run the CLI in-process. */
export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
  /** True when stderr is a terminal (progress bars are drawn only then). */
  readonly stderrIsTTY: boolean;
  /** True when stdin is a terminal: `precis` with no file then prints its usage instead of waiting. */
  readonly stdinIsTTY?: boolean;
}

/**
 * Exit codes of every precis command. `brokenPipe` is what a shell reports for a process that a
 * closed pipe stopped (128 + SIGPIPE), as `yes | head` or `cat big | head` end.
 */
export const EXIT = Object.freeze({ ok: 0, usage: 1, unreadable: 2, recordErrors: 3, internal: 70, interrupted: 130, brokenPipe: 141 });

/** An error the CLI reports as one line and turns into an exit code. */
export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode: number) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

/** Reads all of a stream as bytes. */
export async function readAllBytes(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/** Writes to a stream and resolves when it has been flushed (or the stream's buffer accepted it). */
export function write(stream: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (error) => (error ? reject(error) : resolve()));
  });
}
