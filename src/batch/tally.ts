import type { BatchErrorCode, BatchWarningCode } from './records';

/**
 * How records ended: with a summary (`ok`, and the warning codes those summaries carry) or as an
 * error line (`errors`, per code). A worker's chunk, a run (`--stats-json`) and a merge of shards
 * count these same four figures, the first two by record, the others by adding tallies.
 */
export interface Tally {
  /** Records with a summary. */
  readonly ok: number;
  /** Error lines. */
  readonly errors: number;
  /** Error lines per code. */
  readonly errorCodes: Partial<Record<BatchErrorCode, number>>;
  /** Summaries carrying each warning code. */
  readonly warningCodes: Partial<Record<BatchWarningCode, number>>;
}

/** A tally being counted. */
export class TallyCounter {
  private ok = 0;
  private errors = 0;
  private readonly errorCodes: Partial<Record<BatchErrorCode, number>> = {};
  private readonly warningCodes: Partial<Record<BatchWarningCode, number>> = {};

  /** Counts one record: an error line of code `error`, or a summary carrying `warnings`. */
  record(error: BatchErrorCode | undefined, warnings: readonly BatchWarningCode[]): void {
    if (error !== undefined) {
      this.errors += 1;
      addCodes(this.errorCodes, { [error]: 1 });
      return;
    }
    this.ok += 1;
    for (const code of warnings) addCodes(this.warningCodes, { [code]: 1 });
  }

  /** Adds a tally counted elsewhere (a chunk's, a shard's). */
  add(other: Tally): void {
    this.ok += other.ok;
    this.errors += other.errors;
    addCodes(this.errorCodes, other.errorCodes);
    addCodes(this.warningCodes, other.warningCodes);
  }

  /** The counts so far, as plain data (a chunk result crosses to the main thread by structured clone). */
  tally(): Tally {
    return { ok: this.ok, errors: this.errors, errorCodes: { ...this.errorCodes }, warningCodes: { ...this.warningCodes } };
  }
}

function addCodes<K extends string>(into: Partial<Record<K, number>>, from: Partial<Record<K, number>>): void {
  for (const [code, n] of Object.entries(from) as [K, number][]) into[code] = (into[code] ?? 0) + n;
}
