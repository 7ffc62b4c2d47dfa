/**
 * Summaries of HTML: the page's text (read-html.ts) summarized by a `Summarizer`, and each chosen
 * sentence mapped back to where it is in the HTML source.
 */
import { describe, PrecisRangeError, PrecisTypeError } from '../errors';
import type { SummarizeOptions } from '../options';
import type { Summarizer } from '../summarizer';
import type { Summary, SummarySentence } from '../types';
import { resolveHtmlOptions, withTitle, type HtmlOptions } from './html-options';
import { readHtml, type HtmlText } from './read-html';

/**
 * A summary sentence of an HTML page: `text`, `start` and `end` are in the page's text (`summary.page.text`), `source` in the HTML.
 *
 * @example
 * for (const s of summarizeHtml(createSummarizer(), html).sentences) mark(s.source.start, s.source.end);
 */
export interface HtmlSummarySentence extends SummarySentence {
  /** UTF-16 offsets in the HTML source, from the sentence's first character to its last (tags and entities inside included). */
  readonly source: {
    /** Offset of the sentence's first character in the HTML. */
    readonly start: number;
    /** Offset just past its last character in the HTML. */
    readonly end: number;
  };
}

/**
 * The summary of an HTML page.
 *
 * @example
 * const summary = summarizeHtml(createSummarizer(), html);
 * summary.text;                   // as summarize() gives it
 * summary.page.readability;       // 'used' | 'off' | 'fallback'
 */
export interface HtmlSummary extends Omit<Summary, 'sentences'> {
  /** The selected sentences, each with its span in the HTML. */
  readonly sentences: readonly HtmlSummarySentence[];
  /** The text that was summarized and how it was read from the HTML. */
  readonly page: HtmlText;
}

function assertSummarizer(summarizer: unknown): asserts summarizer is Summarizer {
  if (typeof summarizer !== 'object' || summarizer === null || typeof (summarizer as Summarizer).summarize !== 'function') {
    throw new PrecisTypeError('ERR_INVALID_OPTION', `Expected \`summarizer\` to be a Summarizer (createSummarizer() from precis, or await loadSummarizer() from precis/lazy), got ${describe(summarizer)}`);
  }
}

/**
 * Summarizes an HTML page or fragment. Blocks come from the markup (`p`, headings, list items,
 * `div`s, table cells, `<br>`), scripts, navigation, forms, figures and hidden elements are left
 * out, the headline (`h1`, `og:title`, `<title>`) is the title, and on a whole document Mozilla's
 * Readability keeps only the main content. Each sentence also says where it is in `html`.
 *
 * @example
 * import { createSummarizer } from 'precis';
 * import { summarizeHtml } from 'precis/html';
 * const summary = summarizeHtml(createSummarizer(), html, { sentences: 3 });
 * summary.sentences.map((s) => html.slice(s.source.start, s.source.end)); // the sentences as marked up
 */
export function summarizeHtml(summarizer: Summarizer, html: string, options?: HtmlOptions): HtmlSummary {
  assertSummarizer(summarizer);
  if (typeof html !== 'string') throw new PrecisTypeError('ERR_INVALID_TEXT', `Expected \`html\` to be a string, got ${describe(html)}`);
  const resolved = resolveHtmlOptions(options);
  if (html.length > resolved.maxHtmlChars) {
    throw new PrecisRangeError(
      'ERR_INPUT_TOO_LONG',
      `\`html\` is ${html.length.toLocaleString('en-US')} characters long, over the limit of ${resolved.maxHtmlChars.toLocaleString('en-US')} (option \`maxHtmlChars\`; \`Infinity\` removes it)`,
    );
  }
  // The summarizer's options are checked before the page is read, so a typo fails fast.
  summarizer.summarize('', resolved.summarize as SummarizeOptions);
  const page = readHtml(html, { readability: resolved.readability });
  const summary = summarizer.summarize(page.text, withTitle(resolved.summarize, page.title));
  const sentences = summary.sentences.map((s): HtmlSummarySentence => {
    // A sentence always holds characters of the page, so it always has a source span.
    const source = page.source(s.start, s.end) as { start: number; end: number };
    return { ...s, source };
  });
  return { ...summary, sentences, page };
}
