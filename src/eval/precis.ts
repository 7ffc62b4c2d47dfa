import type { Splitter } from './split';
import type { System } from './types';

/**
 * What evaluation reads of a precis summarizer: `createSummarizer()` from `precis` gives one. The
 * evaluation code only calls it, so `precis/eval` never loads precis's pipeline or the language
 * model: evaluating precis goes through its public API.
 *
 * @example
 * import { createSummarizer } from 'precis';
 * const summarizer: SummarizerLike = createSummarizer({ sentences: 3 });
 */
export interface SummarizerLike {
  /** Summarizes `text`, with the record's headline as `title` when it has one. */
  summarize(
    text: string,
    options?: { readonly title?: string },
  ): {
    /** The summary's sentences, in order. */
    readonly sentences: readonly {
      /** The sentence as written. */
      readonly text: string;
    }[];
  };
  /** Every paragraph-level line and sentence of `text`. */
  segment(
    text: string,
    options?: { readonly title?: string },
  ): readonly {
    /** `sentence` for prose (the title and furniture are other kinds). */
    readonly kind: string;
    /** Whether the sentence may be selected. */
    readonly candidate: boolean;
    /** The segment as written. */
    readonly text: string;
  }[];
}

const titleOf = (title: string | null | undefined): { title?: string } => (typeof title === 'string' ? { title } : {});

/**
 * precis as a system under evaluation: `summarizer.summarize(record.text)`, with the record's
 * `title` passed as the headline when it is a string.
 *
 * @example
 * import { createSummarizer } from 'precis';
 * import { evaluate, precisSystem } from 'precis/eval';
 * evaluate(records, precisSystem(createSummarizer({ sentences: 3 }))).mean.rougeL.f;
 */
export function precisSystem(summarizer: SummarizerLike): System {
  return (record) => summarizer.summarize(record.text, titleOf(record.title)).sentences.map((s) => s.text);
}

/**
 * precis's candidate sentences of a record, as a {@link Splitter} for the baselines: the sentences of
 * article prose it may select (page furniture, the title, datelines and too short or too long
 * sentences excluded), from `summarizer.segment()`.
 *
 * @example
 * lead(3, { split: precisCandidates(createSummarizer()) }); // the filtered Lead-3
 */
export function precisCandidates(summarizer: SummarizerLike): Splitter {
  return (record) => summarizer.segment(record.text, titleOf(record.title)).filter((s) => s.kind === 'sentence' && s.candidate).map((s) => s.text);
}
