/**
 * Not a package entry (package.json's `exports` does not name it): what the command line
 * (dist/cli/) takes from the library besides the public entries, so that the command runs on the
 * library's own built files instead of a copy of them. Built as dist/internal.cjs only: Node,
 * CommonJS.
 */
import type { IdfModel } from '../idf';
import { allLanguages } from '../language/all';
import { tinyld } from '../language/tinyld-require';
import { sharedNlp } from '../language/wink/shared';
import type { SummarizeOptions } from '../options';
import { makeSummarizer, type SegmentOptionsInput, type Summarizer } from '../summarizer';

// tinyld, loaded with `require` the first time a text's script and English function words leave its language open.
const ALL_LANGUAGES = allLanguages(tinyld);

/** `createSummarizer` of `precis`, every language at hand, the detector loaded on first need. */
export function createSummarizer(defaults?: SummarizeOptions): Summarizer {
  return makeSummarizer(defaults, sharedNlp, ALL_LANGUAGES);
}

/** `fitIdf` of `precis`, over {@link createSummarizer}. */
export function fitIdf(documents: Iterable<string>, options?: SegmentOptionsInput & Pick<SummarizeOptions, 'stopwords'>): IdfModel {
  return createSummarizer().fitIdf(documents, options);
}

export { LANGUAGES, supportedLanguage } from '../language/languages';
export { snowballFor } from '../language/stemmers/snowball';
export { IdfModel } from '../idf';
export { PrecisError, PrecisRangeError, isPrecisError, describe } from '../errors';
export { BatchError, type BatchFailure } from '../errors/batch-error';
export { DEFAULT_MAX_INPUT_CHARS, DEFAULT_WEIGHTS, type ScoringWeights, type SummarizeOptions } from '../options';
export { countTags, MARKUP_TAGS } from '../pipeline/input-checks';
export { countWords } from '../text/words';
