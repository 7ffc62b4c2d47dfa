import fc from 'fast-check';
import { splitLines, type RawLine } from '../../src/io/lines';

/** splitLines over the given chunks, collected. */
async function split(chunks: readonly (string | Buffer)[], maxBytes = 1 << 20): Promise<RawLine[]> {
  async function* source(): AsyncGenerator<Buffer> {
    for (const chunk of chunks) yield Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
  }
  const lines: RawLine[] = [];
  for await (const line of splitLines(source(), maxBytes)) lines.push(line);
  return lines;
}
const texts = (lines: readonly RawLine[]) => lines.map((l) => l.bytes?.toString('utf8'));

describe('splitLines (the line reader of batch, eval and idf fit)', () => {
  it('splits at \\n, drops a \\r before it, numbers lines from 1 and marks an unterminated last line', async () => {
    const lines = await split(['a\r\nbb\n', '\nlast']);
    expect(texts(lines)).toEqual(['a', 'bb', '', 'last']);
    expect(lines.map((l) => [l.number, l.length, l.unterminated])).toEqual([[1, 1, false], [2, 2, false], [3, 0, false], [4, 4, true]]);
    expect(await split([])).toEqual([]);
    expect(texts(await split(['only\n']))).toEqual(['only']);
  });

  it('joins a line cut across chunks, even inside a UTF-8 character', async () => {
    const bytes = Buffer.from('héllo wörld\nnext\n');
    const chunks = [bytes.subarray(0, 2), bytes.subarray(2, 9), bytes.subarray(9)];
    expect(texts(await split(chunks))).toEqual(['héllo wörld', 'next']);
  });

  it('measures a line over the limit without keeping it, and goes on', async () => {
    const lines = await split(['short\n', 'x'.repeat(30), 'y'.repeat(30), '\nafter\n'], 40);
    expect(lines.map((l) => [l.number, l.bytes === undefined, l.length])).toEqual([[1, false, 5], [2, true, 60], [3, false, 5]]);
  });

  it('gives the same lines whatever the chunking (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom('a', 'é', '\n', '\r\n', ' ', '😀'), { maxLength: 60 }), fc.array(fc.nat(20), { maxLength: 8 }), async (parts, cuts) => {
        const bytes = Buffer.from(parts.join(''));
        const chunks: Buffer[] = [];
        let at = 0;
        for (const cut of cuts) {
          chunks.push(bytes.subarray(at, Math.min(bytes.length, at + cut)));
          at = Math.min(bytes.length, at + cut);
        }
        chunks.push(bytes.subarray(at));
        const whole = texts(await split([bytes]));
        expect(texts(await split(chunks))).toEqual(whole);
        const expected = parts.join('').split('\n').map((l) => l.replace(/\r$/, ''));
        if (expected[expected.length - 1] === '') expected.pop();
        expect(whole).toEqual(expected);
      }),
      { numRuns: 100, seed: 7 },
    );
  });
});
