/**
 * `precis/worker`: the worker side of precis in a Web Worker (see `src/worker/serve.ts`).
 *
 * @example
 * // summarizer.worker.ts: the whole worker script
 * import { serveSummarizer } from 'precis/worker';
 * serveSummarizer();
 */
export { serveSummarizer, type WorkerScope } from '../worker/serve';
export { WORKER_PROTOCOL, type WireError, type WireOptions, type WorkerRequest, type WorkerResponse } from '../worker/client';
