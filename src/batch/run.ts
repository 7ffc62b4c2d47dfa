import { realpath } from 'node:fs/promises';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Readable, Writable } from 'node:stream';
import { BatchError } from './errors';
import { ChunkBuilder, ItemKind, type ChunkResult } from './chunk';
import { inlineExecutor, poolExecutor, type Executor } from './executor';
import { openInput, parseRawItem, type RawItem } from './input';
import { lockOutput, type OutputLock } from './lock';
import { windowFor, type BatchConfig } from './options';
import { OrderedWriter } from './ordered-writer';
import { openFileOutput, stdoutOutput, type BatchOutput } from './output';
import { surelyOtherShard, type ChunkSettings } from './process-chunk';
import { shardKey } from './records';
import { describeKey, dropTornLine, findResumePoint, sameRecord, writtenLines, type ResumePoint, type WrittenLine } from './resume';
import { shardOf } from './shard';
import type { BatchStats } from './stats';
import { TallyCounter } from './tally';

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

/** Adds a raw item to the chunk being collected. */
function addItem(builder: ChunkBuilder, raw: RawItem): void {
  if (raw.kind === 'file') builder.add(ItemKind.file, 0, raw.bytes, 0, [raw.id]);
  else if (raw.kind === 'failedFile') builder.add(ItemKind.failedFile, 0, undefined, 0, [raw.id, raw.error.code, raw.error.message]);
  else if (raw.line.bytes === undefined) builder.add(ItemKind.longLine, raw.line.number, undefined, raw.line.length);
  else builder.add(raw.line.unterminated ? ItemKind.lastLine : ItemKind.line, raw.line.number, raw.line.bytes);
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
  const busyBefore = performance.eventLoopUtilization();
  if (config.resume && config.output === '-') throw new BatchError('usage', '--resume needs --out FILE: it continues that file');
  if (config.input !== '-' && config.output !== '-' && (await samePath(config.input, config.output))) {
    throw new BatchError('usage', `--in and --out are the same file (${config.output})`);
  }
  const inputSettings = { fields: config.fields, maxInputBytes: config.maxInputBytes };
  const input = await openInput(config.input, context.stdin, inputSettings);
  const settings: ChunkSettings = { options: config.options, ...inputSettings, shard: config.shard, ...(config.noop === true ? { noop: true } : {}) };
  const counts = new TallyCounter();
  let resumed = 0;
  let otherShards = 0;
  let interrupted = false;
  let point: ResumePoint | undefined;
  let output: BatchOutput | undefined;
  let executor: Executor | undefined;
  let lock: OutputLock | undefined;
  const progress = (): void =>
    context.onProgress?.({
      written: resumed + writer.count,
      processed: writer.count,
      bytesRead: input.bytesRead(),
      ...(input.totalBytes !== undefined ? { totalBytes: input.totalBytes } : {}),
      ...(input.totalRecords !== undefined ? { totalRecords: input.totalRecords } : {}),
    });
  const writer = new OrderedWriter<ChunkResult>(
    (bytes) => output!.write(bytes),
    config.window ?? windowFor(config.workers),
    (results) => {
      for (const result of results) {
        counts.add(result);
        otherShards += result.otherShards;
        for (const warning of result.warnings) context.onWarning?.(warning);
      }
      progress();
    },
  );

  try {
    if (config.output !== '-') lock = await lockOutput(config.output);
    point = config.resume ? await findResumePoint(config.output) : undefined;
    const openOutput = async (): Promise<BatchOutput> => {
      if (config.output === '-') return stdoutOutput(context.stdout);
      if (point === undefined) return openFileOutput(config.output, 'w');
      await dropTornLine(point);
      return openFileOutput(config.output, 'a');
    };
    const pool = config.workers === 0 ? inlineExecutor(settings) : poolExecutor(config.workers, config.workerUrl, settings);
    executor = pool;
    // A resumed file is opened only once its lines have been checked against the input.
    if (point === undefined) output = await openOutput();
    const { signal } = context;
    let existing: AsyncIterator<WrittenLine> | undefined = point !== undefined ? writtenLines(point)[Symbol.asyncIterator]() : undefined;
    const items = input.items[Symbol.asyncIterator]();

    // Records go to the workers in chunks of raw lines: one record at a time while a worker waits
    // (so a slow input still streams), full chunks while all are busy.
    const builder = new ChunkBuilder();
    let reading = true;
    const send = (): void => {
      const seq = writer.assign();
      pool.run(builder.take()).then(
        (result) => writer.put(seq, result),
        () => {
          // Only after close(): the run is being interrupted and these records will not be written.
        },
      );
    };
    pool.onDone = () => {
      if (reading && builder.items > 0 && pool.idle) send();
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
      const raw = next.value;
      if (existing !== undefined) {
        // --resume: the records already written are parsed here, to check them against the file.
        const item = parseRawItem(raw, inputSettings);
        if (item === undefined) continue; // a blank line
        if (config.shard !== undefined && shardOf(shardKey(item.key), config.shard.count) !== config.shard.index) {
          otherShards += 1;
          continue;
        }
        const done = await existing.next();
        if (done.done !== true) {
          if (!sameRecord(done.value.key, item.key)) {
            throw new BatchError(
              'usage',
              `--resume: line ${done.value.number} of ${config.output} is for ${describeKey(done.value.key)}, but the record in that place is ${describeKey(item.key)}; ` +
                'resume with the same input, --shard and --id-field',
            );
          }
          counts.record(done.value.error, done.value.warnings);
          resumed += 1;
          if (resumed % 1000 === 0) progress();
          continue;
        }
        existing = undefined;
      }
      // A record of another shard is mostly recognised here from its id's raw text, without parsing
      // it or sending it to a worker: a task of a large job array skips most of the corpus.
      if (config.shard !== undefined && raw.kind === 'line' && raw.line.bytes !== undefined && surelyOtherShard(raw.line.bytes, raw.line.number, config.fields.id, config.shard)) {
        otherShards += 1;
        continue;
      }
      output ??= await openOutput();
      addItem(builder, raw);
      if (builder.full || pool.idle) {
        if ((await orAborted(writer.room(), signal)) === ABORTED) {
          interrupted = true;
          break;
        }
        if (builder.items > 0) send(); // unless a worker that became free took it meanwhile
      }
    }
    reading = false;
    if (inputFailure !== undefined) {
      if (builder.items > 0 && output !== undefined) send();
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
      if (builder.items > 0) send();
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
    await lock?.release();
  }
  progress();

  const seconds = (performance.now() - started) / 1000;
  const processed = writer.count;
  return {
    records: resumed + processed,
    ...counts.tally(),
    processed,
    resumed,
    tornBytes: point !== undefined && output !== undefined ? point.size - point.complete : 0,
    otherShards,
    workers: config.workers,
    seconds,
    recordsPerSecond: seconds > 0 ? processed / seconds : 0,
    mainThreadBusy: performance.eventLoopUtilization(busyBefore).utilization,
    interrupted,
  };
}
