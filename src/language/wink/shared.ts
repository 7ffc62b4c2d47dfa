import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { isolatedNlp, nextNlp } from './isolated';
import { lazy, type WinkNlp } from './nlp';

const shared = lazy(() => isolatedNlp(winkNLP, model));

/**
 * The shared English wink-nlp instance of the synchronous API, created on first use (about
 * 80 ms), never at import, and brought back to the model as loaded before each text of `chars`
 * characters (see `isolatedNlp`), so a summary never depends on what was summarized before it.
 */
export function sharedNlp(chars = 0): WinkNlp {
  return nextNlp(shared(), chars);
}
