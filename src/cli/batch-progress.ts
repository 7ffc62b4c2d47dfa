import type { SingleBar } from 'cli-progress';
import type { BatchProgress } from '../batch/run';
import type { CliIo } from './io';
import { progressBar as sharedBar } from './progress';

/** A progress display for `precis batch`. */
export interface BatchProgressBar {
  update(progress: BatchProgress): void;
  stop(): void;
}

const FORMAT_BYTES = 'precis batch [{bar}] {percentage}% | {records} records | {rate} records/s | ETA {eta_formatted}';
const FORMAT_RECORDS = 'precis batch [{bar}] {value}/{total} records | {rate} records/s | ETA {eta_formatted}';
const FORMAT_OPEN = 'precis batch {records} records | {rate} records/s | {duration_formatted}';

/**
 * A progress bar on stderr, or `undefined` when stderr is not a terminal or `--quiet` is given.
 * The bar runs on input bytes for a file (ETA included), on records for a directory, and shows
 * only counts for stdin, whose size is unknown.
 */
export function batchProgressBar(io: CliIo, quiet: boolean): BatchProgressBar | undefined {
  if (quiet || !io.stderrIsTTY) return undefined;
  const started = performance.now();
  let bar: SingleBar | undefined;
  let byBytes = false;
  return {
    update(progress) {
      const seconds = (performance.now() - started) / 1000;
      const payload = { records: progress.written, rate: seconds > 0 ? (progress.processed / seconds).toFixed(1) : '0.0' };
      if (bar === undefined) {
        byBytes = progress.totalBytes !== undefined;
        const total = progress.totalBytes ?? progress.totalRecords;
        const format = byBytes ? FORMAT_BYTES : total !== undefined ? FORMAT_RECORDS : FORMAT_OPEN;
        bar = sharedBar(io, format);
        bar?.start(total ?? 0, 0, payload);
      }
      bar?.update(byBytes ? progress.bytesRead : progress.written, payload);
    },
    stop() {
      bar?.stop();
    },
  };
}
