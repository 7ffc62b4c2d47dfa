import { fitIdfOn, segmentAll, summarizeText } from './pipeline/summarize';
import type { IdfModel } from './idf';
import { chooseLanguage, type LanguageChoice } from './language/choose';
import type { Engine } from './language/engine';
import type { LanguageSupport } from './language/support';
import { withCallerNlp } from './language/wink/check';
import type { WinkNlp } from './language/wink/nlp';
import { splitSentences } from './pipeline/sentences';
import { ENGLISH_GLUE, ENGLISH_SENTENCE_OPENERS } from './language/packs/en-words';
import { resolveOptions, type ResolvedOptions, type SummarizeOptions } from './options';
import type { Segment, Summary } from './types';

/**
 * Options that change how a text is segmented (a subset of {@link SummarizeOptions}).
 *
 * @example
 * segment(page, { title: false, minSentenceWords: 3 });
 */
export type SegmentOptionsInput = Pick<SummarizeOptions, 'title' | 'furniture' | 'minSentenceWords' | 'maxSentenceWords' | 'nlp' | 'maxInputChars' | 'language' | 'engine'>;

const SEGMENT_KEYS: ReadonlySet<string> = new Set(['title', 'furniture', 'minSentenceWords', 'maxSentenceWords', 'nlp', 'maxInputChars', 'language', 'engine']);
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

/** English through wink-nlp: its sentence boundaries and tokens, with precis's corrections on top. */
export function winkEngine(nlp: WinkNlp): Engine {
  return { language: 'en', glue: ENGLISH_GLUE, split: (text, start, end, form) => splitSentences(nlp, text, start, end, form, ENGLISH_OPENERS) };
}
const ENGLISH_OPENERS: ReadonlySet<string> = new Set(ENGLISH_SENTENCE_OPENERS);

/** Text warnings that a supported language makes moot (its script is read with its own engine). */
const MOOT_FOR_LANGUAGES: ReadonlySet<string> = new Set(['NON_LATIN_SCRIPT']);

/**
 * Builds a summarizer on a wink-nlp provider (English) and the languages at hand. The provider is
 * called before each English text with the number of characters wink will read (the text and a
 * title), so it can bring its instance back to the model as loaded (see `isolatedNlp`); it is
 * called on first use only, so creating a summarizer never loads the model. A caller's own
 * instance (`options.nlp`) is used as it is. Each text is read in the language the `language`
 * option asks for or detection finds (see `chooseLanguage`).
 */
export function makeSummarizer(defaults: SummarizeOptions | undefined, loadNlp: (chars: number) => WinkNlp, languages: LanguageSupport): Summarizer {
  const base: ResolvedOptions = resolveOptions(defaults);
  const frozen = Object.freeze({ ...(defaults ?? {}) });
  const nlpFor = (resolved: ResolvedOptions, text: unknown): WinkNlp =>
    resolved.nlp ?? loadNlp((typeof text === 'string' ? text.length : 0) + (typeof resolved.title === 'string' ? resolved.title.length : 0));
  const choose = (resolved: ResolvedOptions, text: unknown): LanguageChoice | undefined =>
    typeof text === 'string' ? chooseLanguage(text, resolved.language, languages, resolved.engine) : undefined;
  const engineFor = (resolved: ResolvedOptions, text: unknown, choice = choose(resolved, text)): Engine =>
    choice?.engine ?? winkEngine(nlpFor(resolved, text));
  const run = <T>(text: unknown, options: unknown, body: (engine: Engine, resolved: ResolvedOptions, choice: LanguageChoice | undefined) => T, only?: ReadonlySet<string>): T => {
    const resolved = resolveOptions(options, base, only);
    const go = (): T => {
      const choice = choose(resolved, text);
      return body(engineFor(resolved, text, choice), resolved, choice);
    };
    // A caller's own instance that throws fails as a precis error (ERR_NLP_FAILED), its error the cause.
    return resolved.nlp !== undefined ? withCallerNlp(go) : go();
  };
  return Object.freeze({
    defaults: frozen,
    summarize: (text: string, options?: SummarizeOptions) =>
      run(text, options, (engine, o, choice): Summary => {
        const summary = summarizeText(engine, text, o);
        if (choice === undefined) return summary;
        const moot = choice.language !== 'en' && choice.language !== 'und';
        const warnings = moot ? summary.warnings.filter((w) => !MOOT_FOR_LANGUAGES.has(w.code)) : summary.warnings;
        return { ...summary, language: choice.language, warnings: [...choice.warnings, ...warnings] };
      }),
    segment: (text: string, options?: SegmentOptionsInput) => run(text, options, (engine, o) => segmentAll(engine, text, o), SEGMENT_KEYS),
    fitIdf: (documents: Iterable<string>, options?: SegmentOptionsInput) => {
      const resolved = resolveOptions(options, base, FIT_KEYS);
      // Each document is read from the model as loaded, as `summarize` reads it, in its own language.
      const fit = (): IdfModel => fitIdfOn((doc) => engineFor(resolved, doc), documents, resolved);
      return resolved.nlp !== undefined ? withCallerNlp(fit) : fit();
    },
  });
}
