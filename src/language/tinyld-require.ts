import type { NgramDetector } from './detect';

let detectAll: NgramDetector | undefined;

/**
 * tinyld's detector (as `./tinyld`), loaded with `require` the first time it is called: about
 * 100 ms of start-up that a text whose script and English function words settle its language
 * never pays. CommonJS only (the library's CommonJS build uses it in place of `./tinyld`, see
 * tsup.config.ts, and so does the command line); an ES module cannot import synchronously on demand.
 */
export const tinyld: NgramDetector = (text) => {
  detectAll ??= (require('tinyld') as typeof import('tinyld')).detectAll;
  return detectAll(text);
};
