import { OrderedWriter, type Lines } from '../../src/batch/ordered-writer';

const piece = (text: string): Lines => ({ bytes: Buffer.from(text), lines: text.split('\n').length - 1 });
const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('OrderedWriter (batch output in input order)', () => {
  it('writes chunks strictly in the order assign() numbered them, whatever order they finish in', async () => {
    const out: string[] = [];
    const writer = new OrderedWriter(async (bytes) => {
      out.push(Buffer.from(bytes).toString());
    }, 8);
    const seqs = [writer.assign(), writer.assign(), writer.assign()];
    writer.put(seqs[2]!, piece('c\n'));
    writer.put(seqs[1]!, piece('b\n'));
    await tick();
    expect(out).toEqual([]); // chunk 0 is not in yet
    writer.put(seqs[0]!, piece('a1\na2\n'));
    await writer.idle();
    expect(out.join('')).toBe('a1\na2\nb\nc\n');
    expect(writer.count).toBe(4);
  });

  it('room() waits while `window` chunks are in flight (the backpressure)', async () => {
    let release: () => void = () => {};
    const writer = new OrderedWriter(() => new Promise<void>((resolve) => (release = resolve)), 2);
    const a = writer.assign();
    writer.assign();
    let roomy = false;
    void writer.room().then(() => (roomy = true));
    await tick();
    expect(roomy).toBe(false);
    writer.put(a, piece('a\n'));
    await tick();
    expect(roomy).toBe(false); // being written, not yet written
    release();
    await tick();
    expect(roomy).toBe(true);
  });

  it('a failed write fails the waiters, writes nothing more, and stop() never rejects', async () => {
    const written: string[] = [];
    const writer = new OrderedWriter(async (bytes) => {
      if (written.length === 1) throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
      written.push(Buffer.from(bytes).toString());
    }, 1);
    writer.put(writer.assign(), piece('one\n'));
    await writer.idle();
    writer.put(writer.assign(), piece('two\n'));
    await expect(writer.idle()).rejects.toMatchObject({ code: 'ENOSPC' });
    await expect(writer.room()).rejects.toMatchObject({ code: 'ENOSPC' });
    writer.put(writer.assign(), piece('three\n'));
    await expect(writer.stop()).resolves.toBeUndefined();
    expect(written).toEqual(['one\n']);
    expect(writer.count).toBe(1);
  });

  it('reports each written chunk to onWritten, in order', async () => {
    const seen: string[] = [];
    const writer = new OrderedWriter(async () => {}, 4, (chunks) => seen.push(...chunks.map((c) => Buffer.from(c.bytes).toString().trim())));
    const [x, y] = [writer.assign(), writer.assign()];
    writer.put(y, piece('y\n'));
    writer.put(x, piece('x\n'));
    await writer.idle();
    expect(seen).toEqual(['x', 'y']);
  });
});
