import { PrecisError } from './precis-error';

/**
 * Why a whole batch run stops: bad arguments (exit 1), input that cannot be read or output that
 * cannot be written (exit 2), an output whose reader went away (`| head`: exit 141, quietly), an
 * output another run is writing (exit 75), or shard outputs that do not make a whole (`merge`: exit 4).
 */
export type BatchFailure = 'usage' | 'unreadable' | 'unwritable' | 'closed' | 'locked' | 'incomplete';

const CODES = {
  usage: 'ERR_BATCH_USAGE',
  unreadable: 'ERR_BATCH_UNREADABLE',
  unwritable: 'ERR_BATCH_UNWRITABLE',
  closed: 'ERR_BATCH_CLOSED',
  locked: 'ERR_BATCH_LOCKED',
  incomplete: 'ERR_BATCH_INCOMPLETE',
} as const;

/**
 * An error that ends a batch run (per-record problems are error lines instead, never this): a
 * `PrecisError` whose `code` is `ERR_BATCH_<FAILURE>`; `failure` names the kind the CLI maps to an
 * exit code.
 */
export class BatchError extends PrecisError {
  readonly failure: BatchFailure;

  constructor(failure: BatchFailure, message: string) {
    super(CODES[failure], message);
    this.name = 'BatchError';
    this.failure = failure;
  }
}
