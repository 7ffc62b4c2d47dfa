/** Writes a chunk of complete lines; resolves once the destination has taken it. */
export type Sink = (chunk: string) => Promise<void>;

/** Consecutive ready lines are written together up to about this many UTF-16 units. */
const CHUNK_CHARS = 1 << 16;

/** A line to write (without its newline), with whatever the caller wants back once it is written. */
export interface Line {
  readonly json: string;
}

/**
 * The reorder buffer between the pool, which finishes records in any order, and the output, which
 * takes them in input order. `assign()` numbers records in input order; `put()` hands in a line; lines go out strictly by number, each whole, a chunk at a time.
 * `room()` is the backpressure: it waits while `window` records are assigned but not yet written,
 * so the buffer, the pool's queue and the reading of input all stay bounded together.
 */
export class OrderedWriter<T extends Line> {
  private readonly ready = new Map<number, T>();
  private readonly waiters: { test: () => boolean; resolve: () => void; reject: (error: unknown) => void }[] = [];
  private assigned = 0;
  private written = 0;
  private writing = false;
  private stopped = false;
  private failure: unknown;
  private hasFailed = false;

  constructor(
    private readonly sink: Sink,
    private readonly window: number,
    private readonly onWritten: (lines: readonly T[]) => void = () => {},
  ) {}

  /** The number of the next record, in input order. */
  assign(): number {
    return this.assigned++;
  }

  /** The line of record `seq` (from `assign()`). */
  put(seq: number, line: T): void {
    if (this.stopped) return;
    this.ready.set(seq, line);
    if (seq === this.written) void this.pump();
  }

  /** Resolves when fewer than `window` records are in flight (assigned, not written). */
  room(): Promise<void> {
    return this.until(() => this.assigned - this.written < this.window);
  }

  /** Resolves when every assigned record has been written. */
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
    return this.written;
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
        let chunk = '';
        const lines: T[] = [];
        for (let seq = this.written; chunk.length < CHUNK_CHARS; seq++) {
          const line = this.ready.get(seq);
          if (line === undefined) break;
          this.ready.delete(seq);
          chunk += `${line.json}\n`;
          lines.push(line);
        }
        await this.sink(chunk);
        this.written += lines.length;
        this.onWritten(lines);
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
