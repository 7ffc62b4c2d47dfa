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

/** A short reason for a file-system error, e.g. `no such file`. */
export function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
