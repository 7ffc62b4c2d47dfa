import { PrecisRangeError } from '../entries/internal';
import { createHash } from 'node:crypto';

/** `--shard i/n`: this run handles the records whose key hashes to `index` modulo `count`. */
export interface Shard {
  /** Zero-based: 0 ≤ index < count. */
  readonly index: number;
  readonly count: number;
}

/**
 * The shard of a record key (its id, or its line number when it has none): the first four bytes of
 * the MD5 digest of the key's UTF-8 bytes, read as an unsigned big-endian integer, modulo `count`.
 * MD5 is used for its availability, not its strength: every engine can compute the same partition
 * (Python `hashlib`, Spark SQL `conv(substr(md5(id), 1, 8), 16, 10)`, `md5sum` in a shell).
 *
 * @example
 * shardOf('cnn-dev-0', 4); // the same number on every machine and every run
 */
export function shardOf(key: string, count: number): number {
  return createHash('md5').update(key, 'utf8').digest().readUInt32BE(0) % count;
}

/**
 * Parses `i/n` (zero-based i, 0 ≤ i < n). Throws a RangeError naming what was expected.
 *
 * @example
 * parseShard('2/8'); // { index: 2, count: 8 }
 */
export function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  if (!match) throw new PrecisRangeError('ERR_BATCH_USAGE', `Expected \`--shard\` to be i/n with 0 <= i < n (e.g. 0/4), got \`${value}\``);
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || index >= count || !Number.isSafeInteger(count)) {
    throw new PrecisRangeError('ERR_BATCH_USAGE', `Expected \`--shard\` to be i/n with 0 <= i < n (shards are numbered from 0), got \`${value}\``);
  }
  return { index, count };
}
