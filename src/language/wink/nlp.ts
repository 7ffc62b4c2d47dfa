import type { WinkMethods } from 'wink-nlp';

/**
 * A wink-nlp instance, as returned by `winkNLP(model)`.
 *
 * @example
 * import winkNLP from 'wink-nlp';
 * import model from 'wink-eng-lite-web-model';
 * const precis = createSummarizer({ nlp: winkNLP(model) }); // your own instance
 */
export type WinkNlp = WinkMethods;

/** The wink-nlp factory (`import winkNLP from 'wink-nlp'`). */
export type WinkFactory = (model: never, pipe?: string[]) => WinkNlp;

/**
 * The part of wink's pipe extractive scoring uses: sentence boundaries. Normal forms, stopword flags
 * and stems still work; part-of-speech, entities, negation and sentiment are not computed.
 */
export const WINK_PIPE: readonly string[] = ['sbd'];

/** Creates a wink instance with the pipe precis needs. */
export function createNlp(winkNLP: unknown, model: unknown): WinkNlp {
  return (winkNLP as WinkFactory)(model as never, [...WINK_PIPE]);
}

/** A word's stem (the model's Porter2 stemmer, as wink's `its.stem` uses it). */
export type Stemmer = (word: string) => string;

const stemmers = new WeakMap<WinkNlp, Stemmer>();

/** Most distinct words a stem cache holds before it starts over (about 4 MB). */
const STEM_CACHE_SIZE = 50_000;

/**
 * Makes `stem` remember its answers. Stemming is a pure function of the word, so the cache changes
 * no result; words repeat (a news article uses each content word about twice, the language a few
 * thousand words over and over), and wink's regex-based stemmer was the largest single cost of a
 * summary.
 */
export function cachedStemmer(stem: Stemmer): Stemmer {
  let cache = new Map<string, string>();
  return (word) => {
    let s = cache.get(word);
    if (s === undefined) {
      s = stem(word);
      if (cache.size >= STEM_CACHE_SIZE) cache = new Map();
      cache.set(word, s);
    }
    return s;
  };
}

/** Records the stemmer of a wink instance precis created (from its model's `addons.stem`). */
export function registerStemmer(nlp: WinkNlp, model: unknown): void {
  const stem = (model as { addons?: { stem?: unknown } }).addons?.stem;
  // Lower-cased once per distinct word, so that each term is one shared string, not a copy per use.
  if (typeof stem === 'function') stemmers.set(nlp, cachedStemmer((word) => (stem as Stemmer)(word).toLowerCase()));
}

/** The cached stemmer of an instance precis created; `undefined` for a caller's own instance. */
export function stemmerOf(nlp: WinkNlp): Stemmer | undefined {
  return stemmers.get(nlp);
}

/** Returns a function that creates `make()` once, on first call. */
export function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}
