import { PrecisRangeError, PrecisTypeError, describe } from '../errors';
import { fnv1a } from '../text/hash';
import { mulberry32, randomInt } from './prng';
import { plainSplitter, type Splitter } from './split';
import type { System } from './types';

/**
 * How many sentences a baseline takes: a number k, or a fraction of the sentences the splitter
 * gives (`{ ratio }`, rounded up, at least one, the rule `summarize()` follows for `ratio`).
 *
 * @example
 * lead(3);              // the first 3 sentences
 * lead({ ratio: 0.2 }); // the first fifth of them, at least one
 */
export type BaselineLength =
  | number
  | {
      /** Fraction of the sentences, 0 < ratio ≤ 1. */
      readonly ratio: number;
    };

/**
 * Options of the baselines.
 *
 * @example
 * lead(3, { split: precisCandidates(createSummarizer()) }); // Lead-3 over precis's candidate sentences
 */
export interface BaselineOptions {
  /**
   * The sentences a baseline chooses from. `precisCandidates(createSummarizer())` gives precis's
   * candidate sentences (its splitter, furniture excluded): the stronger, "filtered" baseline.
   * @default plainSplitter (the plain rule of `plainSentences`)
   */
  readonly split?: Splitter;
}

function checkLength(length: unknown): BaselineLength {
  if (typeof length === 'number') {
    if (!Number.isInteger(length) || length < 1) {
      throw new PrecisRangeError('ERR_INVALID_ARGUMENT', `Expected the baseline length to be a positive integer, got ${describe(length)}`);
    }
    return length;
  }
  if (typeof length === 'object' && length !== null && 'ratio' in length) {
    const { ratio } = length as { ratio: unknown };
    if (typeof ratio !== 'number' || !(ratio > 0 && ratio <= 1)) {
      throw new PrecisRangeError('ERR_INVALID_ARGUMENT', `Expected \`ratio\` to be a number in (0, 1], got ${describe(ratio)}`);
    }
    return { ratio };
  }
  throw new PrecisTypeError('ERR_INVALID_ARGUMENT', `Expected the baseline length to be a positive integer or \`{ ratio }\`, got ${describe(length)}`);
}

function checkSplit(options: unknown): Splitter {
  if (options === undefined) return plainSplitter;
  if (typeof options !== 'object' || options === null) {
    throw new PrecisTypeError('ERR_INVALID_ARGUMENT', `Expected the baseline options to be an object, got ${describe(options)}`);
  }
  const { split } = options as { split?: unknown };
  if (split === undefined) return plainSplitter;
  if (typeof split !== 'function') throw new PrecisTypeError('ERR_INVALID_ARGUMENT', `Expected \`split\` to be a function, got ${describe(split)}`);
  return split as Splitter;
}

/** How many of `available` sentences a length asks for. */
export function baselineCount(length: BaselineLength, available: number): number {
  const wanted = typeof length === 'number' ? length : Math.max(1, Math.ceil(length.ratio * available));
  return Math.min(wanted, available);
}

/**
 * The lead baseline: the first k sentences of the article. By default on the plain splitter
 * (`plainSentences`), which shares nothing with precis; with `{ split: precisCandidates(summarizer) }`
 * on precis's candidate sentences, a stronger baseline for news pages (no furniture, no title).
 *
 * @example
 * evaluate(records, lead(3)).mean.rouge1.f;
 * evaluate(records, lead({ ratio: 0.45 }));                                   // a fraction of the sentences
 * evaluate(records, lead(3, { split: precisCandidates(createSummarizer()) })); // filtered Lead-3
 */
export function lead(length: BaselineLength, options?: BaselineOptions): System {
  const checked = checkLength(length);
  const split = checkSplit(options);
  return (record) => {
    const sentences = split(record);
    return sentences.slice(0, baselineCount(checked, sentences.length));
  };
}

/**
 * The random baseline: k sentences drawn uniformly without replacement, in document order. Each
 * record's draw depends only on `seed` and the record's `id`, so results do not change with the
 * order or the number of records evaluated.
 *
 * @example
 * evaluate(records, random(3, 1)).mean.rouge1.f;
 */
export function random(length: BaselineLength, seed: number, options?: BaselineOptions): System {
  const checked = checkLength(length);
  if (!Number.isInteger(seed)) throw new PrecisTypeError('ERR_INVALID_ARGUMENT', `Expected \`seed\` to be an integer, got ${describe(seed)}`);
  const split = checkSplit(options);
  return (record) => {
    const sentences = split(record);
    const k = baselineCount(checked, sentences.length);
    const next = mulberry32(fnv1a(`${seed >>> 0}:${record.id}`));
    // A partial Fisher-Yates shuffle picks k distinct positions.
    const order = sentences.map((_, i) => i);
    for (let i = 0; i < k; i++) {
      const j = i + randomInt(next, order.length - i);
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    return order
      .slice(0, k)
      .sort((a, b) => a - b)
      .map((i) => sentences[i] as string);
  };
}
