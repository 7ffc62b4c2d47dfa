/**
 * Why a whole batch run stops: bad arguments (exit 1), input that cannot be read or output that
 * cannot be written (exit 2), an output whose reader went away (`| head`: exit 141, quietly), an
 * output another run is writing (exit 75), or shard outputs that do not make a whole (`merge`: exit 4).
 */
export type BatchFailure = 'usage' | 'unreadable' | 'unwritable' | 'closed' | 'locked' | 'incomplete';

/** An error that ends a batch run; per-record problems are error lines instead, never this. */
export class BatchError extends Error {
  readonly failure: BatchFailure;

  constructor(failure: BatchFailure, message: string) {
    super(message);
    this.name = 'BatchError';
    this.failure = failure;
  }
}

export { isClosedPipe, reason } from '../cli/io';
