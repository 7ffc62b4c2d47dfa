import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { createNlp, lazy, type WinkNlp } from './nlp';

/**
 * The shared English wink-nlp instance of the synchronous API, created on first use (about
 * 80 ms), never at import.
 */
export const sharedNlp: () => WinkNlp = lazy(() => createNlp(winkNLP, model));
