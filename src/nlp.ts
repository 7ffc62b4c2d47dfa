import type { WinkMethods } from 'wink-nlp';

/** A wink-nlp instance, as returned by `winkNLP(model)`. */
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
