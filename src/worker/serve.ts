/**
 * `precis/worker`: the worker side of precis in a Web Worker, so that a long article never blocks
 * the page. The page talks to it through `createWorkerSummarizer()` from `precis/worker-client`, a
 * separate entry on purpose: a bundler that sees a dynamic `import()` emits its chunk even when the
 * code around it is shaken off, so the page's entry must not contain the loader at all.
 *
 * @example
 * // summarizer.worker.ts: the whole worker script
 * import { serveSummarizer } from 'precis/worker';
 * serveSummarizer();
 */
import { PrecisTypeError, type PrecisErrorCode } from '../errors';
import { IdfModel } from '../idf';
import { LAZY_LANGUAGES, loadLanguageFor } from '../language/lazy';
import { nextNlp } from '../language/wink/isolated';
import { loadIsolatedNlp } from '../language/wink/loaded';
import { resolveOptions, type SummarizeOptions } from '../options';
import { makeSummarizer } from '../summarizer';
import { WORKER_PROTOCOL, type WireError, type WireOptions, type WorkerRequest, type WorkerResponse } from './client';

/**
 * What `serveSummarizer` needs of the worker's global scope (a `MessagePort` will do too).
 *
 * @example
 * const { port1, port2 } = new MessageChannel();
 * port1.start(); port2.start();
 * serveSummarizer(port2); // answers createWorkerSummarizer(port1)
 */
export interface WorkerScope {
  /** Sends an answer to the page. */
  postMessage(message: unknown): void;
  /** Listens to the page's requests. */
  addEventListener(type: 'message', listener: (event: Event) => void): void;
  /** Stops listening. */
  removeEventListener(type: 'message', listener: (event: Event) => void): void;
}

/**
 * Answers the requests of `createWorkerSummarizer()` in this worker. The model is loaded (through a
 * dynamic `import()`, a chunk of its own) on the first request, or on `load()`. Each reply carries
 * its request's id: a request with bad options is answered at once, ahead of earlier ones still
 * waiting for the model. Returns a function that stops serving.
 *
 * @example
 * import { serveSummarizer } from 'precis/worker';
 * serveSummarizer();
 */
export function serveSummarizer(scope: WorkerScope = globalThis as unknown as WorkerScope): () => void {
  // Requests wait in a queue; the next one starts in a task of its own once the one before it has
  // been answered, so a `cancel` posted while a summary runs is received before the request it
  // cancels starts. (A timer set before a long summary could fire ahead of that message.)
  const queue: WorkerRequest[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let stopped = false;
  let modelReady = false;
  const schedule = (): void => {
    if (timer !== undefined || running || stopped || queue.length === 0) return;
    timer = setTimeout(next, 0);
  };
  const next = (): void => {
    timer = undefined;
    const request = queue.shift();
    if (request === undefined) return;
    const { id } = request;
    // Until the model has loaded, requests only wait for it: let the next one start (bad options
    // are answered at once, ahead of requests waiting for the model).
    const waitsForModel = !modelReady;
    running = !waitsForModel;
    answer(request)
      .then(
        (response) => {
          modelReady ||= response.ok;
          if (!stopped) scope.postMessage(response);
        },
        (error: unknown) => {
          if (!stopped) scope.postMessage({ protocol: WORKER_PROTOCOL, id, ok: false, error: toWireError(error) } satisfies WorkerResponse);
        },
      )
      .finally(() => {
        if (!waitsForModel) running = false;
        schedule();
      });
    if (waitsForModel) schedule();
  };
  const onMessage = (event: Event): void => {
    const request = (event as MessageEvent<unknown>).data as Partial<WorkerRequest> | null;
    if (typeof request !== 'object' || request === null || request.protocol !== WORKER_PROTOCOL) return;
    if (request.type === 'cancel') {
      // Only a request still waiting can be skipped: it leaves the queue.
      const waiting = queue.findIndex((r) => r.id === request.id);
      if (waiting >= 0) queue.splice(waiting, 1);
      return;
    }
    queue.push(request as WorkerRequest);
    schedule();
  };
  scope.addEventListener('message', onMessage);
  return () => {
    stopped = true;
    if (timer !== undefined) clearTimeout(timer);
    queue.length = 0;
    scope.removeEventListener('message', onMessage);
  };
}

async function answer(request: WorkerRequest): Promise<WorkerResponse> {
  const { id } = request;
  if (request.type === 'load') {
    await loadIsolatedNlp();
    return { protocol: WORKER_PROTOCOL, id, ok: true };
  }
  if (request.type !== 'summarize') throw new PrecisTypeError('ERR_WORKER', `Unknown precis worker request type ${JSON.stringify((request as { type: unknown }).type)}`);
  const defaults = fromWire(request.defaults);
  const options = fromWire(request.options);
  const resolved = resolveOptions(options, resolveOptions(defaults)); // bad options fail before the model is fetched
  // The detector and the text's language pack load first; the English model only when it reads the text.
  const language = typeof request.text === 'string' ? await loadLanguageFor(request.text, resolved.language, resolved.engine) : 'en';
  const shared = language === 'en' && resolved.engine === 'wink' ? await loadIsolatedNlp() : undefined;
  // Each request starts from the model as loaded, as in the other entries (see isolatedNlp).
  const summary = makeSummarizer(defaults, (chars) => nextNlp(shared ?? englishNotLoaded(), chars), LAZY_LANGUAGES).summarize(request.text, options);
  return { protocol: WORKER_PROTOCOL, id, ok: true, summary };
}

function englishNotLoaded(): never {
  throw new PrecisTypeError('ERR_WORKER', 'precis worker: the English model was not loaded for a text detected in another language');
}

/**
 * Options as `resolveOptions` expects them. The objects are copied into this realm: a clone that a
 * `MessagePort` made in another realm (a test's vm context, say) fails the plain-object check.
 */
function fromWire(options: WireOptions | undefined): SummarizeOptions | undefined {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) return options as SummarizeOptions | undefined;
  const out: Record<string, unknown> = { ...options };
  for (const key of ['weights', 'stopwords'] as const) {
    const value = options[key] as unknown;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) out[key] = { ...value };
  }
  if (options.idf !== undefined) out.idf = IdfModel.from(options.idf);
  return out as SummarizeOptions;
}

function toWireError(error: unknown): WireError {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return { name: error.name, message: error.message, ...(typeof code === 'string' ? { code: code as PrecisErrorCode } : {}) };
  }
  return { name: 'Error', message: String(error) };
}

