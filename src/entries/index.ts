/**
 * precis: extractive summarization for news. The synchronous Node API; for browsers, where the
 * English model should load lazily, use `precis/lazy`.
 */
import type { IdfModel } from '../idf';
import { allLanguages } from '../language/all';
import { tinyld } from '../language/tinyld';
import { sharedNlp } from '../language/wink/shared';
import { lazy } from '../language/wink/nlp';
import type { SummarizeOptions } from '../options';
import { makeSummarizer, type SegmentOptionsInput, type Summarizer } from '../summarizer';
import type { Segment, Summary } from '../types';

const ALL_LANGUAGES = allLanguages(tinyld);

/**
 * Creates a summarizer with `defaults` for repeated calls. The English model is loaded on the first
 * call, not here.
 *
 * @example
 * const short = createSummarizer({ sentences: 2, order: 'score' });
 * short.summarize(article).text;
 */
export function createSummarizer(defaults?: SummarizeOptions): Summarizer {
  return makeSummarizer(defaults, sharedNlp, ALL_LANGUAGES);
}

const shared = lazy(() => createSummarizer());

/**
 * Summarizes a news article: its best sentences, exactly as written, with their offsets, in
 * reading order. Synchronous, pure and deterministic.
 *
 * @example
 * import { summarize } from 'precis';
 * const summary = summarize(article, { sentences: 3 });
 * summary.text;                          // the three sentences joined by a space
 * summary.sentences[0].start;            // offset into `article`
 */
export function summarize(text: string, options?: SummarizeOptions): Summary {
  return shared().summarize(text, options);
}

/**
 * The article as the pipeline sees it: every paragraph-level line and sentence in order, each
 * `{ text, start, end, paragraph, kind, candidate, index?, rule? }`.
 *
 * @example
 * segment(page).filter((s) => s.kind === 'furniture').map((s) => [s.rule, s.text]);
 */
export function segment(text: string, options?: SegmentOptionsInput): Segment[] {
  return shared().segment(text, options);
}

/**
 * Fits inverse document frequencies on a corpus, for `summarize(text, { idf })`.
 *
 * @example
 * const idf = fitIdf(corpus);
 * summarize(article, { idf });
 */
export function fitIdf(documents: Iterable<string>, options?: SegmentOptionsInput & Pick<SummarizeOptions, 'stopwords'>): IdfModel {
  return shared().fitIdf(documents, options);
}

// The surface both entries share: classes, errors, option and result types.
export * from './surface';
