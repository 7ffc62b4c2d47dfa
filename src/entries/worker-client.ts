/**
 * `precis/worker-client`: the page side of precis in a Web Worker (see `src/worker/client.ts`).
 * A separate entry from `precis/worker` on purpose: the page's bundle must not contain the
 * model's dynamic `import()`.
 */
export {
  createWorkerSummarizer,
  WORKER_PROTOCOL,
  type WireError,
  type WireOptions,
  type WorkerLike,
  type WorkerRequest,
  type WorkerResponse,
  type WorkerSummarizer,
} from '../worker/client';
