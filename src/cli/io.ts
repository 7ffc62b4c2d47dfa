import { readFile } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';

/** The process's streams, injected so tests run the CLI in-process. */
export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
  /** True when stderr is a terminal (progress bars are drawn only then). */
  readonly stderrIsTTY: boolean;
}

/** Exit codes of every precis command. */
export const EXIT = Object.freeze({ ok: 0, usage: 1, unreadable: 2, recordErrors: 3, interrupted: 130 });

/** An error the CLI reports as one line and turns into an exit code. */
export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode: number) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

/** A short reason for a file-system error, e.g. `no such file or directory`. */
export function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/** Reads all of a stream as UTF-8. */
export async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads a text file, or stdin for `-` / no file. Unreadable input is a CliError with exit code 2. */
export async function readText(file: string | undefined, io: CliIo): Promise<string> {
  if (file === undefined || file === '-') return readAll(io.stdin);
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new CliError(`precis: cannot read ${file}: ${reason(error)}`, EXIT.unreadable);
  }
}

/** Writes to a stream and resolves when it has been flushed (or the stream's buffer accepted it). */
export function write(stream: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (error) => (error ? reject(error) : resolve()));
  });
}
