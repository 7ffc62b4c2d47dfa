import { IdfModel, createSummarizer } from '../entries/internal';
import type { SummarizeOptions } from '../options';
import { formatError, formatSummary } from './format';
import type { BatchErrorCode, BatchWarningCode, RecordTask } from './records';

/** What summarizing one record gives back to the pipeline: the output line and what to count. */
export interface RecordResult {
  readonly json: string;
  readonly warnings: readonly BatchWarningCode[];
  readonly error?: BatchErrorCode;
}

const INVALID_UTF8: readonly BatchWarningCode[] = ['INVALID_UTF8'];

type HtmlModule = typeof import('../entries/html');
let html: HtmlModule | undefined;
let htmlMissing = '';
let loadingHtml: Promise<void> | undefined;
/**
 * precis/html, loaded once per thread (its libraries are optional peer dependencies: without them,
 * HTML records get an error line and text records are summarized as ever). Await it before the
 * first chunk: the record summarizer itself is synchronous. Not loaded at import, so that the
 * command line's other commands do not pay for the parser, the DOM and Readability at start-up.
 */
export function htmlReady(): Promise<void> {
  loadingHtml ??= import('../entries/html').then(
    (module) => {
      html = module;
    },
    (error: unknown) => {
      htmlMissing = error instanceof Error ? error.message : String(error);
    },
  );
  return loadingHtml;
}

/**
 * The options as a worker thread receives them: a copy made by the structured clone algorithm, in
 * which an `IdfModel` (`--idf`) arrives as its plain JSON form (the CLI sends `toJSON()`), rebuilt here.
 */
function withIdf(options: SummarizeOptions): SummarizeOptions {
  const idf: unknown = options.idf;
  if (idf === undefined || idf instanceof IdfModel) return options;
  return { ...options, idf: IdfModel.from(idf) };
}

/**
 * A function from record to output line, for a worker thread or the main thread. The model is
 * loaded once per thread, on the first record. Every record is read from the same starting state
 * of the model (the summarizer's shared instance forgets what earlier texts taught it, see
 * `isolatedNlp`), so a record's line does not depend on which records the same worker summarized
 * before it.
 */
export function recordSummarizer(options: SummarizeOptions): (task: RecordTask) => RecordResult {
  const summarizer = createSummarizer(withIdf(options));
  return (task) => {
    try {
      const given = task.title === undefined && task.language === undefined
        ? undefined
        : { ...(task.title !== undefined ? { title: task.title } : {}), ...(task.language !== undefined ? { language: task.language } : {}) };
      if (task.html === true && html === undefined) {
        const message = `Reading HTML needs precis/html's libraries (npm install linkedom@0.18.12 @mozilla/readability htmlparser2): ${htmlMissing || 'not loaded yet'}`;
        return { json: formatError(task.key, { code: 'SUMMARIZE_FAILED', message }), warnings: [], error: 'SUMMARIZE_FAILED' };
      }
      // An HTML record: its sentences' offsets are their spans in the HTML, the record's input.
      const summary = task.html === true && html !== undefined
        ? (({ sentences, ...rest }) => ({ ...rest, sentences: sentences.map((s) => ({ ...s, start: s.source.start, end: s.source.end })) }))(html.summarizeHtml(summarizer, task.text, given))
        : summarizer.summarize(task.text, given);
      return formatSummary(task.key, summary, task.invalidUtf8 !== undefined ? INVALID_UTF8 : undefined);
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ERR_INPUT_TOO_LONG') {
        // The library's own length limit (`maxInputChars`), met when --max-input-bytes is raised past it.
        return { json: formatError(task.key, { code: 'TOO_LARGE', message: (error as Error).message }), warnings: [], error: 'TOO_LARGE' };
      }
      const message = `Summarizing failed: ${error instanceof Error ? error.message : String(error)}`;
      return { json: formatError(task.key, { code: 'SUMMARIZE_FAILED', message }), warnings: [], error: 'SUMMARIZE_FAILED' };
    }
  };
}
