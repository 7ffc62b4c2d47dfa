/** What a segment of the input is, as the pipeline sees it. */
export type SegmentKind = 'sentence' | 'title' | 'furniture';

/**
 * Why a segment is furniture (never selected), or why a sentence is not a candidate.
 * Furniture rules are listed in `FURNITURE_RULES` (src/furniture.ts); the sentence filters are
 * `too-short` and `too-long`.
 */
export type SegmentRule =
  | 'navigation'
  | 'legal'
  | 'teaser'
  | 'byline'
  | 'editor-note'
  | 'timestamp'
  | 'caption'
  | 'section-label'
  | 'no-terminal-punctuation'
  | 'repeated'
  | 'dateline'
  | 'too-short'
  | 'too-long';

/**
 * One piece of the input: a paragraph-level line (title, furniture) or a sentence.
 * `input.slice(start, end) === text` always holds (UTF-16 offsets into the original input).
 */
export interface Segment {
  /** The segment exactly as written in the input. */
  readonly text: string;
  /** Offset of the first character in the input (UTF-16 code units). */
  readonly start: number;
  /** Offset just past the last character. */
  readonly end: number;
  /** Zero-based paragraph number (paragraphs are separated by blank lines). */
  readonly paragraph: number;
  readonly kind: SegmentKind;
  /** For `sentence` segments: the position among all sentences of the input. */
  readonly index?: number;
  /** True when the sentence may be selected for the summary. */
  readonly candidate: boolean;
  /** For furniture: the rule that matched. For sentences that are not candidates: the filter. */
  readonly rule?: SegmentRule;
}

/** The breakdown of one candidate's score, returned when `explain` is on. */
export interface Signals {
  /** Directed centrality: how much later sentences echo this one minus how much it echoes earlier ones, min-max normalised to 0..1. */
  readonly centrality: number;
  /** Position prior: 1 for the first candidate, falling linearly towards 0. */
  readonly position: number;
  /** Share of the title's terms that the sentence contains (0 without a title). */
  readonly title: number;
  /** Length-normalised TF-IDF weight of the sentence, min-max normalised to 0..1. */
  readonly tfidf: number;
  /** 1 when the sentence opens its paragraph. */
  readonly paragraphStart: number;
  /** 1 when the sentence opens with a quotation mark. */
  readonly quote: number;
  /** 1 when the sentence is a question. */
  readonly question: number;
  /** How far the sentence runs past 30 words: 0 up to 30, 1 from 60. */
  readonly length: number;
}

/** A sentence chosen for the summary. */
export interface SummarySentence {
  /** The sentence exactly as written: `input.slice(start, end) === text`. */
  readonly text: string;
  /** Position among all sentences of the input (see {@link Segment.index}). */
  readonly index: number;
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  /** The combined score (higher is better); comparable within one summary only. */
  readonly score: number;
  /** Signal breakdown, present when `explain: true`. */
  readonly signals?: Signals;
}

/** Counts that show what the pipeline did. */
export interface SummaryStats {
  readonly paragraphs: number;
  /** Sentences of article prose (kind `sentence`). */
  readonly sentences: number;
  /** Sentences that could be selected. */
  readonly candidates: number;
  /** Words in the sentences of the input. */
  readonly words: number;
  /** Sentences selected. */
  readonly selected: number;
  /** Words in the summary. */
  readonly summaryWords: number;
}

/** Stable codes for conditions that do not fail the call. */
export type WarningCode =
  | 'EMPTY_INPUT'
  | 'NO_CANDIDATES'
  | 'FEWER_CANDIDATES'
  | 'BUDGET_EXCEEDED'
  | 'NON_LATIN_SCRIPT'
  | 'MARKUP';

export interface SummaryWarning {
  readonly code: WarningCode;
  readonly message: string;
}

/** The result of `summarize()`. */
export interface Summary {
  /** The selected sentences joined by a single space, in the order of `sentences`. */
  readonly text: string;
  readonly sentences: readonly SummarySentence[];
  readonly stats: SummaryStats;
  readonly warnings: readonly SummaryWarning[];
  /** The title used for scoring (given or detected), if any. */
  readonly title?: string;
  /** Every segment with its kind and rule, present when `explain: true`. */
  readonly segments?: readonly Segment[];
}
