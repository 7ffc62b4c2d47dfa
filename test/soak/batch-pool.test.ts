import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ChunkBuilder, ItemKind } from '../../src/batch/chunk';
import { poolExecutor } from '../../src/batch/executor';
import { DEFAULT_FIELDS } from '../../src/batch/options';
import { ROOT } from '../support/paths';

const WORKER = pathToFileURL(join(ROOT, 'dist', 'cli', 'batch-worker.js'));

function chunk(line: number) {
  const builder = new ChunkBuilder();
  builder.add(ItemKind.line, line, Buffer.from(`{"id":${line},"text":"A short text."}`));
  return builder.take();
}

describe('batch worker pool', () => {
  // Issue 17.5: `precis batch | head -1` sometimes died with piscina's "Unexpected message from
  // Worker" (an 'error' event nobody listened to): the pool was closed while a worker's answer was
  // on its way. Closing at many different moments must never raise an error.
  it('can be closed at any moment while workers answer', async () => {
    const settings = { options: {}, fields: DEFAULT_FIELDS, maxInputBytes: 1 << 20, shard: undefined, noop: true };
    for (let round = 0; round < 60; round++) {
      const pool = poolExecutor(2, WORKER, settings);
      const runs = Array.from({ length: 20 }, (_, i) => pool.run(chunk(i + 1)).catch(() => undefined));
      await runs[round % 10];
      const until = performance.now() + (round % 7) * 0.3;
      while (performance.now() < until) {
        // a few tenths of a millisecond: answers arrive while the pool is being closed
      }
      await pool.close();
    }
  }, 120_000);
});
