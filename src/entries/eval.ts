/**
 * precis/eval: ROUGE as the official ROUGE-1.5.5 script computes it (`-m`, summary-level ROUGE-L),
 * baselines on a plain splitter, corpus evaluation with the summaries' health, and paired bootstrap
 * intervals, for researchers who measure summaries. It loads no language model: precis itself is
 * evaluated through its public API (`precisSystem(createSummarizer())` from `precis`).
 */
export { rouge, type RougeInput, type RougeScore, type RougeScores } from '../eval/rouge';
export { tokenize } from '../eval/tokenize';
export { stem } from '../eval/porter';
export { rougeUnicode, tokenizeUnicode, type UnicodeRougeOptions } from '../eval/rouge-unicode';
export { evaluate, scoreDocument, aggregate, type AggregateOptions, type EvaluateOptions, type Scorer } from '../eval/evaluate';
export { lead, random, type BaselineLength, type BaselineOptions } from '../eval/baselines';
export { plainSentences, plainSplitter, type Splitter } from '../eval/split';
export { precisSystem, precisCandidates, type SummarizerLike } from '../eval/precis';
export {
  pairedBootstrap,
  compareEvaluations,
  DEFAULT_CONFIDENCE,
  DEFAULT_RESAMPLES,
  DEFAULT_SEED,
  type BootstrapInterval,
  type BootstrapOptions,
  type Comparison,
} from '../eval/bootstrap';
export { parseRecord, type ParsedRecord } from '../eval/records';
export type { DocumentResult, EvalRecord, Evaluation, SummaryHealth, System } from '../eval/types';
