import { describe } from '../errors';
import { recordProblem } from './records';
import { rouge, type RougeScore, type RougeScores } from './rouge';
import type { DocumentResult, EvalRecord, Evaluation, System } from './types';

/** Options of {@link evaluate}. */
export interface EvaluateOptions {
  /**
   * Called after each document is scored, e.g. to draw progress.
   * @default undefined
   */
  readonly onDocument?: (result: DocumentResult, index: number) => void;
}

const MEASURES = ['rouge1', 'rouge2', 'rougeL'] as const;

/** Words of a summary as a reader counts them: whitespace-separated parts holding a letter or digit. */
export function countWords(sentences: readonly string[]): number {
  let n = 0;
  for (const sentence of sentences) {
    for (const part of sentence.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(part)) n++;
  }
  return n;
}

function checkSummary(output: unknown, id: string): readonly string[] {
  if (!Array.isArray(output)) {
    throw new TypeError(`Expected the system to return an array of sentences for record \`${id}\`, got ${describe(output)}`);
  }
  output.forEach((s: unknown, i) => {
    if (typeof s !== 'string') {
      throw new TypeError(`Expected sentence ${i} of the summary of record \`${id}\` to be a string, got ${describe(s)}`);
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
export function scoreDocument(record: EvalRecord, system: System): DocumentResult {
  const started = performance.now();
  const output: unknown = system(record);
  const ms = performance.now() - started;
  const summary = checkSummary(output, record.id);
  return { id: record.id, summary, scores: rouge(summary, record.summary), words: countWords(summary), ms };
}

/**
 * Corpus figures of per-document results: the plain mean of each P, R and F (ROUGE-1.5.5's own
 * `Average_*` is a bootstrap mean and differs in the 4th decimal), mean words and mean time.
 * An empty list gives zeros.
 */
export function aggregate(documents: readonly DocumentResult[]): Evaluation {
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
  return { mean: scores, meanWords: mean((d) => d.words), meanMs: mean((d) => d.ms), documents };
}

/**
 * Evaluates a summarization system on records with references: per-document ROUGE-1, ROUGE-2 and
 * summary-level ROUGE-L (as the official ROUGE-1.5.5 computes them with `-m`), and their corpus
 * means (the plain mean over documents). Throws a `TypeError` naming the record when a record is
 * not `{ id, text, summary }` or the system returns something other than an array of strings.
 *
 * @example
 * import { evaluate, lead, precis } from 'precis/eval';
 * const ours = evaluate(records, precis({ sentences: 3 }));
 * const base = evaluate(records, lead(3));
 * ours.mean.rouge1.f - base.mean.rouge1.f;
 */
export function evaluate(records: Iterable<EvalRecord>, system: System, options: EvaluateOptions = {}): Evaluation {
  if (records === null || typeof records !== 'object' || !(Symbol.iterator in records)) {
    throw new TypeError(`Expected \`records\` to be an iterable of records, got ${describe(records)}`);
  }
  if (typeof system !== 'function') throw new TypeError(`Expected \`system\` to be a function, got ${describe(system)}`);
  const documents: DocumentResult[] = [];
  let index = 0;
  for (const record of records) {
    const problem = recordProblem(record);
    if (problem !== undefined) throw new TypeError(`records[${index}]: ${problem}`);
    const normalized = typeof record.id === 'string' ? record : { ...record, id: String(record.id ?? index) };
    const result = scoreDocument(normalized, system);
    documents.push(result);
    options.onDocument?.(result, index);
    index++;
  }
  return aggregate(documents);
}
