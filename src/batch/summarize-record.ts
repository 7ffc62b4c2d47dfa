import { createSummarizer } from '../index';
import type { SummarizeOptions } from '../options';
import type { WarningCode } from '../types';
import { formatError, formatSummary } from './format';
import { isolatedNlp, type IsolatedNlp } from './isolated-nlp';
import type { BatchErrorCode, RecordTask } from './records';

/** What summarizing one record gives back to the pipeline: the output line and what to count. */
export interface RecordResult {
  readonly json: string;
  readonly warnings: readonly WarningCode[];
  readonly error?: BatchErrorCode;
}

/**
 * A function from record to output line, for a worker thread or the main thread. The model is
 * loaded once per call of this factory (that is, once per worker), on the first record. Every
 * record is read from the same starting state of the model (see `isolatedNlp`), so a record's line
 * does not depend on which records the same worker summarized before it.
 */
export function recordSummarizer(options: SummarizeOptions): (task: RecordTask) => RecordResult {
  const summarizer = createSummarizer(options);
  let nlp: IsolatedNlp | undefined;
  return (task) => {
    try {
      nlp ??= isolatedNlp();
      nlp.reset();
      const call = task.title !== undefined ? { nlp: nlp.current(), title: task.title } : { nlp: nlp.current() };
      const summary = summarizer.summarize(task.text, call);
      return formatSummary(task.key, summary);
    } catch (error) {
      const message = `Summarizing failed: ${error instanceof Error ? error.message : String(error)}`;
      return { json: formatError(task.key, { code: 'SUMMARIZE_FAILED', message }), warnings: [], error: 'SUMMARIZE_FAILED' };
    }
  };
}
