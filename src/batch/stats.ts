import type { Tally } from './tally';

/** What a batch run did; `--stats-json` writes it, the summary line on stderr shows the main figures. */
export interface BatchStats extends Tally {
  /** Lines in the output after the run (this shard): already there (`resumed`) plus `processed`; `ok + errors`. */
  readonly records: number;
  /** Records read and written by this run. */
  readonly processed: number;
  /** Records skipped because `--resume` found them already written. */
  readonly resumed: number;
  /** Bytes of a torn last line that `--resume` cut off. */
  readonly tornBytes: number;
  /** Records that belong to other shards (not written by this run). */
  readonly otherShards: number;
  readonly workers: number;
  /** Wall-clock seconds of the run, model loading included. */
  readonly seconds: number;
  /** `processed / seconds`. */
  readonly recordsPerSecond: number;
  /**
   * Share of the run's time the main thread was busy (its event loop utilization, 0..1). The main
   * thread reads, cuts lines, orders and writes; the workers do the rest, so with one worker
   * `1 / mainThreadBusy` is about how many workers it could feed.
   */
  readonly mainThreadBusy: number;
  /** True when SIGINT/SIGTERM stopped the run early (finish it with `--resume`). */
  readonly interrupted: boolean;
}

/** The one-line summary printed on stderr at the end of a run. */
export function summaryLine(stats: BatchStats): string {
  const parts = [
    `${stats.records} records, ${stats.errors} ${stats.errors === 1 ? 'error' : 'errors'}`,
    `${stats.processed} processed in ${stats.seconds.toFixed(1)} s (${stats.recordsPerSecond.toFixed(1)} records/s, ${stats.workers} ${stats.workers === 1 ? 'worker' : 'workers'})`,
  ];
  if (stats.resumed > 0) parts.push(`${stats.resumed} already written (--resume)`);
  if (stats.otherShards > 0) parts.push(`${stats.otherShards} in other shards`);
  const invalidUtf8 = stats.warningCodes.INVALID_UTF8 ?? 0;
  if (invalidUtf8 > 0) parts.push(`${invalidUtf8} summarized with U+FFFD for bytes that are not UTF-8 (warning INVALID_UTF8)`);
  const codes = Object.entries(stats.errorCodes).map(([code, n]) => `${code} ×${n}`);
  if (codes.length > 0) parts.push(`errors: ${codes.join(', ')}`);
  const line = `precis batch: ${parts.join('; ')}`;
  return stats.interrupted ? `${line}; interrupted: run again with --resume to finish` : line;
}
