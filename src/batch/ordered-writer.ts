/** Writes complete lines (UTF-8); resolves once the destination has taken them. */
export type Sink = (chunk: Uint8Array) => Promise<void>;

/** Consecutive ready pieces are written together up to about this many bytes. */
const WRITE_BYTES = 1 << 16;

/** Complete lines to write (each ending with `\n`), with whatever the caller wants back once written. */
export interface Lines {
  readonly bytes: Uint8Array;
  /** How many lines `bytes` holds. */
  readonly lines: number;
}

/**
 * The reorder buffer between the pool, which finishes chunks of records in any order, and the
 * output, which takes them in input order. `assign()` numbers chunks in input order; `put()` hands
 * in a chunk's lines; they go out strictly by number, several chunks per write.
 * `room()` is the backpressure: it waits while `window` chunks are assigned but not yet written,
 * so the buffer, the pool's queue and the reading of input all stay bounded together.
 */
export class OrderedWriter<T extends Lines> {
  private readonly ready = new Map<number, T>();
  private readonly waiters: { test: () => boolean; resolve: () => void; reject: (error: unknown) => void }[] = [];
  private assigned = 0;
  private written = 0;
  private linesWritten = 0;
  private writing = false;
  private stopped = false;
  private failure: unknown;
  private hasFailed = false;

  constructor(
    private readonly sink: Sink,
    private readonly window: number,
    private readonly onWritten: (lines: readonly T[]) => void = () => {},
  ) {}

  /** The number of the next chunk, in input order. */
  assign(): number {
    return this.assigned++;
  }

  /** The lines of chunk `seq` (from `assign()`). */
  put(seq: number, line: T): void {
    if (this.stopped) return;
    this.ready.set(seq, line);
    if (seq === this.written) void this.pump();
  }

  /** Resolves when fewer than `window` chunks are in flight (assigned, not written). */
  room(): Promise<void> {
    return this.until(() => this.assigned - this.written < this.window);
  }

  /** Resolves when every assigned chunk has been written. */
  idle(): Promise<void> {
    return this.until(() => this.written === this.assigned);
  }

  /**
   * Writes nothing more; resolves when the chunk being written (if any) is complete or has failed.
   * Never rejects: a failed write is reported by the `room()`/`idle()` that waited for it, and a
   * cleanup must not replace that error.
   */
  stop(): Promise<void> {
    this.stopped = true;
    this.ready.clear();
    if (!this.writing) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ test: () => !this.writing, resolve, reject: () => resolve() }));
  }

  /** Lines written so far. */
  get count(): number {
    return this.linesWritten;
  }

  private until(test: () => boolean): Promise<void> {
    if (this.hasFailed) return Promise.reject(this.failure);
    if (test()) return Promise.resolve();
    return new Promise((resolve, reject) => this.waiters.push({ test, resolve, reject }));
  }

  private settle(): void {
    for (let i = this.waiters.length - 1; i >= 0; i--) {
      const waiter = this.waiters[i]!;
      if (this.hasFailed) waiter.reject(this.failure);
      else if (waiter.test()) waiter.resolve();
      else continue;
      this.waiters.splice(i, 1);
    }
  }

  private async pump(): Promise<void> {
    if (this.writing) return;
    this.writing = true;
    try {
      while (!this.stopped && this.ready.has(this.written)) {
        const pieces: T[] = [];
        let size = 0;
        for (let seq = this.written; size < WRITE_BYTES; seq++) {
          const piece = this.ready.get(seq);
          if (piece === undefined) break;
          this.ready.delete(seq);
          pieces.push(piece);
          size += piece.bytes.length;
        }
        if (size > 0) await this.sink(pieces.length === 1 ? pieces[0]!.bytes : Buffer.concat(pieces.map((p) => p.bytes), size));
        this.written += pieces.length;
        for (const piece of pieces) this.linesWritten += piece.lines;
        this.onWritten(pieces);
        this.settle();
      }
    } catch (error) {
      this.failure = error;
      this.hasFailed = true;
      this.stopped = true;
    } finally {
      this.writing = false;
      this.settle();
    }
  }
}
