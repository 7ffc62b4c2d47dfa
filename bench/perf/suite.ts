/**
 * The performance suite (issue: benchmarks against the floor, linear time to book length). Never
 * part of `npm test`: it reports numbers and writes BENCHMARKS.md.
 *
 *   npm run bench                       (builds, then runs everything; about a minute)
 *   npx tsx bench/perf/suite.ts --data FILE.jsonl --articles 1000 --no-write
 *   npx tsx bench/perf/suite.ts --cold-start 5   (section 4 alone, 5 rounds of 7 processes, the best
 *                                                 round's medians and the load average; writes nothing)
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadCorpus, machine, ROOT } from './corpus';
import { perArticle } from './per-article';
import { capped, coldStart, memory, scaling } from './processes';
import { htmlBench } from './html';
import { readPrevious, render, targets, type Results } from './report';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      articles: { type: 'string', default: '1000' },
      'no-write': { type: 'boolean', default: false },
      'cold-start': { type: 'string' },
    },
  });
  if (values['cold-start'] !== undefined) return coldStartOnly(Number(values['cold-start']));
  const corpus = loadCorpus(Number(values.articles), values.data);
  const log = (s: string) => process.stderr.write(`${s}\n`);

  log(`texts: ${corpus.name}, ${corpus.articles.length} articles`);
  // The built package, as users get it (`npm run bench` builds first); typed from the source.
  const built = pathToFileURL(join(ROOT, 'dist', 'index.js')).href;
  const { createSummarizer } = (await import(built)) as typeof import('../../src/entries/index');
  const summarizer = createSummarizer();
  log('1-2. per article and floor...');
  const per = await perArticle(corpus.articles, (text) => summarizer.summarize(text));
  log('3. scaling...');
  const scale = scaling(corpus.path);
  const cap = capped(corpus.path, 200);
  log('4. cold start...');
  const cold = coldStart(join(ROOT, 'fixtures', 'news-page-russia-japan.txt'));
  log('5. memory...');
  const mem = memory(corpus.path, Math.min(1000, corpus.articles.length));
  log('6. HTML input...');
  const html = await htmlBench(corpus.articles);

  const results: Results = {
    date: new Date().toISOString().slice(0, 10),
    machine: machine(),
    corpus: `${corpus.name}`,
    perArticle: per,
    scaling: scale,
    capped: cap,
    coldStart: cold,
    memory: mem,
    html,
  };
  const path = join(ROOT, 'BENCHMARKS.md');
  const markdown = render(results, readPrevious(path));
  process.stdout.write(markdown.slice(0, markdown.indexOf('## History')));
  for (const t of targets(results)) if (!t.met) log(`target missed: ${t.name} (${t.measured})`);
  if (!values['no-write']) {
    writeFileSync(path, markdown);
    log('wrote BENCHMARKS.md');
  }
}

/** Section 4 alone, `rounds` times: on a shared machine the best round is the steadiest figure. */
function coldStartOnly(rounds: number): void {
  const load = loadavg()[0] as number;
  const all = Array.from({ length: rounds }, () => coldStart(join(ROOT, 'fixtures', 'news-page-russia-japan.txt')));
  const best = (key: 'node' | 'library' | 'cli'): number => Math.round(Math.min(...all.map((r) => r[key])));
  process.stdout.write(
    `cold start, best of ${rounds} rounds (each the median of ${all[0]?.runs ?? 0} processes), load average ${load.toFixed(1)} before, ${(loadavg()[0] as number).toFixed(1)} after:\n` +
      `  node -e "": ${best('node')} ms\n  import precis + one summary: ${best('library')} ms\n  precis <file> (the CLI): ${best('cli')} ms\n` +
      `  rounds (node / library / CLI): ${all.map((r) => `${Math.round(r.node)}/${Math.round(r.library)}/${Math.round(r.cli)}`).join(', ')}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
