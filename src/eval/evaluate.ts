import { PrecisTypeError, describe } from '../errors';
import { countWords } from '../text/words';
import { recordProblem } from './records';
import { rouge, type RougeScore, type RougeScores } from './rouge';
import type { DocumentResult, EvalRecord, Evaluation, SummaryHealth, System } from './types';

/**
 * Options of {@link aggregate}.
 *
 * @example
 * aggregate(results, { sentences: 3 }).health; // "short" means fewer than 3 sentences
 */
export interface AggregateOptions {
  /**
   * The number of sentences the system was asked for, to count the summaries shorter than that
   * (`health.short`). Leave it out when the length was a ratio or a budget.
   * @default undefined
   */
  readonly sentences?: number;
}

/**
 * Options of {@link evaluate}.
 *
 * @example
 * evaluate(records, lead(3), { onDocument: (result, i) => bar.update(i + 1) });
 */
export interface EvaluateOptions extends AggregateOptions {
  /**
   * Called after each document is scored, e.g. to draw progress.
   * @default undefined
   */
  readonly onDocument?: (result: DocumentResult, index: number) => void;
  /**
   * The ROUGE to score with: ROUGE-1.5.5 (`rouge`), or for languages other than English
   * `(s, r) => rougeUnicode(s, r, { language })`.
   * @default rouge
   */
  readonly scorer?: Scorer;
}

/**
 * Scores a system summary against a reference (`rouge`, or `rougeUnicode` with a language).
 *
 * @example
 * const french: Scorer = (s, r) => rougeUnicode(s, r, { language: 'fr' });
 * evaluate(records, lead(1), { scorer: french });
 */
export type Scorer = (system: readonly string[], reference: string) => RougeScores;

const MEASURES = ['rouge1', 'rouge2', 'rougeL'] as const;

function summaryWords(sentences: readonly string[]): number {
  let n = 0;
  for (const sentence of sentences) n += countWords(sentence);
  return n;
}

function checkSummary(output: unknown, id: string): readonly string[] {
  if (!Array.isArray(output)) {
    throw new PrecisTypeError('ERR_INVALID_SUMMARY', `Expected the system to return an array of sentences for record \`${id}\`, got ${describe(output)}`);
  }
  output.forEach((s: unknown, i) => {
    if (typeof s !== 'string') {
      throw new PrecisTypeError('ERR_INVALID_SUMMARY', `Expected sentence ${i} of the summary of record \`${id}\` to be a string, got ${describe(s)}`);
    }
  });
  return output as readonly string[];
}

/**
 * Runs `system` on one record and scores its summary against the record's reference with ROUGE-1.5.5
 * rules. `ms` is the time the system took; scoring is not timed.
 *
 * @example
 * const result = scoreDocument(record, lead(3));
 * result.scores.rouge1.f; // 0..1
 */
export function scoreDocument(record: EvalRecord, system: System, scorer: Scorer = rouge): DocumentResult {
  const started = performance.now();
  const output: unknown = system(record);
  const ms = performance.now() - started;
  const summary = checkSummary(output, record.id);
  return { id: record.id, summary, scores: scorer(summary, record.summary), words: summaryWords(summary), ms };
}

function healthOf(documents: readonly DocumentResult[], asked: number | undefined): SummaryHealth {
  let empty = 0;
  let short = 0;
  let sentences = 0;
  let words = 0;
  let longest = 0;
  for (const d of documents) {
    let kept = 0;
    for (const sentence of d.summary) {
      const n = countWords(sentence);
      if (n === 0) continue;
      kept++;
      words += n;
      longest = Math.max(longest, n);
    }
    sentences += kept;
    if (kept === 0) empty++;
    if (asked !== undefined && kept < asked) short++;
  }
  return { empty, short, meanSentenceWords: sentences === 0 ? 0 : words / sentences, maxSentenceWords: longest };
}

/**
 * Corpus figures of per-document results: the plain mean of each P, R and F (ROUGE-1.5.5's own
 * `Average_*` is a bootstrap mean and differs in the 4th decimal), mean words, mean time, and the
 * summaries' health (empty and short summaries, sentence lengths). An empty list gives zeros.
 *
 * @example
 * const documents = records.map((r) => scoreDocument(r, lead(3)));
 * aggregate(documents, { sentences: 3 }).health.short; // summaries of fewer than 3 sentences
 */
export function aggregate(documents: readonly DocumentResult[], options: AggregateOptions = {}): Evaluation {
  const n = documents.length;
  const mean = (pick: (d: DocumentResult) => number): number => {
    if (n === 0) return 0;
    let sum = 0;
    for (const d of documents) sum += pick(d);
    return sum / n;
  };
  const measure = (m: (typeof MEASURES)[number]): RougeScore => ({
    p: mean((d) => d.scores[m].p),
    r: mean((d) => d.scores[m].r),
    f: mean((d) => d.scores[m].f),
  });
  const scores: RougeScores = { rouge1: measure('rouge1'), rouge2: measure('rouge2'), rougeL: measure('rougeL') };
  return { mean: scores, meanWords: mean((d) => d.words), meanMs: mean((d) => d.ms), health: healthOf(documents, options.sentences), documents };
}

/**
 * Evaluates a summarization system on records with references: per-document ROUGE-1, ROUGE-2 and
 * summary-level ROUGE-L (as the official ROUGE-1.5.5 computes them with `-m`), their corpus means
 * (the plain mean over documents) and the summaries' health. Throws a `PrecisTypeError`
 * (`ERR_INVALID_RECORD`) naming the record when a record is not `{ id?, text, summary, title? }`,
 * and `ERR_INVALID_SUMMARY` when the system returns something other than an array of strings.
 *
 * @example
 * import { createSummarizer } from 'precis';
 * import { evaluate, lead, precisSystem } from 'precis/eval';
 * const ours = evaluate(records, precisSystem(createSummarizer({ sentences: 3 })), { sentences: 3 });
 * const base = evaluate(records, lead(3), { sentences: 3 });
 * ours.mean.rouge1.f - base.mean.rouge1.f;
 * ours.health.empty; // summaries without a sentence
 */
export function evaluate(records: Iterable<EvalRecord>, system: System, options: EvaluateOptions = {}): Evaluation {
  if (records === null || typeof records !== 'object' || !(Symbol.iterator in records)) {
    throw new PrecisTypeError('ERR_INVALID_ARGUMENT', `Expected \`records\` to be an iterable of records, got ${describe(records)}`);
  }
  if (typeof system !== 'function') throw new PrecisTypeError('ERR_INVALID_ARGUMENT', `Expected \`system\` to be a function, got ${describe(system)}`);
  const documents: DocumentResult[] = [];
  let index = 0;
  for (const record of records) {
    const problem = recordProblem(record);
    if (problem !== undefined) throw new PrecisTypeError('ERR_INVALID_RECORD', `records[${index}]: ${problem}`);
    const normalized = typeof record.id === 'string' ? record : { ...record, id: String(record.id ?? index) };
    const result = scoreDocument(normalized, system, options.scorer);
    documents.push(result);
    options.onDocument?.(result, index);
    index++;
  }
  return aggregate(documents, options);
}
