import type { TermSpace } from './vectors';

/**
 * Position prior of the i-th of n candidates: `1 − i/n` (1 for the first, just above 0 for the
 * last). News puts its point first.
 */
export function positionPrior(i: number, n: number): number {
  return n <= 0 ? 0 : 1 - i / n;
}

/** Share of the title's distinct terms found in the sentence (0 when there is no title). */
export function titleOverlap(sentenceTerms: readonly string[], titleTerms: ReadonlySet<string>): number {
  if (titleTerms.size === 0) return 0;
  const seen = new Set<string>();
  for (const t of sentenceTerms) if (titleTerms.has(t)) seen.add(t);
  return seen.size / titleTerms.size;
}

/**
 * Length-normalised TF-IDF weight of each sentence: the sum, over its term occurrences, of the
 * term's frequency in the whole document times its IDF, divided by the square root of the
 * sentence's term count (document-level TF rewards the article's recurring subject).
 */
export function tfidfWeights(space: TermSpace): Float64Array {
  const out = new Float64Array(space.termIds.length);
  space.termIds.forEach((ids, i) => {
    if (ids.length === 0) return;
    let sum = 0;
    for (const id of ids) sum += (space.documentTf[id] as number) * (space.idf[id] as number);
    out[i] = sum / Math.sqrt(ids.length);
  });
  return out;
}

const OPENING_QUOTE = /^["“”„«‘'‚‹`]/;

/** 1 when the sentence opens with a quotation mark (a quote is rarely the summary's point), else 0. */
export function opensWithQuote(text: string): number {
  return OPENING_QUOTE.test(text) ? 1 : 0;
}

/**
 * 1 when the sentence is quotation: it opens with a quotation mark, or a quotation opened by an
 * earlier sentence of its paragraph is still open (`insideQuote`, see `quoteOpenAfter`).
 */
export function quotation(text: string, insideQuote: boolean): number {
  return insideQuote ? 1 : opensWithQuote(text);
}

const CLOSING_QUESTION = /\?["”’'»)]*$/;

/** 1 when the sentence is a question (news summaries state, they rarely ask), else 0. */
export function isQuestion(text: string): number {
  return CLOSING_QUESTION.test(text) ? 1 : 0;
}

/** Words from which a sentence counts as long. */
export const LENGTH_PIVOT = 30;

/**
 * Length of a long sentence, 0..1: 0 up to {@link LENGTH_PIVOT} words, rising linearly to 1 at
 * twice that. A summary box reads better with sentences of ordinary length; a soft penalty keeps
 * long lead sentences (e.g. ones that swallowed a caption without a final period) as candidates,
 * where a hard cap would drop them.
 */
export function lengthExcess(words: number): number {
  return Math.min(1, Math.max(0, words / LENGTH_PIVOT - 1));
}

/** Min-max normalisation to 0..1; all values equal gives all zeros. */
export function minMax(values: Float64Array): Float64Array {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const out = new Float64Array(values.length);
  const span = hi - lo;
  if (!(span > 0)) return out;
  for (let i = 0; i < values.length; i++) out[i] = ((values[i] as number) - lo) / span;
  return out;
}
