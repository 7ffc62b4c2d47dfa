/**
 * precis/html: summaries of HTML pages and fragments, with each sentence's place in the source.
 * It carries no model: pass it a `Summarizer` (`createSummarizer()` from `precis` in Node,
 * `await loadSummarizer()` from `precis/lazy` in a browser).
 */
export { summarizeHtml, type HtmlSummary, type HtmlSummarySentence } from '../input/summarize-html';
export { readHtml, MIN_ARTICLE_CHARS, type HtmlText, type ReadabilityStatus, type ReadHtmlOptions } from '../input/read-html';
export { DEFAULT_MAX_HTML_CHARS, type HtmlOptions } from '../input/html-options';
// The live-DOM functions (reading an element, highlighting) are in `precis/dom`.
