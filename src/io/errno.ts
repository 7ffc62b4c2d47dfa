// Node's file-system and stream errors, read the same way by every command.

/** Short reasons for the file-system and stream errors a user can act on. */
const REASONS: ReadonlyMap<string, string> = new Map([
  ['ENOENT', 'no such file or directory'],
  ['EISDIR', 'is a directory'],
  ['EACCES', 'permission denied'],
  ['EPERM', 'permission denied'],
  ['ENOSPC', 'no space left on device'],
  ['EDQUOT', 'disk quota exceeded'],
  ['EFBIG', 'file too large (over the file size limit)'],
  ['EIO', 'input/output error'],
  ['EPIPE', 'the reader closed the pipe'],
]);

/** A short reason for a file-system error, e.g. `no space left on device`. */
export function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const known = typeof code === 'string' ? REASONS.get(code) : undefined;
  if (known !== undefined) return known;
  // Not `instanceof Error`: errors of Node's own modules may come from another realm (under jest).
  const message = (error as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' ? message : String(error);
}

/** True for the error of a write to a pipe whose reader has gone: `precis ... | head`. */
export function isClosedPipe(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE';
}
