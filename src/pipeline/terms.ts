import type { StopwordsOption } from '../options';
import type { TokenTable } from './sentences';

/** A sentence as the scorer sees it. */
export interface AnalyzedSentence {
  /** Content terms in order: stems of the words that are not stopwords. */
  readonly terms: readonly string[];
}

/** Decides whether a lower-cased normal form is a stopword, given wink's flag for it. */
export type StopwordTest = (normal: string, winkFlag: boolean) => boolean;

/** Builds the stopword test for an option: wink's English list, plus or instead of the user's words. */
export function stopwordTest(option: StopwordsOption | undefined): StopwordTest {
  if (option === undefined) return (_normal, flag) => flag;
  if ('add' in option) {
    const extra = new Set([...option.add].map((w) => w.toLowerCase()));
    return (normal, flag) => flag || extra.has(normal);
  }
  const only = new Set([...option.replace].map((w) => w.toLowerCase()));
  return (normal) => only.has(normal);
}

/** Token types that can carry content. Numbers count ("46 seamen"), punctuation and symbols do not. */
const CONTENT_TYPES = new Set(['word', 'number', 'hashtag', 'mention', 'ordinal']);

/**
 * Turns the tokens `[from, to)` of a block into the terms of one sentence. A term is wink's stem
 * of a word (lower-cased), kept when it is not a stopword and has at least two characters;
 * numbers are kept as written ("2008", "4.5").
 *
 * @example
 * // "The cats sat." -> terms ['cat', 'sat']
 */
export function analyze(tokens: TokenTable, from: number, to: number, isStop: StopwordTest): AnalyzedSentence {
  const terms: string[] = [];
  for (let i = from; i < to; i++) {
    const type = tokens.type[i] as string;
    if (!CONTENT_TYPES.has(type)) continue;
    const normal = tokens.normal[i] as string;
    if (isStop(normal, tokens.stop[i] === true)) continue;
    const term = type === 'number' ? normal : tokens.stem(i);
    if (term.length < 2 || !/[\p{L}\p{N}]/u.test(term)) continue;
    terms.push(term);
  }
  return { terms };
}
