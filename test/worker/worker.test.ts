// precis/worker and precis/worker-client, talking over a MessageChannel: the same structured clone
// and message events as a Web Worker, without a browser (the real Worker is in demo.e2e.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fitIdf, summarize, PrecisError, PrecisRangeError, PrecisTypeError, type SummarizeOptions } from '../../src/entries/index';
import * as workerEntry from '../../src/entries/worker';
import * as clientEntry from '../../src/entries/worker-client';
import { serveSummarizer } from '../../src/entries/worker';
import { createWorkerSummarizer, WORKER_PROTOCOL, type WorkerLike, type WorkerSummarizer } from '../../src/entries/worker-client';
import { thrown } from '../support/helpers';

const page = readFileSync(join(__dirname, '..', '..', 'fixtures', 'news-page-russia-japan.txt'), 'utf8');

interface Pair {
  client: WorkerSummarizer;
  page: MessagePort;
  worker: MessagePort;
  stop: () => void;
  close(): void;
}

function pair(defaults?: SummarizeOptions): Pair {
  const channel = new MessageChannel();
  const stop = serveSummarizer(channel.port2);
  channel.port1.start();
  channel.port2.start();
  const client = createWorkerSummarizer(channel.port1 as unknown as WorkerLike, defaults);
  return {
    client,
    page: channel.port1,
    worker: channel.port2,
    stop,
    close() {
      stop();
      channel.port1.close();
      channel.port2.close();
    },
  };
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

test('precis/worker and precis/worker-client export exactly these names', () => {
  expect(Object.keys(workerEntry).sort()).toEqual(['WORKER_PROTOCOL', 'serveSummarizer']);
  expect(Object.keys(clientEntry).sort()).toEqual(['WORKER_PROTOCOL', 'createWorkerSummarizer']);
});

describe('worker summarizer over a message channel', () => {
  let p: Pair;
  beforeEach(() => {
    p = pair();
  });
  afterEach(() => p.close());

  test('gives the same summary as the synchronous API', async () => {
    expect(await p.client.summarize(page)).toEqual(summarize(page));
    expect(await p.client.summarize(page, { sentences: 2, order: 'score', explain: true })).toEqual(
      summarize(page, { sentences: 2, order: 'score', explain: true }),
    );
  });

  test('matches concurrent answers to their requests by id', async () => {
    const counts = [1, 5, 2, 4, 3];
    const summaries = await Promise.all(counts.map((sentences) => p.client.summarize(page, { sentences })));
    expect(summaries.map((s) => s.sentences.length)).toEqual(counts);
  });

  test('load() loads the model without summarizing', async () => {
    await expect(p.client.load()).resolves.toBeUndefined();
  });

  test('rejects with precis errors, class, code and message kept', async () => {
    const range = await rejection(p.client.summarize(page, { sentences: 0 }));
    expect(range).toBeInstanceOf(PrecisRangeError);
    expect(range).toBeInstanceOf(PrecisError);
    expect(range).toBeInstanceOf(RangeError);
    expect(range).toMatchObject({ name: 'PrecisRangeError', code: 'ERR_INVALID_OPTION' });
    expect(range.message).toBe(thrown(() => summarize(page, { sentences: 0 })).message);

    const type = await rejection(p.client.summarize(42 as unknown as string));
    expect(type).toBeInstanceOf(PrecisTypeError);
    expect(type).toMatchObject({ code: 'ERR_INVALID_TEXT' });

    const unknown = await rejection(p.client.summarize(page, { sentence: 2 } as unknown as SummarizeOptions));
    expect(unknown).toMatchObject({ name: 'PrecisTypeError', code: 'ERR_UNKNOWN_OPTION' });
    // The worker goes on answering after an error.
    expect((await p.client.summarize(page, { sentences: 1 })).sentences).toHaveLength(1);
  });

  test('refuses `nlp` and a non-IdfModel `idf` before sending anything', async () => {
    const post = jest.spyOn(p.page, 'postMessage');
    const nlp = await rejection(p.client.summarize(page, { nlp: {} as never }));
    expect(nlp).toMatchObject({ name: 'PrecisTypeError', code: 'ERR_INVALID_OPTION' });
    const idf = await rejection(p.client.summarize(page, { idf: { documents: 1 } as never }));
    expect(idf).toMatchObject({ name: 'PrecisTypeError', code: 'ERR_INVALID_OPTION' });
    expect(idf.message).toMatch(/Expected `idf` to be an IdfModel/);
    expect(post).not.toHaveBeenCalled();
  });

  test('sends an IdfModel and iterable stopwords across', async () => {
    const idf = fitIdf([page, 'Tokyo and Moscow talk about peace.', 'Japan seeks an agreement with Russia.']);
    const stopwords = { add: new Set(['rudenko', 'tokyo']) };
    const options = { idf, stopwords, sentences: 4, weights: { tfidf: 1 }, explain: true };
    expect(await p.client.summarize(page, options)).toEqual(summarize(page, options));
  });
});

test('defaults apply to every call and are validated in the worker', async () => {
  const good = pair({ sentences: 1 });
  const bad = pair({ ratio: 2 });
  try {
    expect((await good.client.summarize(page)).sentences).toHaveLength(1);
    expect((await good.client.summarize(page, { sentences: 2 })).sentences).toHaveLength(2);
    expect(await rejection(bad.client.summarize(page))).toMatchObject({ name: 'PrecisRangeError', code: 'ERR_INVALID_OPTION' });
  } finally {
    good.close();
    bad.close();
  }
});

test('both sides ignore messages that are not theirs', async () => {
  const p = pair();
  try {
    const answers: unknown[] = [];
    p.page.addEventListener('message', (event) => answers.push(event.data));
    p.page.postMessage({ hello: 'app message' });
    p.worker.postMessage({ protocol: WORKER_PROTOCOL, id: 999_999, ok: true }); // nobody asked
    expect((await p.client.summarize(page, { sentences: 1 })).sentences).toHaveLength(1);
    expect(answers.filter((a) => (a as { id?: number }).id !== 1)).toEqual([{ protocol: WORKER_PROTOCOL, id: 999_999, ok: true }]);
  } finally {
    p.close();
  }
});

class FakeWorker extends EventTarget implements WorkerLike {
  readonly posted: unknown[] = [];
  terminated = false;
  postMessage(message: unknown): void {
    this.posted.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
}

test("the worker's error event fails pending and later calls instead of leaving them hanging", async () => {
  const worker = new FakeWorker();
  const client = createWorkerSummarizer(worker);
  const pending = client.summarize(page);
  const error = Object.assign(new Event('error'), { message: 'SyntaxError: bad worker script' });
  worker.dispatchEvent(error);
  expect((await rejection(pending)).message).toBe('precis worker failed: SyntaxError: bad worker script');
  expect((await rejection(client.summarize(page))).message).toMatch(/precis worker failed/);
  expect(worker.posted).toHaveLength(1);
});

test('an undeserializable reply fails the pending calls', async () => {
  const worker = new FakeWorker();
  const client = createWorkerSummarizer(worker);
  const pending = client.summarize(page);
  worker.dispatchEvent(new Event('messageerror'));
  expect((await rejection(pending)).message).toMatch(/could not be deserialized/);
});

test('terminate() rejects pending calls and terminates the worker', async () => {
  const worker = new FakeWorker();
  const client = createWorkerSummarizer(worker);
  const pending = client.load();
  client.terminate();
  expect((await rejection(pending)).message).toBe('precis worker: terminated');
  expect(worker.terminated).toBe(true);
  expect((await rejection(client.summarize(page))).message).toBe('precis worker: terminated');
});

test('a failure that is not a precis error keeps its built-in class', async () => {
  const worker = new FakeWorker();
  const client = createWorkerSummarizer(worker);
  const pending = client.summarize(page);
  const { id } = worker.posted[0] as { id: number };
  const reply = { protocol: WORKER_PROTOCOL, id, ok: false, error: { name: 'TypeError', message: 'Failed to fetch dynamically imported module' } };
  worker.dispatchEvent(new MessageEvent('message', { data: reply }));
  const error = await rejection(pending);
  expect(error).toBeInstanceOf(TypeError);
  expect(error).not.toBeInstanceOf(PrecisError);
  expect(error.message).toBe('Failed to fetch dynamically imported module');
});


describe('cancelling a call with an AbortSignal', () => {
  test('rejects at once with the reason; the worker skips a request it has not started, and answers the rest', async () => {
    const p = pair();
    try {
      await p.client.load();
      const answered: number[] = [];
      p.page.addEventListener('message', (event) => answered.push((event.data as { id: number }).id));
      // A long text keeps the worker busy on the first request while the second is cancelled.
      const long = Array.from({ length: 60 }, () => page).join('\n\n');
      const controller = new AbortController();
      const first = p.client.summarize(long, { sentences: 2 });
      const second = p.client.summarize(page, { sentences: 1 }, { signal: controller.signal });
      const third = p.client.summarize(page, { sentences: 3 });
      controller.abort();
      const error = await rejection(second);
      expect(error.name).toBe('AbortError');
      expect((await first).sentences).toHaveLength(2);
      expect((await third).sentences).toHaveLength(3);
      // Requests are numbered 1 (load), 2, 3, 4: the cancelled one, 3, was never answered.
      expect(answered).toEqual([2, 4]);
    } finally {
      p.close();
    }
  });

  test('an already aborted signal rejects without posting; a late abort changes nothing', async () => {
    const worker = new FakeWorker();
    const client = createWorkerSummarizer(worker);
    const reason = new Error('gone');
    const error = await rejection(client.summarize(page, undefined, { signal: AbortSignal.abort(reason) }));
    expect(error).toBe(reason);
    expect(worker.posted).toHaveLength(0);

    const controller = new AbortController();
    const call = client.summarize(page, undefined, { signal: controller.signal });
    const { id } = worker.posted[0] as { id: number };
    worker.dispatchEvent(new MessageEvent('message', { data: { protocol: WORKER_PROTOCOL, id, ok: true, summary: { text: 'done' } } }));
    expect(await call).toEqual({ text: 'done' });
    controller.abort();
    expect(worker.posted).toHaveLength(1); // no cancel for a call already answered
  });
});
