import { PrecisRangeError, PrecisTypeError, describe } from '../errors';
import { mulberry32, randomInt } from './prng';
import type { Evaluation } from './types';

/**
 * Options of {@link pairedBootstrap} and {@link compareEvaluations}.
 *
 * @example
 * pairedBootstrap(ours, theirs, { resamples: 10_000, confidence: 0.99, seed: 7 });
 */
export interface BootstrapOptions {
  /** Number of resamples. @default 1000 */
  readonly resamples?: number;
  /** Coverage of the interval, in (0, 1). @default 0.95 */
  readonly confidence?: number;
  /** Seed of the resampling; the same seed gives the same interval. @default 1 */
  readonly seed?: number;
}

/**
 * A mean difference with its bootstrap confidence interval (same units as the inputs).
 *
 * @example
 * const { difference, low, high } = pairedBootstrap([0.4, 0.5, 0.6], [0.3, 0.5, 0.4]);
 * // difference 0.1; the difference is significant when low > 0 or high < 0
 */
export interface BootstrapInterval {
  /** Mean over documents of `a[i] − b[i]`. */
  readonly difference: number;
  /** Lower bound of the interval. */
  readonly low: number;
  /** Upper bound of the interval. */
  readonly high: number;
}

/**
 * The paired differences of two evaluations on each ROUGE F1.
 *
 * @example
 * const c = compareEvaluations(evaluate(records, precis()), evaluate(records, lead(3)));
 * `R-1 ${(100 * c.rouge1.difference).toFixed(2)} [${(100 * c.rouge1.low).toFixed(2)}, ${(100 * c.rouge1.high).toFixed(2)}]`;
 */
export interface Comparison {
  /** ROUGE-1 F1 of `a` minus that of `b`. */
  readonly rouge1: BootstrapInterval;
  /** ROUGE-2 F1 of `a` minus that of `b`. */
  readonly rouge2: BootstrapInterval;
  /** ROUGE-L F1 of `a` minus that of `b`. */
  readonly rougeL: BootstrapInterval;
  /** Number of paired documents. */
  readonly documents: number;
  /** Number of resamples used. */
  readonly resamples: number;
  /** Coverage of the intervals. */
  readonly confidence: number;
  /** Seed of the resampling. */
  readonly seed: number;
}

/**
 * Resamples of a bootstrap when `resamples` is not given: 1000.
 *
 * @example
 * compareEvaluations(a, b).resamples === DEFAULT_RESAMPLES; // true
 */
export const DEFAULT_RESAMPLES = 1000;
/**
 * Coverage of a bootstrap interval when `confidence` is not given: 0.95.
 *
 * @example
 * compareEvaluations(a, b).confidence === DEFAULT_CONFIDENCE; // true
 */
export const DEFAULT_CONFIDENCE = 0.95;
/**
 * Seed of a bootstrap when `seed` is not given: 1.
 *
 * @example
 * compareEvaluations(a, b).seed === DEFAULT_SEED; // true
 */
export const DEFAULT_SEED = 1;

interface Resolved {
  readonly resamples: number;
  readonly confidence: number;
  readonly seed: number;
}

function resolve(options: BootstrapOptions): Resolved {
  const { resamples = DEFAULT_RESAMPLES, confidence = DEFAULT_CONFIDENCE, seed = DEFAULT_SEED } = options;
  if (!Number.isInteger(resamples) || resamples < 1) {
    throw new PrecisRangeError('ERR_INVALID_ARGUMENT', `Expected \`resamples\` to be a positive integer, got ${describe(resamples)}`);
  }
  if (typeof confidence !== 'number' || !(confidence > 0 && confidence < 1)) {
    throw new PrecisRangeError('ERR_INVALID_ARGUMENT', `Expected \`confidence\` to be a number in (0, 1), got ${describe(confidence)}`);
  }
  if (!Number.isInteger(seed)) throw new PrecisTypeError('ERR_INVALID_ARGUMENT', `Expected \`seed\` to be an integer, got ${describe(seed)}`);
  return { resamples, confidence, seed };
}

/**
 * The q-quantile of sorted values, interpolating linearly between order statistics (type 7).
 *
 * @example
 * quantile([1, 2, 3, 4], 0.5);  // 2.5
 * quantile([1, 2, 3, 4], 0.25); // 1.75
 */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return (sorted[lo] as number) + (h - lo) * ((sorted[hi] as number) - (sorted[lo] as number));
}

/** Bootstrap intervals for several paired difference series, resampling the same documents for all. */
function intervals(series: readonly Float64Array[], options: Resolved): BootstrapInterval[] {
  const n = series[0]?.length ?? 0;
  const next = mulberry32(options.seed);
  const means = series.map(() => new Float64Array(options.resamples));
  for (let b = 0; b < options.resamples; b++) {
    const sums = new Float64Array(series.length);
    for (let i = 0; i < n; i++) {
      const j = randomInt(next, n);
      for (let s = 0; s < series.length; s++) sums[s]! += (series[s] as Float64Array)[j] as number;
    }
    for (let s = 0; s < series.length; s++) (means[s] as Float64Array)[b] = (sums[s] as number) / n;
  }
  const tail = (1 - options.confidence) / 2;
  return series.map((d, s) => {
    const sorted = (means[s] as Float64Array).sort();
    let total = 0;
    for (let i = 0; i < n; i++) total += d[i] as number;
    return { difference: total / n, low: quantile(sorted, tail), high: quantile(sorted, 1 - tail) };
  });
}

function differences(a: ArrayLike<number>, b: ArrayLike<number>): Float64Array {
  const d = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) d[i] = (a[i] as number) - (b[i] as number);
  return d;
}

/**
 * Paired bootstrap (percentile method) of the mean difference `a[i] − b[i]` of two systems scored
 * on the same documents: documents are resampled with replacement, and the interval holds the
 * middle `confidence` share of the resampled means. Seeded, so the same inputs give the same interval.
 *
 * @example
 * const ours = evaluate(records, precis()), base = evaluate(records, lead(3));
 * pairedBootstrap(ours.documents.map((d) => d.scores.rouge1.f), base.documents.map((d) => d.scores.rouge1.f));
 * // { difference: 0.004, low: -0.001, high: 0.009 }: not a significant gain
 */
export function pairedBootstrap(a: readonly number[], b: readonly number[], options: BootstrapOptions = {}): BootstrapInterval {
  if (!Array.isArray(a) || !Array.isArray(b)) {
    throw new PrecisTypeError('ERR_INVALID_ARGUMENT', `Expected two arrays of numbers, got ${describe(a)} and ${describe(b)}`);
  }
  if (a.length !== b.length) throw new PrecisRangeError('ERR_INVALID_ARGUMENT', `Expected paired arrays of the same length, got ${a.length} and ${b.length}`);
  if (a.length === 0) throw new PrecisRangeError('ERR_INVALID_ARGUMENT', 'Expected at least one paired value, got none');
  return intervals([differences(a, b)], resolve(options))[0] as BootstrapInterval;
}

/**
 * The paired differences `a − b` of two evaluations of the same records on ROUGE-1, ROUGE-2 and
 * ROUGE-L F1, each with its bootstrap confidence interval; the three share the same resamples.
 * Documents are paired by position and must have the same ids.
 *
 * @example
 * const c = compareEvaluations(evaluate(records, precis()), evaluate(records, lead(3)));
 * c.rouge1; // { difference, low, high } in F1 units (multiply by 100 for points)
 */
export function compareEvaluations(a: Evaluation, b: Evaluation, options: BootstrapOptions = {}): Comparison {
  const resolved = resolve(options);
  const n = a.documents.length;
  if (b.documents.length !== n) {
    throw new PrecisRangeError('ERR_INVALID_ARGUMENT', `Expected evaluations of the same documents, got ${n} and ${b.documents.length} documents`);
  }
  if (n === 0) throw new PrecisRangeError('ERR_INVALID_ARGUMENT', 'Expected evaluations of at least one document, got none');
  a.documents.forEach((d, i) => {
    const other = b.documents[i]?.id;
    if (d.id !== other) throw new PrecisRangeError('ERR_INVALID_ARGUMENT', `Expected document ${i} to be \`${d.id}\` in both evaluations, got \`${String(other)}\``);
  });
  const f = (e: Evaluation, m: 'rouge1' | 'rouge2' | 'rougeL'): number[] => e.documents.map((d) => d.scores[m].f);
  const [rouge1, rouge2, rougeL] = intervals(
    [differences(f(a, 'rouge1'), f(b, 'rouge1')), differences(f(a, 'rouge2'), f(b, 'rouge2')), differences(f(a, 'rougeL'), f(b, 'rougeL'))],
    resolved,
  ) as [BootstrapInterval, BootstrapInterval, BootstrapInterval];
  return { rouge1, rouge2, rougeL, documents: n, ...resolved };
}
