import { realpath } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { BatchError } from './errors';
import { inlineExecutor, poolExecutor, type Executor } from './executor';
import { formatError } from './format';
import { openInput } from './input';
import { windowFor, type BatchConfig } from './options';
import { OrderedWriter } from './ordered-writer';
import { openFileOutput, stdoutOutput, type BatchOutput } from './output';
import { isFailure, shardKey, type BatchItem } from './records';
import { describeKey, dropTornLine, findResumePoint, sameRecord, writtenLines, type ResumePoint, type WrittenLine } from './resume';
import { shardOf } from './shard';
import type { RecordResult } from './summarize-record';
import { CodeCounts, type BatchStats } from './stats';

/** How far a run has come, for a progress bar. */
export interface BatchProgress {
  /** Lines in the output so far (resumed ones included). */
  readonly written: number;
  /** Of `written`, lines written by this run. */
  readonly processed: number;
  /** Bytes of input read (compressed bytes for gzip). */
  readonly bytesRead: number;
  /** Size of the input file, when it is one. */
  readonly totalBytes?: number;
  /** Number of records, when known before reading (directories). */
  readonly totalRecords?: number;
}

/** The process around a run: its standard streams, an interruption signal, a progress callback. */
export interface BatchContext {
  readonly stdin: Readable;
  readonly stdout: Writable;
  /** Aborting stops the run after the chunk of lines being written; the result has `interrupted`. */
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: BatchProgress) => void;
  /** A problem with a record that did not stop it (bytes that are not UTF-8), in words. */
  readonly onWarning?: (message: string) => void;
}

const ABORTED = Symbol('aborted');

/**
 * `promise`, or `ABORTED` as soon as `signal` aborts. Unlike `Promise.race` against one long-lived
 * abort promise, this leaves nothing behind once `promise` settles (race would keep a reaction
 * per call on the pending promise: a leak of a few hundred bytes per record).
 */
function orAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T | typeof ABORTED> {
  if (signal === undefined) return promise;
  if (signal.aborted) return Promise.resolve(ABORTED);
  return new Promise((resolve, reject) => {
    const onAbort = (): void => resolve(ABORTED);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

function invalidUtf8Warning(item: BatchItem): string {
  const within = item.key.line !== undefined ? 'line' : 'file';
  return `${describeKey(item.key)} is not valid UTF-8 (first invalid byte at byte offset ${item.invalidUtf8} of the ${within}, counting from 0); each invalid sequence was read as U+FFFD`;
}

async function samePath(a: string, b: string): Promise<boolean> {
  const real = async (p: string): Promise<string> => realpath(p).catch(() => resolve(p));
  return (await real(a)) === (await real(b));
}

/**
 * Summarizes every record of `config.input` into `config.output`, one line per record in input
 * order, and resolves to the run's statistics. Per-record problems become error lines; a
 * `BatchError` is thrown only for what stops the whole run (bad arguments, unreadable input,
 * unwritable output, a `--resume` that does not match the input).
 */
export async function runBatch(config: BatchConfig, context: BatchContext): Promise<BatchStats> {
  const started = performance.now();
  if (config.resume && config.output === '-') throw new BatchError('usage', '--resume needs --out FILE: it continues that file');
  if (config.input !== '-' && config.output !== '-' && (await samePath(config.input, config.output))) {
    throw new BatchError('usage', `--in and --out are the same file (${config.output})`);
  }
  const input = await openInput(config.input, context.stdin, { fields: config.fields, maxInputBytes: config.maxInputBytes });
  const counts = new CodeCounts();
  let resumed = 0;
  let otherShards = 0;
  let interrupted = false;
  let point: ResumePoint | undefined;
  let output: BatchOutput | undefined;
  let executor: Executor | undefined;
  const progress = (): void =>
    context.onProgress?.({
      written: resumed + writer.count,
      processed: writer.count,
      bytesRead: input.bytesRead(),
      ...(input.totalBytes !== undefined ? { totalBytes: input.totalBytes } : {}),
      ...(input.totalRecords !== undefined ? { totalRecords: input.totalRecords } : {}),
    });
  const writer = new OrderedWriter<RecordResult>(
    (chunk) => output!.write(chunk),
    config.window ?? windowFor(config.workers),
    (lines) => {
      for (const line of lines) counts.add(line.error, line.warnings);
      progress();
    },
  );

  try {
    point = config.resume ? await findResumePoint(config.output) : undefined;
    const openOutput = async (): Promise<BatchOutput> => {
      if (config.output === '-') return stdoutOutput(context.stdout);
      if (point === undefined) return openFileOutput(config.output, 'w');
      await dropTornLine(point);
      return openFileOutput(config.output, 'a');
    };
    const pool = config.workers === 0 ? inlineExecutor(config.options) : poolExecutor(config.workers, config.workerUrl, config.options);
    executor = pool;
    // A resumed file is opened only once its lines have been checked against the input.
    if (point === undefined) output = await openOutput();
    const { signal } = context;
    let existing: AsyncIterator<WrittenLine> | undefined = point !== undefined ? writtenLines(point)[Symbol.asyncIterator]() : undefined;
    const items = input.items[Symbol.asyncIterator]();

    const dispatch = (item: BatchItem): void => {
      const seq = writer.assign();
      if (isFailure(item)) {
        writer.put(seq, { json: formatError(item.key, item.error), warnings: [], error: item.error.code });
        return;
      }
      pool.run(item).then(
        (result) => writer.put(seq, result),
        () => {
          // Only after close(): the run is being interrupted and this record will not be written.
        },
      );
    };

    let inputFailure: BatchError | undefined;
    for (;;) {
      const pending = items.next();
      pending.catch(() => {}); // still pending when interrupted: its failure must not go unhandled
      let next;
      try {
        next = await orAborted(pending, signal);
      } catch (error) {
        // The input stops part-way (a cut-off gzip file, a read error): what was read is still
        // written below, and the error then says where the input stopped.
        if (!(error instanceof BatchError)) throw error;
        inputFailure = error;
        break;
      }
      if (next === ABORTED) {
        interrupted = true;
        break;
      }
      if (next.done === true) break;
      const item = next.value;
      if (config.shard !== undefined && shardOf(shardKey(item.key), config.shard.count) !== config.shard.index) {
        otherShards += 1;
        continue;
      }
      if (existing !== undefined) {
        const done = await existing.next();
        if (done.done !== true) {
          if (!sameRecord(done.value.key, item.key)) {
            throw new BatchError(
              'usage',
              `--resume: line ${done.value.number} of ${config.output} is for ${describeKey(done.value.key)}, but the record in that place is ${describeKey(item.key)}; ` +
                'resume with the same input, --shard and --id-field',
            );
          }
          counts.add(done.value.error, done.value.warnings);
          resumed += 1;
          if (resumed % 1000 === 0) progress();
          continue;
        }
        existing = undefined;
      }
      output ??= await openOutput();
      if ((await orAborted(writer.room(), signal)) === ABORTED) {
        interrupted = true;
        break;
      }
      if (item.invalidUtf8 !== undefined) context.onWarning?.(invalidUtf8Warning(item));
      dispatch(item);
    }
    if (inputFailure !== undefined) {
      // Every record dispatched has its output open already.
      if ((await orAborted(writer.idle(), signal)) === ABORTED) interrupted = true;
      const lines = resumed + writer.count;
      const name = config.output === '-' ? 'stdout' : config.output;
      const kept =
        lines === 0
          ? `nothing was written to ${name}`
          : `the ${lines} ${lines === 1 ? 'record' : 'records'} before it ${lines === 1 ? 'is' : 'are'} in ${name}, each a complete line`;
      const next = config.output === '-' ? '' : ' (once the input is complete, --resume adds the rest)';
      throw new BatchError(inputFailure.failure, `${inputFailure.message}; ${kept}${next}`);
    }
    if (!interrupted && existing !== undefined) {
      const extra = await existing.next();
      if (extra.done !== true) {
        throw new BatchError(
          'usage',
          `--resume: ${config.output} has more lines than the input has records (line ${extra.value.number} is for ${describeKey(extra.value.key)}); ` +
            'resume with the same input, --shard and --id-field',
        );
      }
    }
    if (!interrupted) {
      output ??= await openOutput();
      if ((await orAborted(writer.idle(), signal)) === ABORTED) interrupted = true;
    }
  } catch (error) {
    if (error instanceof BatchError && error.failure === 'unwritable' && output?.regularFile === true) {
      const lines = resumed + writer.count;
      throw new BatchError('unwritable', `${error.message}; its first ${lines} ${lines === 1 ? 'line is' : 'lines are'} complete: run again with --resume to add the rest`);
    }
    throw error;
  } finally {
    input.close();
    await writer.stop();
    await executor?.close();
    await output?.close();
  }
  progress();

  const seconds = (performance.now() - started) / 1000;
  const processed = writer.count;
  return {
    records: resumed + processed,
    ok: counts.ok,
    errors: counts.errors,
    errorCodes: counts.errorCodes,
    warningCodes: counts.warningCodes,
    processed,
    resumed,
    tornBytes: point !== undefined && output !== undefined ? point.size - point.complete : 0,
    otherShards,
    workers: config.workers,
    seconds,
    recordsPerSecond: seconds > 0 ? processed / seconds : 0,
    interrupted,
  };
}
