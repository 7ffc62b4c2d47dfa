import { createReadStream } from 'node:fs';
import { open, truncate } from 'node:fs/promises';
import { BatchError, reason } from './errors';
import { splitLines } from '../io/lines';
import type { BatchErrorCode, BatchWarningCode, RecordKey } from './records';

/** Where an interrupted output file can be continued. */
export interface ResumePoint {
  readonly file: string;
  /** Bytes of complete lines: everything up to and including the last newline. */
  readonly complete: number;
  /** The file's size; more than `complete` when the last line was torn by a kill. */
  readonly size: number;
}

/** A line already in the output, as far as resuming needs it. */
export interface WrittenLine {
  readonly number: number;
  readonly key: RecordKey;
  readonly error?: BatchErrorCode;
  readonly warnings: readonly BatchWarningCode[];
}

const BLOCK = 1 << 16;
/** Output lines are small; a longer "line" means the file is not a batch output. */
const MAX_OUTPUT_LINE = 64 << 20;

/**
 * Finds the end of the last complete line of `file` by reading backwards from its end (so the cost
 * does not grow with the file). `undefined` when the file does not exist: nothing to resume.
 */
export async function findResumePoint(file: string): Promise<ResumePoint | undefined> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new BatchError('unreadable', `cannot read ${file} to resume: ${reason(error)}`);
  }
  try {
    const { size } = await handle.stat();
    const buffer = Buffer.alloc(BLOCK);
    for (let end = size; end > 0; end -= BLOCK) {
      const start = Math.max(0, end - BLOCK);
      const { bytesRead } = await handle.read(buffer, 0, end - start, start);
      const at = buffer.subarray(0, bytesRead).lastIndexOf(0x0a);
      if (at !== -1) return { file, complete: start + at + 1, size };
    }
    return { file, complete: 0, size };
  } finally {
    await handle.close();
  }
}

function notOutput(point: ResumePoint, number: number, why: string): BatchError {
  return new BatchError('usage', `--resume: line ${number} of ${point.file} ${why}; is it the output of precis batch?`);
}

/** The complete lines already written, parsed, in order (streamed: memory stays flat). */
export async function* writtenLines(point: ResumePoint): AsyncGenerator<WrittenLine> {
  if (point.complete === 0) return;
  const stream = createReadStream(point.file, { start: 0, end: point.complete - 1, highWaterMark: BLOCK });
  try {
    for await (const raw of splitLines(stream, MAX_OUTPUT_LINE)) {
      if (raw.bytes === undefined) throw notOutput(point, raw.number, 'is too long');
      let value: unknown;
      try {
        value = JSON.parse(raw.bytes.toString('utf8'));
      } catch {
        throw notOutput(point, raw.number, 'is not JSON');
      }
      const line = value as { id?: unknown; line?: unknown; error?: { code?: unknown }; warnings?: unknown };
      const id = typeof line.id === 'string' || typeof line.id === 'number' ? line.id : undefined;
      const number = typeof line.line === 'number' ? line.line : undefined;
      if (typeof value !== 'object' || value === null || (id === undefined && number === undefined)) {
        throw notOutput(point, raw.number, 'has neither `id` nor `line`');
      }
      const key: RecordKey = id !== undefined && number !== undefined ? { id, line: number } : id !== undefined ? { id } : { line: number! };
      const warnings = Array.isArray(line.warnings) ? (line.warnings as BatchWarningCode[]) : [];
      yield typeof line.error?.code === 'string'
        ? { number: raw.number, key, error: line.error.code as BatchErrorCode, warnings }
        : { number: raw.number, key, warnings };
    }
  } catch (error) {
    if (error instanceof BatchError) throw error;
    throw new BatchError('unreadable', `cannot read ${point.file} to resume: ${reason(error)}`);
  } finally {
    stream.destroy();
  }
}

/** True when an output line was written for this input record. */
export function sameRecord(written: RecordKey, record: RecordKey): boolean {
  return written.id === record.id && written.line === record.line;
}

/** Describes a key for messages: `id "a" (line 3)`. */
export function describeKey(key: RecordKey): string {
  const id = key.id !== undefined ? `id ${key.rawId ?? JSON.stringify(key.id)}` : '';
  const line = key.line !== undefined ? `line ${key.line}` : '';
  return id && line ? `${id} (${line})` : id || line;
}

/** Cuts a torn last line off, so that appending continues after the last complete line. */
export async function dropTornLine(point: ResumePoint): Promise<void> {
  if (point.size === point.complete) return;
  try {
    await truncate(point.file, point.complete);
  } catch (error) {
    throw new BatchError('unreadable', `cannot truncate the torn last line of ${point.file}: ${reason(error)}`);
  }
}
