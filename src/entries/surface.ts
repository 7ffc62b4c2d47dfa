/**
 * What `precis` and `precis/lazy` both export besides their entry points: the IDF model, the
 * errors, the default weights and the types of options and results.
 */
export { IdfModel, type IdfJSON } from '../idf';
export { PrecisError, PrecisRangeError, PrecisTypeError, isPrecisError, type PrecisErrorCode } from '../errors';
export { DEFAULT_WEIGHTS, type ScoringWeights, type StopwordsOption, type SummarizeOptions } from '../options';
export type { EngineOption, LanguageOption, LanguageCode } from '../language/languages';
export type { SegmentOptionsInput, Summarizer } from '../summarizer';
export type {
  Segment,
  SegmentKind,
  SegmentRule,
  Signals,
  Summary,
  SummarySentence,
  SummaryStats,
  SummaryWarning,
  WarningCode,
} from '../types';
export type { WinkNlp } from '../language/wink/nlp';
