/** One line of a JSON Lines input, as bytes. */
export interface RawLine {
  /** One-based line number in the (decompressed) input. */
  readonly number: number;
  /** The line without its `\n` or `\r\n`; `undefined` when it was longer than the limit (not kept). */
  readonly bytes: Buffer | undefined;
  /** Length of the line in bytes, also when it was not kept. */
  readonly length: number;
  /** True for a last line the input ended without a newline after (complete or torn). */
  readonly unterminated: boolean;
}

const NEWLINE = 0x0a;
const CR = 0x0d;

function finish(parts: Buffer[], number: number, length: number, kept: boolean, unterminated: boolean, maxBytes: number): RawLine {
  if (!kept) return { number, bytes: undefined, length, unterminated };
  let bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
  if (bytes.length > 0 && bytes[bytes.length - 1] === CR) bytes = bytes.subarray(0, bytes.length - 1);
  if (bytes.length > maxBytes) return { number, bytes: undefined, length: bytes.length, unterminated };
  return { number, bytes, length: bytes.length, unterminated };
}

/**
 * Splits a byte stream into lines without ever holding more than one line of at most `maxBytes`
 * bytes (plus the chunk being read): a longer line is measured and skipped, not buffered, so a
 * corrupt file with no newlines cannot exhaust memory. Pulls the next chunk only when the consumer
 * asks for the next line, which is what gives the batch pipeline its backpressure.
 */
export async function* splitLines(chunks: AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<RawLine> {
  let parts: Buffer[] = [];
  let length = 0;
  let kept = true;
  let number = 0;
  for await (const chunk of chunks) {
    let from = 0;
    while (from < chunk.length) {
      const at = chunk.indexOf(NEWLINE, from);
      const end = at === -1 ? chunk.length : at;
      const piece = chunk.subarray(from, end);
      length += piece.length;
      if (kept && length > maxBytes + 1) {
        // +1: a `\r` before the newline does not count against the limit.
        kept = false;
        parts = [];
      }
      // Copy a piece that stays buffered past this chunk, so the chunk itself can be collected.
      if (kept && piece.length > 0) parts.push(at === -1 ? Buffer.from(piece) : piece);
      if (at === -1) break;
      number += 1;
      yield finish(parts, number, length, kept, false, maxBytes);
      parts = [];
      length = 0;
      kept = true;
      from = at + 1;
    }
  }
  if (length > 0 || !kept) yield finish(parts, number + 1, length, kept, true, maxBytes);
}
