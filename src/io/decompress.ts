import { finished } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { reason } from './errno';

const GZIP_MAGIC = [0x1f, 0x8b] as const;

export function isGzip(head: Buffer): boolean {
  return head.length >= 2 && head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
}

/** A gzip stream that is cut off or corrupt. */
export class GzipError extends Error {
  constructor(cause: unknown) {
    const code = (cause as NodeJS.ErrnoException).code;
    super(
      code === 'Z_BUF_ERROR'
        ? 'the gzip data ends too early (truncated file?)'
        : `the gzip data is corrupt (${reason(cause)})`,
    );
    this.name = 'GzipError';
  }
}

/** Compressed bytes given to the decompressor at a time: deflate expands at most about 1,000 times, so this bounds the output of one step (16 MB), gzip bombs included. */
const GZIP_STEP = 16 << 10;

/**
 * Gunzips `first` and then the chunks `pull` gives, yielding what it decompresses in order. When the
 * gzip data is cut off or corrupt, everything decompressed before the fault is yielded first, then
 * a `GzipError` is thrown.
 *
 * A zlib stream that fails discards the output it still buffers, so it is never left holding any:
 * it runs in flowing mode (each chunk is taken as soon as it is made) and is given the next step of
 * input only once the consumer has taken the output of the last one, which is the backpressure.
 */
async function* gunzip(first: Buffer, pull: () => Promise<Buffer | undefined>): AsyncGenerator<Buffer> {
  const inflate = createGunzip();
  let output: Buffer[] = [];
  let failure: unknown;
  inflate.on('data', (chunk: Buffer) => output.push(chunk));
  inflate.on('error', (error) => {
    failure ??= error;
  });
  // Resolves when the piece has been decompressed, or when an error in it has closed the stream
  // (which then never calls back).
  const write = (piece: Buffer): Promise<void> =>
    new Promise((resolve) => {
      const done = (): void => {
        inflate.off('close', done);
        resolve();
      };
      inflate.once('close', done);
      inflate.write(piece, done);
    });
  function* take(): Generator<Buffer> {
    while (output.length > 0) {
      const chunks = output;
      output = [];
      yield* chunks;
    }
  }
  try {
    for (let chunk: Buffer | undefined = first; chunk !== undefined && failure === undefined; chunk = await pull()) {
      for (let at = 0; at < chunk.length && failure === undefined; at += GZIP_STEP) {
        await write(chunk.subarray(at, at + GZIP_STEP));
        yield* take();
      }
    }
    if (failure === undefined) {
      inflate.end();
      await finished(inflate).catch((error: unknown) => {
        failure ??= error;
      });
    }
    yield* take();
  } finally {
    inflate.destroy();
  }
  if (failure !== undefined) throw new GzipError(failure);
}

/**
 * Yields the bytes of `source`, gunzipped when they start with the gzip magic number (so `.jsonl.gz`
 * files and compressed stdin both work, whatever the name). Counts raw bytes in `counter`.
 */
export async function* decompressed(source: AsyncIterable<Buffer | string>, counter: { bytes: number }): AsyncGenerator<Buffer> {
  const iterator = source[Symbol.asyncIterator]();
  const pull = async (): Promise<Buffer | undefined> => {
    const next = await iterator.next();
    if (next.done === true) return undefined;
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    counter.bytes += chunk.length;
    return chunk;
  };
  let head = await pull();
  if (head === undefined) return;
  while (head.length < 2) {
    const more = await pull();
    if (more === undefined) break;
    head = Buffer.concat([head, more]);
  }
  if (isGzip(head)) {
    yield* gunzip(head, pull);
    return;
  }
  yield head;
  for (let chunk = await pull(); chunk !== undefined; chunk = await pull()) yield chunk;
}
