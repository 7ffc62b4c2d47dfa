import type { ResolvedWeights } from '../../options';
import type { Signals } from '../../types';
import { directedCentrality } from './centrality';
import { isQuestion, lengthExcess, minMax, positionPrior, quotation, tfidfWeights, titleOverlap } from './signals';
import type { TermSpace } from './vectors';

/** What the scorer needs to know about each candidate sentence. */
export interface ScoringInput {
  readonly text: string;
  readonly terms: readonly string[];
  readonly paragraphStart: boolean;
  readonly words: number;
  /** True when a quotation opened by an earlier sentence of the paragraph is still open. */
  readonly insideQuote: boolean;
}

/** A candidate's score and the signals it was combined from. */
export interface ScoredSentence {
  readonly score: number;
  readonly signals: Signals;
}

/**
 * Scores candidates (in document order), one record per candidate. Every signal lies in 0..1; the combination is
 *
 * `score = centrality·C + position·P + title·T + tfidf·F + paragraphStart·S − quote·Q − question·U − length·L`
 *
 * with C = min-max normalised directed centrality, P = 1 − i/n, T = title-term overlap,
 * F = min-max normalised TF-IDF weight, S = 1 for a paragraph's first sentence, Q = 1 for a
 * sentence of quotation (opening with a quotation mark, or inside one left open), U = 1 for a question, L = length beyond 30 words (0..1).
 */
export function scoreSentences(
  candidates: readonly ScoringInput[],
  space: TermSpace,
  titleTerms: ReadonlySet<string>,
  weights: ResolvedWeights,
): ScoredSentence[] {
  const n = candidates.length;
  const centrality = weights.centrality === 0
    ? new Float64Array(n)
    : minMax(directedCentrality(space.vectors, space.size, weights.forward, weights.backward));
  const tfidf = weights.tfidf === 0 ? new Float64Array(n) : minMax(tfidfWeights(space));
  return candidates.map((c, i) => {
    const s: Signals = {
      centrality: centrality[i] as number,
      position: positionPrior(i, n),
      title: titleOverlap(c.terms, titleTerms),
      tfidf: tfidf[i] as number,
      paragraphStart: c.paragraphStart ? 1 : 0,
      quote: quotation(c.text, c.insideQuote),
      question: isQuestion(c.text),
      length: lengthExcess(c.words),
    };
    const score =
      weights.centrality * s.centrality +
      weights.position * s.position +
      weights.title * s.title +
      weights.tfidf * s.tfidf +
      weights.paragraphStart * s.paragraphStart -
      weights.quote * s.quote -
      weights.question * s.question -
      weights.length * s.length;
    return { score, signals: s };
  });
}
