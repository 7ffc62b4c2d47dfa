import { createSummarizer, type SummarizeOptions } from '../entries/index';
import type { System } from './types';

/**
 * precis itself as a system under evaluation: `summarize(record.text, options)`, with the record's
 * `title` passed as the headline when it is a string. The options are validated here, at once.
 *
 * @example
 * evaluate(records, precis({ sentences: 3 })).mean.rougeL.f;
 */
export function precis(options: SummarizeOptions = {}): System {
  const summarizer = createSummarizer(options);
  return (record) => {
    const title = typeof record.title === 'string' ? { title: record.title } : {};
    return summarizer.summarize(record.text, title).sentences.map((s) => s.text);
  };
}
