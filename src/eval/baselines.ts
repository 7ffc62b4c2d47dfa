import { describe } from '../errors';
import { createSummarizer, type SegmentOptionsInput, type Summarizer } from '../entries/index';
import { hashString, mulberry32, randomInt } from './prng';
import type { EvalRecord, System } from './types';

/**
 * How many sentences a baseline takes: a number k, or a fraction of the candidate sentences
 * (`{ ratio }`, rounded up, at least one, the rule `summarize()` follows for `ratio`).
 */
export type BaselineLength = number | { readonly ratio: number };

/**
 * Segmentation options of the baselines; give the ones the compared precis run uses so that all
 * systems choose from the same candidate sentences. The record's `title` is passed when it is a string.
 */
export type BaselineOptions = Omit<SegmentOptionsInput, 'title'>;

function checkLength(length: unknown): BaselineLength {
  if (typeof length === 'number') {
    if (!Number.isInteger(length) || length < 1) {
      throw new RangeError(`Expected the baseline length to be a positive integer, got ${describe(length)}`);
    }
    return length;
  }
  if (typeof length === 'object' && length !== null && 'ratio' in length) {
    const { ratio } = length as { ratio: unknown };
    if (typeof ratio !== 'number' || !(ratio > 0 && ratio <= 1)) {
      throw new RangeError(`Expected \`ratio\` to be a number in (0, 1], got ${describe(ratio)}`);
    }
    return { ratio };
  }
  throw new TypeError(`Expected the baseline length to be a positive integer or \`{ ratio }\`, got ${describe(length)}`);
}

/** How many of `candidates` sentences a length asks for. */
export function baselineCount(length: BaselineLength, candidates: number): number {
  const wanted = typeof length === 'number' ? length : Math.max(1, Math.ceil(length.ratio * candidates));
  return Math.min(wanted, candidates);
}

/** The name a report gives a baseline: `lead-3`, `random-45%`. */
export function baselineName(kind: 'lead' | 'random', length: BaselineLength): string {
  return typeof length === 'number' ? `${kind}-${length}` : `${kind}-${+(length.ratio * 100).toFixed(2)}%`;
}

/**
 * The candidate sentences of a record as precis segments it: sentences of article prose that may be
 * selected (page furniture, the title, datelines and too short or too long sentences excluded).
 */
export function candidateSentences(record: EvalRecord, options: BaselineOptions = {}): string[] {
  return candidatesWith(createSummarizer(options), record);
}

function candidatesWith(summarizer: Summarizer, record: EvalRecord): string[] {
  const segments = summarizer.segment(record.text, typeof record.title === 'string' ? { title: record.title } : {});
  return segments.filter((s) => s.kind === 'sentence' && s.candidate).map((s) => s.text);
}

/**
 * The lead baseline: the first k candidate sentences of the article, split by precis's own
 * segmenter. With precis's furniture rules it is a strong baseline for news, which puts the gist first.
 *
 * @example
 * evaluate(records, lead(3)).mean.rouge1.f;
 * evaluate(records, lead({ ratio: 0.45 })); // as many sentences as `summarize(text, { ratio: 0.45 })`
 */
export function lead(length: BaselineLength, options: BaselineOptions = {}): System {
  const checked = checkLength(length);
  const summarizer = createSummarizer(options);
  return (record) => {
    const candidates = candidatesWith(summarizer, record);
    return candidates.slice(0, baselineCount(checked, candidates.length));
  };
}

/**
 * The random baseline: k candidate sentences drawn uniformly without replacement, in document order.
 * Each record's draw depends only on `seed` and the record's `id`, so results do not change with
 * the order or the number of records evaluated.
 *
 * @example
 * evaluate(records, random(3, 1)).mean.rouge1.f;
 */
export function random(length: BaselineLength, seed: number, options: BaselineOptions = {}): System {
  const checked = checkLength(length);
  if (!Number.isInteger(seed)) throw new TypeError(`Expected \`seed\` to be an integer, got ${describe(seed)}`);
  const summarizer = createSummarizer(options);
  return (record) => {
    const candidates = candidatesWith(summarizer, record);
    const k = baselineCount(checked, candidates.length);
    const next = mulberry32(hashString(`${seed >>> 0}:${record.id}`));
    // A partial Fisher-Yates shuffle picks k distinct positions.
    const order = candidates.map((_, i) => i);
    for (let i = 0; i < k; i++) {
      const j = i + randomInt(next, order.length - i);
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    return order
      .slice(0, k)
      .sort((a, b) => a - b)
      .map((i) => candidates[i] as string);
  };
}
