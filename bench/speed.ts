/**
 * Speed benchmark of the core (not part of the tests): model load time, median ms per article over
 * the first 500 development articles after warm-up, throughput on a fixed text with tinybench, and
 * a linearity check on book-length input.
 *
 *   npx tsx bench/speed.ts [path/to/cnn-dev.jsonl]     (default: ../shared/data/cnn-dev.jsonl)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Bench } from 'tinybench';

const root = fileURLToPath(new URL('..', import.meta.url));
const file = process.argv[2] ?? join(root, '..', 'shared', 'data', 'cnn-dev.jsonl');
const fallback = join(root, 'fixtures', 'cnn-dev-sample.jsonl');
const source = existsSync(file) ? file : fallback;

async function main(): Promise<void> {
  let t = performance.now();
  const precis = await import('../src/index');
  const importMs = performance.now() - t;
  t = performance.now();
  precis.summarize('The model loads on the first call. This measures it.');
  const loadMs = performance.now() - t;

  const articles = readFileSync(source, 'utf8').trim().split('\n').slice(0, 500).map((l) => (JSON.parse(l) as { text: string }).text);
  for (const a of articles) precis.summarize(a); // warm-up
  const times = articles.map((a) => {
    let best = Infinity;
    for (let r = 0; r < 3; r++) {
      const s = performance.now();
      precis.summarize(a);
      best = Math.min(best, performance.now() - s);
    }
    return best;
  });
  const sorted = [...times].sort((a, b) => a - b);
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number;
  const chars = articles.reduce((n, a) => n + a.length, 0);
  const total = times.reduce((a, b) => a + b, 0);

  const page = readFileSync(join(root, 'fixtures', 'news-page-russia-japan.txt'), 'utf8');
  const bench = new Bench({ time: 1000 });
  bench.add('summarize(news page, 3 KB)', () => precis.summarize(page));
  bench.add('segment(news page, 3 KB)', () => precis.segment(page));
  await bench.run();

  // Linear time: a book-length input (all 500 articles joined) against the per-article cost.
  const book = articles.join('\n\n');
  const s = performance.now();
  precis.summarize(book, { sentences: 10 });
  const bookMs = performance.now() - s;

  console.log(`source: ${source === file ? 'development set' : 'vendored sample'} (${articles.length} articles, mean ${Math.round(chars / articles.length)} chars)`);
  console.log(`import: ${importMs.toFixed(0)} ms; model load (first call): ${loadMs.toFixed(0)} ms`);
  console.log(`per article: median ${q(0.5).toFixed(2)} ms, p90 ${q(0.9).toFixed(2)} ms, max ${q(1).toFixed(2)} ms, mean ${(total / articles.length).toFixed(2)} ms`);
  console.log(`throughput: ${((chars / 1024) / (total / 1000)).toFixed(0)} KB/s`);
  console.log(`book-length input: ${(book.length / 1e6).toFixed(2)} MB in ${bookMs.toFixed(0)} ms = ${(bookMs / (book.length / 1024)).toFixed(3)} ms/KB (articles: ${(total / (chars / 1024)).toFixed(3)} ms/KB)`);
  console.table(bench.table());
}

void main();
