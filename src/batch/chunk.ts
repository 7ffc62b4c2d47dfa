import type { Tally } from './tally';

/**
 * Many input records on their way to a worker, as bytes: the main thread only cuts the input into
 * lines and copies them here; the worker parses them (see `chunkProcessor`). `bytes` is copied to
 * the worker, not transferred: the main thread keeps it, so that if the worker dies, the chunk's
 * records still get their error lines with their ids (a copy costs well under 1 µs a record).
 *
 * `meta` holds four numbers per item: its kind, its line number (0 for a file), the end of its
 * bytes in `bytes` (each item's bytes start where the previous item's end), and a kind-specific
 * number (the length of a line too long to keep). `strings` holds, in item order, the id of each
 * file and the code and message of each failed file.
 */
export interface RecordChunk {
  readonly bytes: Uint8Array;
  readonly meta: Float64Array;
  readonly strings: readonly string[];
}

/** Kinds of items in a chunk. */
export const ItemKind = Object.freeze({
  /** A JSON Lines line, followed by a newline in the input. */
  line: 0,
  /** The last line of the input, with no newline after it (complete or torn). */
  lastLine: 1,
  /** A line longer than the limit: measured, not kept (its length is the fourth number). */
  longLine: 2,
  /** A file of a directory input (its id in `strings`). */
  file: 3,
  /** A file that could not be read or is too large (its id, code and message in `strings`). */
  failedFile: 4,
});

export const META_FIELDS = 4;

/** What a worker gives back for a chunk: the output lines, in order, and what to count. */
export interface ChunkResult extends Tally {
  /** The output lines, each ending with `\n`, UTF-8. */
  readonly bytes: Uint8Array;
  /** Lines in `bytes`. */
  readonly lines: number;
  /** Records of the chunk that belong to other shards (no line). */
  readonly otherShards: number;
  /** Warnings to show on stderr (bytes that are not UTF-8), in record order. */
  readonly warnings: readonly string[];
}

/** Items and bytes per chunk, at most: large enough that messages cost little per record. */
export const CHUNK_ITEMS = 32;
export const CHUNK_BYTES = 256 << 10;

/** Collects items into a chunk on the main thread. */
export class ChunkBuilder {
  private parts: Uint8Array[] = [];
  private meta: number[] = [];
  private strings: string[] = [];
  private size = 0;

  /** Items collected. */
  get items(): number {
    return this.meta.length / META_FIELDS;
  }

  /** True when the chunk should go now. */
  get full(): boolean {
    return this.items >= CHUNK_ITEMS || this.size >= CHUNK_BYTES;
  }

  add(kind: number, line: number, bytes: Uint8Array | undefined, extra = 0, strings?: readonly string[]): void {
    if (bytes !== undefined && bytes.length > 0) {
      this.parts.push(bytes);
      this.size += bytes.length;
    }
    this.meta.push(kind, line, this.size, extra);
    if (strings !== undefined) this.strings.push(...strings);
  }

  /** The chunk collected so far; the builder starts a new one. */
  take(): RecordChunk {
    const bytes = new Uint8Array(this.size);
    let at = 0;
    for (const part of this.parts) {
      bytes.set(part, at);
      at += part.length;
    }
    const chunk: RecordChunk = { bytes, meta: Float64Array.from(this.meta), strings: this.strings };
    this.parts = [];
    this.meta = [];
    this.strings = [];
    this.size = 0;
    return chunk;
  }
}
