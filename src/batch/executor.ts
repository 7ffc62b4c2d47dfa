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

/**
 * A piscina pool of `workers` threads running `workerUrl` (the built batch worker). Threads start
 * with the pool and stay up (min = max), so each loads the model once.
 */
export function poolExecutor(workers: number, workerUrl: URL, options: SummarizeOptions): Executor {
  // Without this check a missing script would turn every record into a SUMMARIZE_FAILED line.
  if (!existsSync(fileURLToPath(workerUrl))) throw new Error(`precis batch: the worker script ${fileURLToPath(workerUrl)} is missing (is the package built?)`);
  const workerData: BatchWorkerData = { options };
  const pool = new Piscina<RecordTask, RecordResult>({
    filename: workerUrl.href,
    minThreads: workers,
    maxThreads: workers,
    concurrentTasksPerWorker: 1,
    workerData,
  });
  let closed = false;
  return {
    run: (task) =>
      pool.run(task).catch((error: unknown) => {
        if (closed) throw error;
        // A worker that died (out of memory, a crash) fails its record, not the run.
        const message = `Summarizing failed in a worker: ${error instanceof Error ? error.message : String(error)}`;
        return { json: formatError(task.key, { code: 'SUMMARIZE_FAILED', message }), warnings: [], error: 'SUMMARIZE_FAILED' as const };
      }),
    close: async () => {
      closed = true;
      await pool.destroy();
    },
  };
}
