import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { SummarizeOptions } from '../options';
import { formatError } from './format';
import type { RecordTask } from './records';
import { recordSummarizer, type RecordResult } from './summarize-record';
import type { BatchWorkerData } from './worker';

/** Where records are summarized: a pool of worker threads, or the main thread. */
export interface Executor {
  run(task: RecordTask): Promise<RecordResult>;
  /** Stops the workers; tasks still running are abandoned. */
  close(): Promise<void>;
}

/** Summarizes on the calling thread (`--workers 0`): no threads, the event loop blocks per record. */
export function inlineExecutor(options: SummarizeOptions): Executor {
  const summarizeRecord = recordSummarizer(options);
  return {
    run: (task) => Promise.resolve(summarizeRecord(task)),
    close: () => Promise.resolve(),
  };
}

/** Young-generation heap of each worker thread, in MB. */
const YOUNG_GENERATION_MB = 64;

/** Records sent to a worker in one message, at most (see `poolExecutor`). */
export const MAX_BATCH = 4;

/**
 * A piscina pool of `workers` threads running `workerUrl` (the built batch worker). Threads start
 * with the pool and stay up (min = max), so each loads the model once.
 *
 * Records go to the pool one at a time while a worker is free, and in batches of up to
 * `MAX_BATCH` while all are busy: each message between threads costs about 0.1 ms on both sides,
 * a few percent of a record's time, which two workers on two cores cannot spare. A batch waiting
 * to be sent always has a batch in flight ahead of it, whose completion sends it, so nothing waits
 * for a timer.
 */
export function poolExecutor(workers: number, workerUrl: URL, options: SummarizeOptions): Executor {
  // Without this check a missing script would turn every record into a SUMMARIZE_FAILED line.
  if (!existsSync(fileURLToPath(workerUrl))) throw new Error(`precis batch: the worker script ${fileURLToPath(workerUrl)} is missing (is the package built?)`);
  const workerData: BatchWorkerData = { options };
  const pool = new Piscina<readonly RecordTask[], RecordResult[]>({
    filename: workerUrl.href,
    minThreads: workers,
    maxThreads: workers,
    concurrentTasksPerWorker: 1,
    workerData,
    // Summarizing allocates much short-lived data: a young generation larger than V8's default
    // collects it with fewer scavenges and promotions (measured: about 5% less CPU per record).
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  let closed = false;
  let inFlight = 0;
  let pending: { task: RecordTask; resolve: (result: RecordResult) => void; reject: (error: unknown) => void }[] = [];

  const failed = (task: RecordTask, error: unknown): RecordResult => {
    // A worker that died (out of memory, a crash) fails its records, not the run.
    const message = `Summarizing failed in a worker: ${error instanceof Error ? error.message : String(error)}`;
    return { json: formatError(task.key, { code: 'SUMMARIZE_FAILED', message }), warnings: [], error: 'SUMMARIZE_FAILED' };
  };
  const send = (): void => {
    const batch = pending;
    pending = [];
    inFlight += 1;
    pool.run(batch.map((entry) => entry.task)).then(
      (results) => batch.forEach((entry, i) => entry.resolve(results[i]!)),
      (error: unknown) => batch.forEach((entry) => (closed ? entry.reject(error) : entry.resolve(failed(entry.task, error)))),
    ).finally(() => {
      inFlight -= 1;
      if (pending.length > 0 && !closed) send();
    });
  };

  return {
    run: (task) =>
      new Promise<RecordResult>((resolve, reject) => {
        pending.push({ task, resolve, reject });
        if (inFlight < workers || pending.length >= MAX_BATCH) send();
      }),
    close: async () => {
      closed = true;
      for (const entry of pending) entry.reject(new Error('closed'));
      pending = [];
      await pool.destroy();
    },
  };
}
