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

it('stays linear where a quadratic step could hide: ratio 1, one long line, a run of lower-case sentences', () => {
  const distinct = (n: number) => Array.from({ length: n }, (_, i) => `Sentence ${i} names term${i} and topic${i % 97} with word${i * 7}.`).join(' ');
  const cases: [string, (n: number) => string, Parameters<typeof summarize>[1]][] = [
    ['ratio 1', distinct, { ratio: 1 }],
    ['one long line of dashes', (n) => `Storm${' -'.repeat(n * 10)}`, {}],
    ['lower-case sentences', (n) => 'it rained again. '.repeat(n), {}],
  ];
  for (const [name, make, options] of cases) {
    const small = make(1000);
    const large = make(8000);
    summarize(small, options);
    const tSmall = fastest(() => summarize(small, options), 2);
    const tLarge = fastest(() => summarize(large, options), 2);
    process.stdout.write(`${name}: ${tSmall.toFixed(1)} ms → ${tLarge.toFixed(1)} ms for 8× the input\n`);
    expect(tLarge / tSmall).toBeLessThan(24);
  }
});
