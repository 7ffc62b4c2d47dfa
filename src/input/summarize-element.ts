/**
 * Summaries of a live page: an element's text (read-element.ts) summarized, each sentence with the
 * DOM ranges it covers, ready for `highlight()`.
 */
import { describe, PrecisTypeError } from '../errors';
import type { SummarizeOptions } from '../options';
import type { Summarizer } from '../summarizer';
import type { Summary, SummarySentence } from '../types';
import { readElement, type ElementText } from './read-element';
import { snapshotOptions, withTitle } from './html-options';

/**
 * A summary sentence on the page: `start`/`end` are offsets in `summary.page.text`, `ranges` the DOM ranges it covers.
 *
 * @example
 * for (const s of summarizeElement(precis, article).sentences) s.ranges[0]?.startContainer.parentElement?.scrollIntoView();
 */
export interface ElementSummarySentence extends SummarySentence {
  /** The DOM ranges the sentence covers (one per text node it crosses). */
  readonly ranges: readonly Range[];
}

/**
 * The summary of a page element.
 *
 * @example
 * const summary = summarizeElement(await loadSummarizer(), document.querySelector('article')!);
 * box.textContent = summary.text;
 * highlight(summary.sentences);
 */
export interface ElementSummary extends Omit<Summary, 'sentences'> {
  /** The selected sentences, each with its DOM ranges. */
  readonly sentences: readonly ElementSummarySentence[];
  /** The text that was summarized, as read from the element. */
  readonly page: ElementText;
}

/**
 * Adds the DOM ranges to a summary of `page.text`, made elsewhere (in a Web Worker, say).
 *
 * @example
 * const page = readElement(article);
 * const summary = placeSummary(page, await workerSummarizer.summarize(page.text, { title: page.title }));
 * highlight(summary.sentences);
 */
export function placeSummary(page: ElementText, summary: Summary): ElementSummary {
  return { ...summary, sentences: summary.sentences.map((s) => ({ ...s, ranges: page.ranges(s.start, s.end) })), page };
}

/**
 * Summarizes a page element in place: its blocks as the markup shows them (scripts, forms,
 * navigation, hidden elements and `data-precis-skip` left out), its `h1` as the title, each
 * sentence with its DOM ranges. Pass the article's whole region, widgets and teasers included:
 * they are recognized and never selected.
 *
 * @example
 * import { loadSummarizer } from 'precis/lazy';
 * import { summarizeElement, highlight } from 'precis/html';
 * const summary = summarizeElement(await loadSummarizer(), document.querySelector('article')!);
 * const highlighting = highlight(summary.sentences);
 */
export function summarizeElement(summarizer: Summarizer, element: Element, options?: SummarizeOptions): ElementSummary {
  if (typeof summarizer !== 'object' || summarizer === null || typeof (summarizer as Summarizer).summarize !== 'function') {
    throw new PrecisTypeError('ERR_INVALID_OPTION', `Expected \`summarizer\` to be a Summarizer, got ${describe(summarizer)}`);
  }
  if (typeof element !== 'object' || element === null || (element as Element).nodeType !== 1) {
    throw new PrecisTypeError('ERR_INVALID_TEXT', `Expected \`element\` to be a DOM Element, got ${describe(element)}`);
  }
  const page = readElement(element);
  const given = snapshotOptions(options);
  return placeSummary(page, summarizer.summarize(page.text, withTitle(given, page.title)));
}
