/**
 * Sections 1 and 2: time per article of `summarize` with a reused summarizer, and the floor on the
 * same texts in the same run: wink with sentence boundaries only (`['sbd']`) reading every token's
 * normal form, stopword flag and stem, which any extractive scorer built on wink has to pay.
 */
import { Bench } from 'tinybench';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { quantile } from './corpus';

export interface PerArticle {
  readonly articles: number;
  readonly rounds: number;
  readonly meanChars: number;
  readonly summarize: Timing;
  readonly floor: Timing;
  /** Total `summarize` time over total floor time. */
  readonly ratio: number;
}

export interface Timing {
  readonly median: number;
  readonly p95: number;
  readonly mean: number;
}

/** A task's samples: one per call, in ms. */
function timing(bench: Bench, name: string): Timing {
  const latency = bench.getTask(name)?.result;
  if (latency === undefined || !('latency' in latency)) throw new Error(`benchmark task ${name} did not complete`);
  const samples = [...(latency.latency.samples ?? [])].sort((a, b) => a - b);
  return { median: quantile(samples, 0.5), p95: quantile(samples, 0.95), mean: latency.latency.mean };
}

type Summarize = (text: string) => unknown;

export async function perArticle(articles: readonly string[], summarize: Summarize, rounds = 3): Promise<PerArticle> {
  const nlp = winkNLP(model, ['sbd']);
  const its = nlp.its;
  const floor = (text: string): void => {
    const tokens = nlp.readDoc(text).tokens();
    tokens.out(its.normal);
    tokens.out(its.stopWordFlag);
    tokens.out(its.stem as never);
  };

  const n = articles.length;
  // Each iteration is one article, in order, `rounds` times over; warm-up is one pass.
  const bench = new Bench({ iterations: n * rounds, time: 0, warmup: true, warmupIterations: n, warmupTime: 0, retainSamples: true });
  let i = 0;
  let j = 0;
  bench.add('floor', () => floor(articles[j++ % n] as string));
  bench.add('summarize', () => {
    summarize(articles[i++ % n] as string);
  });
  await bench.run();

  const s = timing(bench, 'summarize');
  const f = timing(bench, 'floor');
  return {
    articles: n,
    rounds,
    meanChars: Math.round(articles.reduce((sum, a) => sum + a.length, 0) / n),
    summarize: s,
    floor: f,
    ratio: s.mean / f.mean,
  };
}
