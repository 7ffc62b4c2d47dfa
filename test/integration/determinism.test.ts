// Issue 17, items 1 and 2: a summary never depends on what the process read before, in any entry.
// Each entry first reads a text of 17,000 new token shapes, enough to push wink's shape table past
// its 14-bit field, then summarizes probe stories whose sentence boundaries move when that table
// has overflowed (see test/support/shapes.ts); they must come out exactly as in a fresh process.
// `precis batch` (child processes of the built CLI) is checked the same way in the soak suite:
// test/soak/batch-determinism.test.ts.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { createNlp } from '../../src/language/wink/nlp';
import type { IdfJSON, Segment, SegmentOptionsInput, Summary, SummarizeOptions } from '../../src/entries/index';
import type { WorkerLike } from '../../src/entries/worker-client';
import { poisonText, probeText } from '../support/shapes';
import { inFreshProcess } from '../support/fresh-process';

const OPTIONS: SummarizeOptions = { sentences: 3, explain: true };
/** Options of fitIdf under which a split probe sentence is no longer a candidate. */
const FIT: SegmentOptionsInput = { minSentenceWords: 12 };
// Each check has probes of its own: words an instance has read keep their shape index.
const probes = Array.from({ length: 12 }, (_, i) => probeText(100 + i));
const segmentProbes = Array.from({ length: 12 }, (_, i) => probeText(200 + i));
const POISON = poisonText(1);
/** The poison is Hangul, which precis reads with its Korean engine by default: wink must read it here. */
const EN = { language: 'en' } as const;

interface Fresh {
  readonly summaries: Summary[];
  readonly segments: Segment[][];
  readonly idf: IdfJSON;
}

/** What a fresh `node` process of the built package gives for the probes. */
function inFreshPackage(): Fresh {
  const script = `const { summarize, segment, fitIdf } = require(INDEX);
    process.stdout.write(JSON.stringify({
      summaries: input.probes.map((t) => summarize(t, input.options)),
      segments: input.segmentProbes.map((t) => segment(t)),
      idf: fitIdf(input.probes, input.fit).toJSON(),
    }));`;
  return inFreshProcess<Fresh>(script, { probes, segmentProbes, options: OPTIONS, fit: FIT });
}

/** The entry's modules, loaded in a registry of their own so each entry starts from its own fresh instance. */
function isolated<T>(path: string): T {
  let module: T | undefined;
  jest.isolateModules(() => {
    module = require(path) as T;
  });
  return module as T;
}

let fresh: Summary[];
let expected: Fresh;

beforeAll(() => {
  expected = inFreshPackage();
  fresh = expected.summaries;
});

describe('a caller’s own nlp instance is used as it is (README: Determinism)', () => {
  it('a fresh one gives the summaries of a fresh process; after the shapes text, every probe splits differently', () => {
    const { createSummarizer } = isolated<typeof import('../../src/entries/index')>('../../src/entries/index');
    const own = createNlp(winkNLP, model);
    const summarizer = createSummarizer({ ...OPTIONS, nlp: own });
    expect(probes.slice(0, 2).map((text) => summarizer.summarize(text))).toEqual(fresh.slice(0, 2));
    summarizer.summarize(POISON, EN);
    // This is also what makes the probes a test: three words of each end a sentence once the
    // shape table has overflowed.
    const after = probes.slice(2).map((text) => summarizer.summarize(text));
    after.forEach((summary, i) => expect(summary.stats.sentences).toBe(fresh[i + 2]!.stats.sentences + 3));
  });
});

describe('after 17,000 new token shapes, each entry summarizes as a fresh process does', () => {
  it('precis: summarize()', () => {
    const { summarize } = isolated<typeof import('../../src/entries/index')>('../../src/entries/index');
    summarize(POISON, EN);
    expect(probes.map((text) => summarize(text, OPTIONS))).toEqual(fresh);
  });

  it('precis: segment() and createSummarizer()', () => {
    const { createSummarizer, segment } = isolated<typeof import('../../src/entries/index')>('../../src/entries/index');
    segment(POISON, EN);
    expect(segmentProbes.map((text) => segment(text))).toEqual(expected.segments);
    const summarizer = createSummarizer(OPTIONS);
    summarizer.summarize(POISON, EN);
    expect(probes.map((text) => summarizer.summarize(text))).toEqual(fresh);
  });

  it('precis: fitIdf() reads each document of a corpus from the model as loaded', () => {
    const { fitIdf } = isolated<typeof import('../../src/entries/index')>('../../src/entries/index');
    const json = fitIdf([POISON, ...probes], { ...FIT, ...EN }).toJSON();
    expect(json.documents).toBe(expected.idf.documents + 1);
    expect(json.df).toMatchObject(expected.idf.df);
  });

  it('precis/lazy: loadSummarizer()', async () => {
    const { loadSummarizer } = isolated<typeof import('../../src/entries/lazy')>('../../src/entries/lazy');
    const summarizer = await loadSummarizer(OPTIONS);
    summarizer.summarize(POISON, EN);
    expect(probes.map((text) => summarizer.summarize(text))).toEqual(fresh);
  });

  it('precis/worker: serveSummarizer() over a MessageChannel', async () => {
    const { serveSummarizer } = isolated<typeof import('../../src/entries/worker')>('../../src/entries/worker');
    const { createWorkerSummarizer } = isolated<typeof import('../../src/entries/worker-client')>('../../src/entries/worker-client');
    const channel = new MessageChannel();
    const stop = serveSummarizer(channel.port2);
    channel.port1.start();
    channel.port2.start();
    try {
      const client = createWorkerSummarizer(channel.port1 as unknown as WorkerLike, OPTIONS);
      await client.summarize(POISON, EN);
      const after: Summary[] = [];
      for (const text of probes) after.push(await client.summarize(text));
      expect(after).toEqual(fresh);
    } finally {
      stop();
      channel.port1.close();
      channel.port2.close();
    }
  });
});
