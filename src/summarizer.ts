import { fitIdfOn, segmentAll, summarizeText } from './pipeline/summarize';
import type { IdfModel } from './idf';
import { withCallerNlp } from './language/wink/check';
import type { WinkNlp } from './language/wink/nlp';
import { resolveOptions, type ResolvedOptions, type SummarizeOptions } from './options';
import type { Segment, Summary } from './types';

/**
 * Options that change how a text is segmented (a subset of {@link SummarizeOptions}).
 *
 * @example
 * segment(page, { title: false, minSentenceWords: 3 });
 */
export type SegmentOptionsInput = Pick<SummarizeOptions, 'title' | 'furniture' | 'minSentenceWords' | 'maxSentenceWords' | 'nlp' | 'maxInputChars'>;

const SEGMENT_KEYS: ReadonlySet<string> = new Set(['title', 'furniture', 'minSentenceWords', 'maxSentenceWords', 'nlp', 'maxInputChars']);
const FIT_KEYS: ReadonlySet<string> = new Set([...SEGMENT_KEYS, 'stopwords']);

/**
 * A summarizer holding defaults and the wink-nlp instance for repeated calls.
 * Create one with `createSummarizer()` (Node) or `await loadSummarizer()` (browser, `precis/lazy`).
 *
 * @example
 * const precis = createSummarizer({ sentences: 2 });
 * for (const article of articles) console.log(precis.summarize(article).text);
 */
export interface Summarizer {
  /** Summarizes `text`; `options` override the summarizer's defaults for this call. */
  summarize(text: string, options?: SummarizeOptions): Summary;
  /** Every paragraph-level line and sentence of `text`, with offsets, kind and rule. */
  segment(text: string, options?: SegmentOptionsInput): Segment[];
  /** Fits a corpus IDF model with this summarizer's analysis (stopwords, furniture rules). */
  fitIdf(documents: Iterable<string>, options?: SegmentOptionsInput & Pick<SummarizeOptions, 'stopwords'>): IdfModel;
  /** The defaults, validated. */
  readonly defaults: Readonly<SummarizeOptions>;
}

/**
 * Builds a summarizer on a wink-nlp provider, called before each text with the number of
 * characters wink will read (the text and a title), so it can bring its instance back to the model
 * as loaded (see `isolatedNlp`). The provider is called on first use only, so creating a summarizer
 * never loads the model. A caller's own instance (`options.nlp`) is used as it is.
 */
export function makeSummarizer(defaults: SummarizeOptions | undefined, loadNlp: (chars: number) => WinkNlp): Summarizer {
  const base: ResolvedOptions = resolveOptions(defaults);
  const frozen = Object.freeze({ ...(defaults ?? {}) });
  const nlpFor = (resolved: ResolvedOptions, text: unknown): WinkNlp =>
    resolved.nlp ?? loadNlp((typeof text === 'string' ? text.length : 0) + (typeof resolved.title === 'string' ? resolved.title.length : 0));
  const run = <T>(text: unknown, options: unknown, body: (nlp: WinkNlp, resolved: ResolvedOptions) => T, only?: ReadonlySet<string>): T => {
    const resolved = resolveOptions(options, base, only);
    // A caller's own instance that throws fails as a precis error (ERR_NLP_FAILED), its error the cause.
    return resolved.nlp !== undefined ? withCallerNlp(() => body(resolved.nlp!, resolved)) : body(nlpFor(resolved, text), resolved);
  };
  return Object.freeze({
    defaults: frozen,
    summarize: (text: string, options?: SummarizeOptions) => run(text, options, (nlp, o) => summarizeText(nlp, text, o)),
    segment: (text: string, options?: SegmentOptionsInput) => run(text, options, (nlp, o) => segmentAll(nlp, text, o), SEGMENT_KEYS),
    fitIdf: (documents: Iterable<string>, options?: SegmentOptionsInput) => {
      const resolved = resolveOptions(options, base, FIT_KEYS);
      // Each document is read from the model as loaded, as `summarize` reads it.
      const fit = (): IdfModel => fitIdfOn((doc) => nlpFor(resolved, doc), documents, resolved);
      return resolved.nlp !== undefined ? withCallerNlp(fit) : fit();
    },
  });
}
