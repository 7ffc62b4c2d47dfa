import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { ChunkResult, RecordChunk } from './chunk';
import { PrecisError } from '../entries/internal';
import { formatError } from './format';
import { chunkProcessor, type ChunkSettings } from './process-chunk';
import type { RecordTask } from './records';
import { htmlReady, recordSummarizer, type RecordResult } from './summarize-record';

/** Where chunks of records become output lines: a pool of worker threads, or the main thread. */
export interface Executor {
  run(chunk: RecordChunk): Promise<ChunkResult>;
  /** True when a worker is waiting for work (a chunk sent now starts at once). */
  readonly idle: boolean;
  /** Called after each chunk is done. */
  onDone?: () => void;
  /** Stops the workers; chunks still running are abandoned. */
  close(): Promise<void>;
}

/** Summarizes on the calling thread (`--workers 0`): no threads, the event loop blocks per chunk. */
export function inlineExecutor(settings: ChunkSettings): Executor {
  const processChunk = chunkProcessor(settings, recordSummarizer(settings.options));
  return {
    run: async (chunk) => {
      await htmlReady(); // once: precis/html, for HTML records
      return processChunk(chunk);
    },
    idle: true,
    close: () => Promise.resolve(),
  };
}

/** Young-generation heap of each worker thread, in MB. */
const YOUNG_GENERATION_MB = 64;

/**
 * A piscina pool of `workers` threads running `workerUrl` (the built batch worker). Threads start
 * with the pool and stay up (min = max), so each loads the model once. A chunk whose worker died
 * (out of memory, a crash) still gets its lines: the main thread parses its records and writes a
 * `SUMMARIZE_FAILED` error line for each.
 */
export function poolExecutor(workers: number, workerUrl: URL, settings: ChunkSettings): Executor {
  // Without this check a missing script would turn every record into a SUMMARIZE_FAILED line.
  if (!existsSync(fileURLToPath(workerUrl))) throw new PrecisError('ERR_WORKER', `precis batch: the worker script ${fileURLToPath(workerUrl)} is missing (is the package built?)`);
  const pool = new Piscina<RecordChunk, ChunkResult>({
    filename: workerUrl.href,
    minThreads: workers,
    maxThreads: workers,
    concurrentTasksPerWorker: 1,
    workerData: settings,
    // Summarizing allocates much short-lived data: a young generation larger than V8's default
    // collects it with fewer scavenges and promotions (measured: about 5% less CPU per record).
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  let closed = false;
  // After destroy(), a worker's answer that was already on its way finds no task and piscina
  // emits it as an 'error' event ("Unexpected message from Worker"); unheard, that event would
  // crash the process (`precis batch | head -1`). Errors of a pool still running fail their
  // chunks through run() instead, so this listener only has to keep them from being thrown.
  pool.on('error', () => {});
  let inFlight = 0;
  const failedChunk = (chunk: RecordChunk, error: unknown): ChunkResult => {
    const message = `Summarizing failed in a worker: ${error instanceof Error ? error.message : String(error)}`;
    const failed = (task: RecordTask): RecordResult => ({ json: formatError(task.key, { code: 'SUMMARIZE_FAILED', message }), warnings: [], error: 'SUMMARIZE_FAILED' });
    return chunkProcessor(settings, failed)(chunk);
  };
  const executor: Executor = {
    run: (chunk) => {
      inFlight += 1;
      return pool.run(chunk).then(
        (result) => result,
        (error: unknown) => {
          if (closed) throw error;
          return failedChunk(chunk, error);
        },
      ).finally(() => {
        inFlight -= 1;
        if (!closed) executor.onDone?.();
      });
    },
    get idle() {
      return inFlight < workers;
    },
    close: async () => {
      closed = true;
      await pool.destroy();
    },
  };
  return executor;
}
