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

/** Snowball's algorithm per language code (the languages `snowball-stemmers` has). */
const ALGORITHMS: Readonly<Record<string, string>> = {
  ar: 'arabic', ca: 'catalan', cs: 'czech', da: 'danish', de: 'german', en: 'english', es: 'spanish', eu: 'basque',
  fi: 'finnish', fr: 'french', ga: 'irish', hu: 'hungarian', hy: 'armenian', it: 'italian', nl: 'dutch', no: 'norwegian',
  pt: 'portuguese', ro: 'romanian', ru: 'russian', sl: 'slovene', sv: 'swedish', ta: 'tamil', tr: 'turkish',
};

/** The Snowball stemmer of a BCP 47 tag's language, or undefined where Snowball has none. */
export function snowballFor(tag: string): ((word: string) => string) | undefined {
  const algorithm = ALGORITHMS[(/^[a-z]{2,3}/i.exec(tag)?.[0] ?? '').toLowerCase()];
  return algorithm === undefined ? undefined : snowball(algorithm);
}
