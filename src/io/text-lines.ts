import { createReadStream } from 'node:fs';
import { decompressed } from './decompress';
import { splitLines } from './lines';

/** One line of a text file, decoded as UTF-8; `text` is undefined for a line over the limit. */
export interface TextLine {
  /** One-based line number (in the decompressed text). */
  readonly number: number;
  readonly text: string | undefined;
  /** Bytes of the line, also when it was over the limit. */
  readonly length: number;
}

/**
 * The lines of a JSON Lines (or any text) file, gunzipped when it starts with the gzip magic number
 * (`.jsonl.gz`, whatever its name), streamed: one line of at most `maxBytes` bytes is held at a
 * time. A cut-off or corrupt gzip file throws a `GzipError` after the lines before the fault.
 *
 * @example
 * for await (const line of textLines('cnn-dev.jsonl.gz', 64 << 20)) if (line.text !== undefined) JSON.parse(line.text);
 */
export async function* textLines(file: string, maxBytes: number): AsyncGenerator<TextLine> {
  const stream = createReadStream(file, { highWaterMark: 1 << 16 });
  try {
    for await (const raw of splitLines(decompressed(stream, { bytes: 0 }), maxBytes)) {
      yield { number: raw.number, text: raw.bytes?.toString('utf8'), length: raw.length };
    }
  } finally {
    stream.destroy();
  }
}
