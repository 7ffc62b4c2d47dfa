import { newStemmer } from 'snowball-stemmers';

/** Where the Snowball stemmers come from, as the README and packs name it. */
export const SNOWBALL = 'Snowball (snowball-stemmers)';

/**
 * A Snowball stemmer (the algorithms of snowballstem.org, generated to JavaScript by the
 * `snowball-stemmers` package), given words in lower case.
 */
export function snowball(algorithm: string): (word: string) => string {
  const stemmer = newStemmer(algorithm);
  return (word) => stemmer.stem(word);
}
