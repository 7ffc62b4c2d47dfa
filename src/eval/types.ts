import type { RougeScores } from './rouge';

/**
 * One evaluation record, as in the JSONL data files: an article and its human reference summary.
 *
 * @example
 * const record: EvalRecord = { id: 'cnn-dev-0', text: article, summary: 'First highlight\nSecond highlight' };
 */
export interface EvalRecord {
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

/** The result of one system on one record. */
export interface DocumentResult {
  readonly id: string;
  /** The system's summary sentences. */
  readonly summary: readonly string[];
  /** ROUGE of the summary against the record's reference (fractions 0..1, as ROUGE-1.5.5 prints them). */
  readonly scores: RougeScores;
  /** Words in the summary (whitespace-separated parts that hold a letter or digit). */
  readonly words: number;
  /** Milliseconds the system took to summarize the record (scoring excluded). */
  readonly ms: number;
}

/** A system's results over a set of records. */
export interface Evaluation {
  /** Corpus scores: the plain mean over documents of the per-document P, R and F (not rounded). */
  readonly mean: RougeScores;
  /** Mean words per summary. */
  readonly meanWords: number;
  /** Mean milliseconds per document. */
  readonly meanMs: number;
  /** Per-document results, in the order of the records. */
  readonly documents: readonly DocumentResult[];
}
