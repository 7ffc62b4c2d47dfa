import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { isolatedNlp } from './isolated';
import { lazy, type WinkNlp } from './nlp';

const shared = lazy(() => isolatedNlp(winkNLP, model));

/**
 * The shared English wink-nlp instance of the synchronous API, created on first use (about
 * 80 ms), never at import. Each call forgets the words the previous texts taught wink, so a
 * summary never depends on what was summarized before it.
 */
export function sharedNlp(): WinkNlp {
  const nlp = shared();
  nlp.reset();
  return nlp.current();
}
