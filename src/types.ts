/**
 * What a segment of the input is, as the pipeline sees it.
 *
 * @example
 * segment(page).filter((s) => s.kind === 'sentence').length; // sentences of prose
 */
export type SegmentKind = 'sentence' | 'title' | 'furniture';

/**
 * Why a segment is furniture (never selected), or why a sentence is not a candidate.
 * Furniture rules are `LINE_RULES` and the sentence rules of `classifySentence` (src/pipeline/furniture.ts);
 * the sentence filters are `too-short` and `too-long`.
 *
 * @example
 * segment(page).filter((s) => s.rule === 'byline').map((s) => s.text); // ['By Jane Doe, CNN']
 */
export type SegmentRule =
  | 'navigation'
  | 'legal'
  | 'teaser'
  | 'byline'
  | 'editor-note'
  | 'timestamp'
  | 'caption'
  | 'promo'
  | 'section-label'
  | 'no-terminal-punctuation'
  | 'repeated'
  | 'dateline'
  | 'too-short'
  | 'too-long';

/**
 * One piece of the input: a paragraph-level line (title, furniture) or a sentence.
 * `input.slice(start, end) === text` always holds (UTF-16 offsets into the original input).
 *
 * @example
 * const [first] = segment('Storm hits coast\n\nThe storm reached the coast on Monday.');
 * // { text: 'Storm hits coast', start: 0, end: 16, paragraph: 0, kind: 'title', candidate: false }
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
  /** What the segment is: a `sentence`, the `title`, or page `furniture`. */
  readonly kind: SegmentKind;
  /** For `sentence` segments: the position among all sentences of the input. */
  readonly index?: number;
  /** True when the sentence may be selected for the summary. */
  readonly candidate: boolean;
  /** For furniture: the rule that matched. For sentences that are not candidates: the filter. */
  readonly rule?: SegmentRule;
}

/**
 * The breakdown of one candidate's score, returned when `explain` is on.
 *
 * @example
 * const { sentences } = summarize(text, { explain: true });
 * sentences[0].signals; // { centrality: 1, position: 1, title: 0.25, tfidf: 0, paragraphStart: 1, quote: 0, ... }
 */
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

/**
 * A sentence chosen for the summary.
 *
 * @example
 * for (const s of summarize(article).sentences) highlight(s.start, s.end); // article.slice(s.start, s.end) === s.text
 */
export interface SummarySentence {
  /** The sentence exactly as written: `input.slice(start, end) === text`. */
  readonly text: string;
  /** Position among all sentences of the input (see {@link Segment.index}). */
  readonly index: number;
  /** Zero-based paragraph number. */
  readonly paragraph: number;
  /** Offset of the first character in the input (UTF-16 code units). */
  readonly start: number;
  /** Offset just past the last character. */
  readonly end: number;
  /** The combined score (higher is better); comparable within one summary only. */
  readonly score: number;
  /** Signal breakdown, present when `explain: true`. */
  readonly signals?: Signals;
}

/**
 * Counts that show what the pipeline did.
 *
 * @example
 * const { stats } = summarize(article);
 * `${stats.selected} of ${stats.candidates} sentences, ${stats.summaryWords} of ${stats.words} words`;
 */
export interface SummaryStats {
  /** Paragraphs of the input (blocks separated by blank lines). */
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

/**
 * Stable codes for conditions that do not fail the call.
 *
 * @example
 * if (summary.warnings.some((w) => w.code === 'NO_CANDIDATES')) box.hidden = true;
 */
export type WarningCode =
  | 'EMPTY_INPUT'
  | 'NO_CANDIDATES'
  | 'FEWER_CANDIDATES'
  | 'BUDGET_EXCEEDED'
  | 'REPEATED_SENTENCES'
  | 'SEGMENTATION_SUSPECT'
  | 'NON_LATIN_SCRIPT'
  | 'MARKUP'
  | 'UNSUPPORTED_LANGUAGE'
  | 'LANGUAGE_NOT_LOADED';

/**
 * A condition that did not fail the call, reported in the result (the console stays quiet).
 *
 * @example
 * summarize('Too short.').warnings; // [{ code: 'NO_CANDIDATES', message: '...' }]
 */
export interface SummaryWarning {
  /** What happened, as a stable code. */
  readonly code: WarningCode;
  /** The same in words, for people. */
  readonly message: string;
}

/**
 * The result of `summarize()`.
 *
 * @example
 * const summary = summarize(article, { sentences: 3 });
 * box.textContent = summary.text;
 * if (summary.warnings.length > 0) console.warn(summary.warnings.map((w) => w.code));
 */
export interface Summary {
  /** The selected sentences joined by a single space, in the order of `sentences`. */
  readonly text: string;
  /** The selected sentences, in document order (or best first with `order: 'score'`). */
  readonly sentences: readonly SummarySentence[];
  /** Counts that show what the pipeline did. */
  readonly stats: SummaryStats;
  /** Conditions that did not fail the call (empty input, fewer candidates than asked...). */
  readonly warnings: readonly SummaryWarning[];
  /** The title used for scoring (given or detected), if any. */
  readonly title?: string;
  /**
   * The language the text was read as: a supported BCP 47 code (`'en'`, `'fr'`...), or `'und'` when
   * it was read language-neutrally (an unsupported language, see the warnings).
   */
  readonly language: string;
  /** Every segment with its kind and rule, present when `explain: true`. */
  readonly segments?: readonly Segment[];
}
