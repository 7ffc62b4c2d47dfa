import type { RougeScores } from './rouge';

/**
 * One evaluation record, as in the JSONL data files: an article and its human reference summary.
 *
 * @example
 * const record: EvalRecord = { id: 'cnn-dev-0', text: article, summary: 'First highlight\nSecond highlight' };
 */
export interface EvalRecord {
  /** The record's id (its line number when the file gives none). */
  readonly id: string;
  /** The article. */
  readonly text: string;
  /** The reference summary, one sentence per line. */
  readonly summary: string;
  /** The headline, when the source has one; systems pass it to precis as `title`. */
  readonly title?: string | null;
}

/**
 * A summarization system under evaluation: it returns the summary sentences of one record.
 *
 * @example
 * const firstParagraph: System = (record) => [record.text.split('\n\n')[0] ?? ''];
 */
export type System = (record: EvalRecord) => readonly string[];

/**
 * The result of one system on one record.
 *
 * @example
 * const worst = evaluate(records, lead(3)).documents.reduce((a, b) => (b.scores.rouge1.f < a.scores.rouge1.f ? b : a));
 */
export interface DocumentResult {
  /** The id of the record. */
  readonly id: string;
  /** The system's summary sentences. */
  readonly summary: readonly string[];
  /** ROUGE of the summary against the record's reference (fractions 0..1, as ROUGE-1.5.5 prints them). */
  readonly scores: RougeScores;
  /** Words in the summary (whitespace-separated parts that hold a letter or digit, as `maxWords` counts them). */
  readonly words: number;
  /** Milliseconds the system took to summarize the record (scoring excluded). */
  readonly ms: number;
}

/**
 * How a system's summaries look, to catch a system that fails quietly (a splitter that finds no
 * boundaries gives empty or one-sentence summaries, which ROUGE alone does not show). Words are
 * counted as `countWords` does (the count of `maxWords`).
 *
 * @example
 * const { health } = evaluate(records, precisSystem(createSummarizer()));
 * if (health.empty > 0) console.warn(`${health.empty} empty summaries`);
 */
export interface SummaryHealth {
  /** Summaries with no sentence holding a word. */
  readonly empty: number;
  /** Summaries with fewer sentences than asked (`EvaluateOptions.sentences`); 0 when not asked. */
  readonly short: number;
  /** Mean words of a summary sentence, over every sentence of every summary (0 when there are none). */
  readonly meanSentenceWords: number;
  /** Words of the longest summary sentence. */
  readonly maxSentenceWords: number;
}

/**
 * A system's results over a set of records.
 *
 * @example
 * const { mean, meanWords } = evaluate(records, precisSystem(createSummarizer({ sentences: 3 })));
 * console.log((100 * mean.rouge1.f).toFixed(2), meanWords);
 */
export interface Evaluation {
  /** Corpus scores: the plain mean over documents of the per-document P, R and F (not rounded). */
  readonly mean: RougeScores;
  /** Mean words per summary. */
  readonly meanWords: number;
  /** Empty and short summaries, sentence lengths. */
  readonly health: SummaryHealth;
  /** Mean milliseconds per document. */
  readonly meanMs: number;
  /** Per-document results, in the order of the records. */
  readonly documents: readonly DocumentResult[];
}
