import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { summarize } from '../src/index';

/**
 * Linear time: two timings taken in the same run. Summarizing 8 times more text must cost far less
 * than the 64 times a quadratic step would (the bound, 24, leaves room for a busy machine).
 */
function fastest(fn: () => void, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

it('scales linearly with the length of the input', () => {
  const lines = readFileSync(join(__dirname, '..', 'fixtures', 'cnn-dev-sample.jsonl'), 'utf8').trim().split('\n');
  const articles = lines.map((l) => (JSON.parse(l) as { text: string }).text);
  const small = articles.slice(0, 8).join('\n\n');
  const large = articles.slice(0, 64).join('\n\n');
  summarize(small); // warm-up: model load and JIT
  const tSmall = fastest(() => summarize(small, { sentences: 5 }));
  const tLarge = fastest(() => summarize(large, { sentences: 5 }));
  const ratio = (tLarge / tSmall) / (large.length / small.length);
  process.stdout.write(`linear time: ${small.length} chars in ${tSmall.toFixed(1)} ms, ${large.length} chars in ${tLarge.toFixed(1)} ms (cost per char ×${ratio.toFixed(2)})\n`);
  expect(tLarge / tSmall).toBeLessThan(3 * (large.length / small.length));
});
