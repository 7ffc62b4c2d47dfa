/** Where the stemmers come from, as the packs and the README name them. */
export const SNOWBALL = 'Snowball (@orama/stemmers)';
/** English: Porter2, Snowball's English algorithm, which wink-nlp's own stems also follow. */
export const PORTER2 = 'Porter2, Snowball English (wink-porter2-stemmer)';
