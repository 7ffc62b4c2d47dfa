/**
 * The worker-thread side of `precis batch`: a piscina task function, built as its own file
 * (dist/cli/batch-worker.js). The summarize options arrive once, in the pool's `workerData`; the model
 * is loaded once per worker, on its first record.
 */
// piscina hands the pool's `workerData` to each thread as node's own workerData (read from
// node:worker_threads, so this file carries no copy of piscina).
import { workerData } from 'node:worker_threads';
import type { SummarizeOptions } from '../options';
import type { RecordTask } from './records';
import { recordSummarizer, type RecordResult } from './summarize-record';

/** What the pool passes to every worker. */
export interface BatchWorkerData {
  readonly options: SummarizeOptions;
}

const summarizeRecord = recordSummarizer((workerData as BatchWorkerData).options);

/** Summarizes a batch of records (see `poolExecutor`), in order. */
export default function summarizeTasks(tasks: readonly RecordTask[]): RecordResult[] {
  return tasks.map(summarizeRecord);
}
