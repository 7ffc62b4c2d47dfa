/**
 * precis/eval: ROUGE as the official ROUGE-1.5.5 script computes it (`-m`, summary-level ROUGE-L),
 * baselines, corpus evaluation and paired bootstrap intervals, for researchers who measure summaries.
 */
export { rouge, tokenize, stem, porterStem, type RougeInput, type RougeScore, type RougeScores } from '../eval/rouge';
export { evaluate, scoreDocument, aggregate, countWords, type EvaluateOptions } from '../eval/evaluate';
export {
  lead,
  random,
  candidateSentences,
  baselineCount,
  baselineName,
  type BaselineLength,
  type BaselineOptions,
} from '../eval/baselines';
export { precis } from '../eval/precis-system';
export {
  pairedBootstrap,
  compareEvaluations,
  quantile,
  DEFAULT_CONFIDENCE,
  DEFAULT_RESAMPLES,
  DEFAULT_SEED,
  type BootstrapInterval,
  type BootstrapOptions,
  type Comparison,
} from '../eval/bootstrap';
export { parseRecord, recordProblem, type ParsedRecord } from '../eval/records';
export type { DocumentResult, EvalRecord, Evaluation, System } from '../eval/types';
