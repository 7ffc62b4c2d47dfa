import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { summarize } from '../../src/entries/index';
import { fastest } from '../support/helpers';

/**
 * Linear time: two timings taken in the same run. Each timing is the fastest of a few runs, and the
 * small input is large enough (several ms) that timer noise and JIT warm-up do not dominate it.
 */

it('scales linearly with the length of the input', () => {
  const lines = readFileSync(join(__dirname, '..', '..', 'fixtures', 'cnn-dev-sample.jsonl'), 'utf8').trim().split('\n');
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
  // Each case with the size n of its small input, chosen so that it takes several milliseconds.
  const cases: [string, (n: number) => string, number, Parameters<typeof summarize>[1]][] = [
    ['ratio 1', distinct, 500, { ratio: 1 }],
    ['one long line of dashes', (n) => `Storm${' -'.repeat(n)}`, 50_000, {}],
    ['lower-case sentences', (n) => 'it rained again. '.repeat(n), 5_000, {}],
  ];
  // 16 times the input: linear costs about 16 times the time, a quadratic step 256 times. The bound,
  // 48, leaves room for a busy machine and garbage collection on the large input.
  for (const [name, make, n, options] of cases) {
    const small = make(n);
    const large = make(16 * n);
    summarize(small, options);
    summarize(large, options);
    const tSmall = fastest(() => summarize(small, options), 5);
    const tLarge = fastest(() => summarize(large, options), 3);
    process.stdout.write(`${name}: ${tSmall.toFixed(1)} ms → ${tLarge.toFixed(1)} ms for 16× the input\n`);
    expect(tLarge / tSmall).toBeLessThan(48);
  }
});
