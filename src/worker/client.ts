/**
 * `precis/worker-client`: the page's side of precis in a Web Worker (the worker runs
 * `serveSummarizer()` from `precis/worker`), so that a long article never blocks the page. It
 * imports no model and no pipeline: about a kilobyte that posts requests and matches the answers
 * to them by id.
 */
import { PrecisError, PrecisRangeError, PrecisTypeError, describe, type PrecisErrorCode } from '../errors';
import type { IdfJSON } from '../idf';
import type { StopwordsOption, SummarizeOptions } from '../options';
import type { Summary } from '../types';

/**
 * Tags precis's messages, so that a worker may carry other messages as well.
 *
 * @example
 * worker.addEventListener('message', (event) => {
 *   if (event.data?.protocol === WORKER_PROTOCOL) return; // precis's own reply: the client handles it
 *   handleMine(event.data);
 * });
 */
export const WORKER_PROTOCOL = 'precis/worker@1';

/**
 * {@link SummarizeOptions} as they cross to the worker: `idf` as its JSON, `stopwords` as arrays, no `nlp`.
 *
 * @example
 * const wire: WireOptions = { sentences: 3, idf: model.toJSON(), stopwords: { add: ['said'] } };
 */
export type WireOptions = Omit<SummarizeOptions, 'idf' | 'nlp' | 'stopwords'> & {
  /** The corpus IDF model, as `IdfModel.toJSON()` gives it. */
  readonly idf?: IdfJSON;
  /** Stopwords to add or the list that replaces wink's, as an array. */
  readonly stopwords?:
    | {
        /** Words that are stopwords besides wink's English list. */
        readonly add: readonly string[];
      }
    | {
        /** The whole stopword list, instead of wink's. */
        readonly replace: readonly string[];
      };
};

/**
 * A request from the page to the worker. `load` only loads the model; `cancel` asks the worker to
 * skip the request `id` if it has not started it (it is never answered).
 *
 * @example
 * const request: WorkerRequest = { protocol: WORKER_PROTOCOL, id: 1, type: 'summarize', text: article, options: { sentences: 2 } };
 * worker.postMessage(request); // what createWorkerSummarizer() sends for you
 */
export type WorkerRequest =
  | {
      /** Always {@link WORKER_PROTOCOL}. */
      readonly protocol: typeof WORKER_PROTOCOL;
      /** The request's number, repeated in the answer. */
      readonly id: number;
      /** Load the model now. */
      readonly type: 'load';
    }
  | {
      /** Always {@link WORKER_PROTOCOL}. */
      readonly protocol: typeof WORKER_PROTOCOL;
      /** The number of the request to skip. */
      readonly id: number;
      /** Skip request `id` if it has not started. */
      readonly type: 'cancel';
    }
  | {
      /** Always {@link WORKER_PROTOCOL}. */
      readonly protocol: typeof WORKER_PROTOCOL;
      /** The request's number, repeated in the answer. */
      readonly id: number;
      /** Summarize `text`. */
      readonly type: 'summarize';
      /** The text to summarize. */
      readonly text: string;
      /** The client's defaults (from `createWorkerSummarizer(worker, defaults)`). */
      readonly defaults?: WireOptions;
      /** This call's options, over the defaults. */
      readonly options?: WireOptions;
    };

/**
 * An error as it crosses back to the page: enough to rebuild a `PrecisTypeError` with its code.
 *
 * @example
 * const wire: WireError = { name: 'PrecisRangeError', message: 'Expected `ratio` to be ...', code: 'ERR_INVALID_OPTION' };
 */
export interface WireError {
  /** The error class's name, e.g. `PrecisRangeError`. */
  readonly name: string;
  /** The error's message. */
  readonly message: string;
  /** The precis error code, for precis's own errors. */
  readonly code?: PrecisErrorCode;
}

/**
 * The worker's answer to the request with the same `id`.
 *
 * @example
 * worker.addEventListener('message', ({ data }: MessageEvent<WorkerResponse>) => {
 *   if (data.ok) show(data.summary); else report(data.error.code);
 * });
 */
export type WorkerResponse =
  | {
      /** Always {@link WORKER_PROTOCOL}. */
      readonly protocol: typeof WORKER_PROTOCOL;
      /** The id of the request answered. */
      readonly id: number;
      /** The request succeeded. */
      readonly ok: true;
      /** The summary, for a `summarize` request (a `load` has none). */
      readonly summary?: Summary;
    }
  | {
      /** Always {@link WORKER_PROTOCOL}. */
      readonly protocol: typeof WORKER_PROTOCOL;
      /** The id of the request answered. */
      readonly id: number;
      /** The request failed. */
      readonly ok: false;
      /** Why. */
      readonly error: WireError;
    };

/**
 * What the client needs of a `Worker` (a `MessagePort` will do too, e.g. in tests).
 *
 * @example
 * const { port1, port2 } = new MessageChannel();
 * port1.start(); port2.start();
 * const precis = createWorkerSummarizer(port1); // and serveSummarizer(port2) on the other side
 */
export interface WorkerLike {
  /** Sends a request to the worker. */
  postMessage(message: unknown): void;
  /** Listens to the worker's answers and failures. */
  addEventListener(type: 'message' | 'messageerror' | 'error', listener: (event: Event) => void): void;
  /** Stops listening. */
  removeEventListener(type: 'message' | 'messageerror' | 'error', listener: (event: Event) => void): void;
  /** Stops the worker, if it can be stopped. */
  terminate?(): void;
}

/**
 * A summarizer running in a Web Worker; see {@link createWorkerSummarizer}.
 *
 * @example
 * const precis = createWorkerSummarizer(new Worker(new URL('./summarizer.worker.js', import.meta.url), { type: 'module' }));
 * box.textContent = (await precis.summarize(article.textContent ?? '')).text;
 */
export interface WorkerSummarizer {
  /**
   * Summarizes `text` in the worker; `options` override the defaults for this call. Rejects with
   * the worker's error (`PrecisTypeError`/`PrecisRangeError` with their `code` for bad input).
   *
   * With `call.signal`, aborting rejects the call at once with the signal's reason (an
   * `AbortError`), and the worker skips the request if it has not started it yet (a summary
   * already being computed runs to its end, and its answer is dropped).
   */
  summarize(text: string, options?: SummarizeOptions, call?: { readonly signal?: AbortSignal }): Promise<Summary>;
  /** Loads the model in the worker now (e.g. when the reader shows interest) instead of on the first call. */
  load(): Promise<void>;
  /** Stops listening, rejects the calls still pending and terminates the worker. */
  terminate(): void;
}

interface Pending {
  resolve(response: WorkerResponse & { ok: true }): void;
  reject(error: Error): void;
}

/**
 * Wraps a worker that runs `serveSummarizer()` (from `precis/worker`). `defaults` apply to every
 * call, as in `createSummarizer(defaults)`; they are validated in the worker, so invalid defaults
 * make every call reject.
 *
 * @example
 * // summarizer.worker.ts
 * import { serveSummarizer } from 'precis/worker';
 * serveSummarizer();
 *
 * // app.ts
 * import { createWorkerSummarizer } from 'precis/worker-client';
 * const worker = new Worker(new URL('./summarizer.worker.ts', import.meta.url), { type: 'module' });
 * const precis = createWorkerSummarizer(worker, { sentences: 3 });
 * const summary = await precis.summarize(article.textContent ?? '');
 */
export function createWorkerSummarizer(worker: WorkerLike, defaults?: SummarizeOptions): WorkerSummarizer {
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let broken: Error | undefined;

  const failAll = (error: Error): void => {
    for (const call of pending.values()) call.reject(error);
    pending.clear();
  };
  const onMessage = (event: Event): void => {
    const response = (event as MessageEvent<unknown>).data as Partial<WorkerResponse> | null;
    if (typeof response !== 'object' || response === null || response.protocol !== WORKER_PROTOCOL) return;
    const call = pending.get(response.id as number);
    if (call === undefined) return;
    pending.delete(response.id as number);
    if (response.ok === true) call.resolve(response as WorkerResponse & { ok: true });
    else call.reject(reviveError((response as { error: WireError }).error));
  };
  // A message that cannot be deserialized carries no readable id: fail every call rather than hang.
  const onMessageError = (): void => failAll(new PrecisError('ERR_WORKER', 'precis worker: a reply could not be deserialized'));
  // An `error` event means the worker script itself failed (a request's own errors come back as
  // replies), so later calls would never be answered either.
  const onError = (event: Event): void => {
    const message = (event as Partial<ErrorEvent>).message;
    broken = new PrecisError('ERR_WORKER', `precis worker failed: ${message || 'the worker script could not be loaded or threw'}`);
    failAll(broken);
  };
  worker.addEventListener('message', onMessage);
  worker.addEventListener('messageerror', onMessageError);
  worker.addEventListener('error', onError);

  const send = (request: { type: 'load' } | { type: 'summarize'; text: string; defaults?: WireOptions; options?: WireOptions }, signal?: AbortSignal) =>
    new Promise<WorkerResponse & { ok: true }>((resolve, reject) => {
      if (broken !== undefined) throw broken;
      signal?.throwIfAborted();
      const id = nextId++;
      const onAbort = (): void => {
        if (!pending.delete(id)) return;
        reject(signal?.reason);
        worker.postMessage({ protocol: WORKER_PROTOCOL, id, type: 'cancel' } satisfies WorkerRequest);
      };
      const settle = <T>(done: (value: T) => void) => (value: T): void => {
        signal?.removeEventListener('abort', onAbort);
        done(value);
      };
      pending.set(id, { resolve: settle(resolve), reject: settle(reject) });
      try {
        worker.postMessage({ protocol: WORKER_PROTOCOL, id, ...request });
      } catch (error) {
        pending.delete(id); // e.g. a DataCloneError: nothing was sent
        throw error;
      }
      signal?.addEventListener('abort', onAbort, { once: true });
    });

  return Object.freeze({
    async summarize(text: string, options?: SummarizeOptions, call?: { readonly signal?: AbortSignal }): Promise<Summary> {
      const wire = { type: 'summarize' as const, text, ...withWire('defaults', defaults), ...withWire('options', options) };
      return (await send(wire, call?.signal)).summary as Summary;
    },
    async load(): Promise<void> {
      await send({ type: 'load' });
    },
    terminate(): void {
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('messageerror', onMessageError);
      worker.removeEventListener('error', onError);
      broken = new PrecisError('ERR_WORKER', 'precis worker: terminated');
      failAll(broken);
      worker.terminate?.();
    },
  });
}

function withWire<K extends 'defaults' | 'options'>(key: K, options: SummarizeOptions | undefined): { [P in K]?: WireOptions } {
  return options === undefined ? {} : ({ [key]: toWire(options) } as { [P in K]?: WireOptions });
}

/**
 * Turns options into what structured clone can carry. Anything this does not recognise is sent
 * as it is, for the worker to validate with the usual messages.
 */
function toWire(options: SummarizeOptions): WireOptions {
  if (typeof options !== 'object' || options === null) return options;
  const { nlp, idf, stopwords, ...rest } = options;
  if (nlp !== undefined) {
    throw new PrecisTypeError('ERR_INVALID_OPTION', 'Option `nlp` cannot be sent to a worker: the worker loads its own wink-nlp instance');
  }
  const wire: Record<string, unknown> = { ...rest };
  if (idf !== undefined) {
    const toJSON = (idf as { toJSON?: unknown }).toJSON;
    if (typeof toJSON !== 'function') {
      throw new PrecisTypeError('ERR_INVALID_OPTION', `Expected \`idf\` to be an IdfModel (from \`fitIdf()\` or \`IdfModel.from()\`), got ${describe(idf)}`);
    }
    wire.idf = (toJSON as () => IdfJSON).call(idf);
  }
  if (stopwords !== undefined) wire.stopwords = stopwordsToWire(stopwords);
  return wire as WireOptions;
}

function stopwordsToWire(stopwords: StopwordsOption): unknown {
  const list = (stopwords as Record<string, unknown>);
  const out: Record<string, unknown> = { ...list };
  for (const key of ['add', 'replace']) {
    const words = list[key];
    if (typeof words === 'object' && words !== null && Symbol.iterator in words) out[key] = [...(words as Iterable<unknown>)];
  }
  return out;
}

/** Rebuilds an error sent by the worker, keeping precis's classes and codes. */
function reviveError(error: WireError): Error {
  if (error.code !== undefined && error.name === 'PrecisRangeError') return new PrecisRangeError(error.code, error.message);
  if (error.code !== undefined && error.name === 'PrecisTypeError') return new PrecisTypeError(error.code, error.message);
  // Keep the built-in class where there is one (a failed chunk fetch is a TypeError, say).
  const Builtin = error.name === 'TypeError' ? TypeError : error.name === 'RangeError' ? RangeError : Error;
  const revived = new Builtin(error.message);
  if (revived.name !== error.name) revived.name = error.name;
  return revived;
}
