/**
 * The worker-thread side of `precis batch`: a piscina task function, built as its own file
 * (dist/cli/batch-worker.js). The settings arrive once, in the pool's `workerData`; the model is
 * loaded once per worker, on its first record. Each task is a chunk of raw input records; the worker
 * parses them, summarizes them and formats their output lines (see `chunkProcessor`).
 */
// piscina hands the pool's `workerData` to each thread as node's own workerData (read from
// node:worker_threads, so this file carries no copy of piscina).
import { workerData } from 'node:worker_threads';
import type { ChunkResult, RecordChunk } from './chunk';
import { chunkProcessor, type ChunkSettings } from './process-chunk';
import { htmlReady, recordSummarizer } from './summarize-record';

/** What the pool passes to every worker. */
export type BatchWorkerData = ChunkSettings;

const settings = workerData as BatchWorkerData;
const processChunk = chunkProcessor(settings, recordSummarizer(settings.options));

/** The output lines of a chunk of records, in order. */
export default async function summarizeChunk(chunk: RecordChunk): Promise<ChunkResult> {
  await htmlReady(); // once: precis/html, for HTML records
  return processChunk(chunk);
}
