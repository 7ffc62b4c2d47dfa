import { fstat } from 'node:fs';
import type { Readable } from 'node:stream';
import { promisify } from 'node:util';

/**
 * True when `stream` reads a directory (`precis < dir`): Node reads such a stdin as an empty
 * stream, so commands ask before reading and say what it is instead.
 */
export async function isDirectoryStream(stream: Readable): Promise<boolean> {
  const fd = (stream as { fd?: unknown }).fd;
  if (typeof fd !== 'number') return false;
  try {
    return (await promisify(fstat)(fd)).isDirectory();
  } catch {
    return false;
  }
}
