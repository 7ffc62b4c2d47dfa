/**
 * precis/dom: summaries of a live page element, and highlighting them in the page. A few KB: no
 * HTML parser, no DOM library, no Readability, no model (pass it a `Summarizer`).
 *
 * @example
 * import { loadSummarizer } from 'precis/lazy';
 * import { summarizeElement, highlight } from 'precis/dom';
 * const summary = summarizeElement(await loadSummarizer(), document.querySelector('article')!);
 * const highlighting = highlight(summary.sentences); // later: highlighting.remove()
 */
export { readElement, type ElementText } from '../input/read-element';
export { summarizeElement, placeSummary, type ElementSummary, type ElementSummarySentence } from '../input/summarize-element';
export { highlight, type HighlightOptions, type Highlighting } from '../input/highlight';
