import type { SummarizeOptions } from '../options';
import type { RecordFields } from './records';
import type { Shard } from './shard';

/** What a batch run does. The CLI fills it from the command line; every field is already valid. */
export interface BatchConfig {
  /** A JSON Lines file (plain or gzip), a directory of `.txt`/`.md` files, or `-` for stdin. */
  readonly input: string;
  /** The output JSON Lines file, or `-` for stdout. */
  readonly output: string;
  /** Record fields. @default { id: 'id', text: 'text', title: 'title' } */
  readonly fields: RecordFields;
  /** Summarize options applied to every record. */
  readonly options: SummarizeOptions;
  /** A text over this many UTF-8 bytes becomes a `TOO_LARGE` error line. @default DEFAULT_MAX_INPUT_BYTES */
  readonly maxInputBytes: number;
  /** Worker threads; 0 summarizes on the main thread. @default os.availableParallelism() */
  readonly workers: number;
  /** The built worker script (dist/cli/batch-worker.js). */
  readonly workerUrl: URL;
  /** Continue an interrupted `output` instead of overwriting it. @default false */
  readonly resume: boolean;
  /** Only the records of this shard. @default all records */
  readonly shard: Shard | undefined;
  /** Chunks of records in flight (read, not yet written) at most. @default windowFor(workers) */
  readonly window?: number;
  /** Benchmark only: skip parsing and summarizing (see `ChunkSettings.noop`). @default false */
  readonly noop?: boolean;
}

/** 1 MiB of text: far above a news article (about 5 KB), and about 2 s of summarizing. */
export const DEFAULT_MAX_INPUT_BYTES = 1 << 20;

export const DEFAULT_FIELDS: RecordFields = Object.freeze({ id: 'id', text: 'text', title: 'title' });

/**
 * Chunks in flight per worker: one running, one queued behind it and one being written or waiting
 * its turn, so every worker stays busy while one long record holds the line.
 */
export const WINDOW_PER_WORKER = 3;

/** The in-flight window for a number of workers. */
export function windowFor(workers: number): number {
  return Math.max(WINDOW_PER_WORKER, WINDOW_PER_WORKER * workers);
}
