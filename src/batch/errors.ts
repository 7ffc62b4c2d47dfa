/** Why a whole batch run stops: bad arguments (exit 1) or input/output that cannot be used (exit 2). */
export type BatchFailure = 'usage' | 'unreadable';

/** An error that ends a batch run; per-record problems are error lines instead, never this. */
export class BatchError extends Error {
  readonly failure: BatchFailure;

  constructor(failure: BatchFailure, message: string) {
    super(message);
    this.name = 'BatchError';
    this.failure = failure;
  }
}

export { reason } from '../cli/io';
