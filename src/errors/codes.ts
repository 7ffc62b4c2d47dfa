/**
 * Stable error codes. A code never changes meaning once published, so callers may branch on it.
 *
 * - `ERR_INVALID_TEXT`, `ERR_INVALID_OPTION`, `ERR_UNKNOWN_OPTION`, `ERR_CONFLICTING_OPTIONS`,
 *   `ERR_INVALID_IDF`, `ERR_INVALID_NLP`, `ERR_INPUT_TOO_LONG`: the arguments of `summarize()`,
 *   `segment()`, `fitIdf()` and the summarizers.
 * - `ERR_NLP_FAILED`: the caller's own `nlp` instance threw (the cause is attached).
 * - `ERR_UNSUPPORTED_LANGUAGE`: a `language` precis does not support (or, in `precis/lazy`, English
 *   asked of a summarizer loaded for another language only).
 * - `ERR_INVALID_ARGUMENT`: an argument of a `precis/eval` function (records, system, baseline
 *   length, seed, bootstrap options).
 * - `ERR_INVALID_RECORD`: an evaluation record that is not `{ id?, text, summary, title? }`.
 * - `ERR_INVALID_SUMMARY`: a system under evaluation returned something other than an array of strings.
 * - `ERR_UNSUPPORTED_MODEL`: a wink-nlp model whose layout precis cannot reset between texts.
 * - `ERR_UNSUPPORTED_ENVIRONMENT`: the environment lacks what was asked for (`highlight()` with
 *   `mode: 'highlight'` in a browser without the CSS Custom Highlight API).
 * - `ERR_WORKER`: a worker failed: the Web Worker behind `createWorkerSummarizer` (failed, was
 *   terminated, sent a reply that could not be read, got an unknown request) or a thread of
 *   `precis batch` (its script missing, its pool closed).
 * - `ERR_BATCH_USAGE`, `ERR_BATCH_UNREADABLE`, `ERR_BATCH_UNWRITABLE`, `ERR_BATCH_CLOSED`,
 *   `ERR_BATCH_LOCKED`, `ERR_BATCH_INCOMPLETE`: what stops a whole `precis batch` run (bad
 *   arguments, input that cannot be read, output that cannot be written, an output whose reader
 *   went away, an output another run is writing, shard outputs that do not make a whole).
 *
 * @example
 * try { summarize(text, { ratio: 2 }); }
 * catch (error) { if (isPrecisError(error) && error.code === 'ERR_INVALID_OPTION') showHelp(error.message); }
 */
export type PrecisErrorCode =
  | 'ERR_INVALID_TEXT'
  | 'ERR_INVALID_OPTION'
  | 'ERR_UNKNOWN_OPTION'
  | 'ERR_CONFLICTING_OPTIONS'
  | 'ERR_INVALID_IDF'
  | 'ERR_INVALID_NLP'
  | 'ERR_NLP_FAILED'
  | 'ERR_INPUT_TOO_LONG'
  | 'ERR_UNSUPPORTED_LANGUAGE'
  | 'ERR_INVALID_ARGUMENT'
  | 'ERR_INVALID_RECORD'
  | 'ERR_INVALID_SUMMARY'
  | 'ERR_UNSUPPORTED_MODEL'
  | 'ERR_UNSUPPORTED_ENVIRONMENT'
  | 'ERR_WORKER'
  | 'ERR_BATCH_USAGE'
  | 'ERR_BATCH_UNREADABLE'
  | 'ERR_BATCH_UNWRITABLE'
  | 'ERR_BATCH_CLOSED'
  | 'ERR_BATCH_LOCKED'
  | 'ERR_BATCH_INCOMPLETE';
