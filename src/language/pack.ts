/**
 * What precis knows about one language besides what `Intl.Segmenter` knows: its stemmer and
 * stopwords (from packages), the abbreviations after which a period does not end a sentence, and
 * the phrases of page furniture. One file per language in `packs/`, loaded only when used.
 */

/** Navigation and widget phrases of news pages, lower-cased, as whole lines. */
export interface FurniturePhrases {
  /** Whole lines that are navigation or widgets ("Lire aussi", "Mehr zum Thema", "Partager"). */
  readonly navigation: readonly string[];
  /** Lines after which the next short line is the headline of another article ("Lire aussi :"). */
  readonly pointers: readonly string[];
  /** Words that open a byline before a capitalised name ("Par", "Von"). */
  readonly bylines: readonly string[];
  /**
   * Shapes of a whole line or sentence that is a byline or a credit, for scripts without
   * capitals (`记者 张三 报道`, `홍길동 기자 gildong@yna.co.kr`, `責任編集：…`).
   */
  readonly bylineShapes?: readonly RegExp[];
  /**
   * Shapes of a dateline (with the byline the agencies write into it) that opens a story's first
   * sentence, anchored at its start and cut off from it (`【新华社北京11月30日电】`,
   * `(서울=연합뉴스) 홍길동 기자 = `, `［東京 30日 ロイター］ - `).
   */
  readonly datelineShapes?: readonly RegExp[];
  /**
   * Widget phrases that never occur in news prose and may run into it when a page loses its line
   * breaks (`相关阅读`, `関連記事`, `관련기사`): cut out wherever they stand, as English's
   * `Scroll down for video` is.
   */
  readonly inline?: readonly string[];
}

/** Words of a language that mark where two blocks of a page were glued without a space (see `seams`). */
export interface GlueWords {
  /** Words that open sentences, lower-cased: `summaryIn`, `RelationsNo` are seams. */
  readonly openers: readonly string[];
  /** Words that end a widget line, lower-cased: whatever capital follows them begins a block (`ArticleSergi`). */
  readonly widgetEnds: readonly string[];
}

export interface LanguagePack {
  /** BCP 47 code. */
  readonly code: string;
  /** The language's English name, for messages and the README. */
  readonly name: string;
  /** A word's stem, given the word lower-cased; absent for languages without a stemmer. */
  readonly stem?: (word: string) => string;
  /** Where the stemmer comes from, for the README and `explain` (e.g. `Snowball (@orama/stemmers)`). */
  readonly stemmer?: string;
  /** Stopwords, lower-cased. */
  readonly stopwords: readonly string[];
  /** Where the stopword list comes from. */
  readonly stopwordSource?: string;
  /** Words, lower-cased and without their period, after which a period does not end a sentence. */
  readonly abbreviations: readonly string[];
  /** Month names, lower-cased: `3. Oktober` is a date, not a sentence end, where ordinals take a period. */
  readonly ordinalMonths?: readonly string[];
  /** Sentences are separated by a space rather than punctuation (Thai). */
  readonly spaceEndsSentence?: boolean;
  /** With `spaceEndsSentence`: words that, after a space, go on with the same sentence (conjunctions, `said that`). */
  readonly continuations?: readonly string[];
  readonly furniture: FurniturePhrases;
  /** Words that show where blocks were glued without a space (English: `summaryIn`); none: only the marks and long words do. */
  readonly glue?: GlueWords;
  /**
   * The fewest words of a candidate sentence, where the language's words are longer than
   * English ones (agglutinative Korean and Tamil: a noun and its particles are one word).
   * @default 5 (the `minSentenceWords` option's default)
   */
  readonly minSentenceWords?: number;
}

/** No stemmer, no stopwords, no phrases: the language-neutral fallback. */
export const NEUTRAL_PACK: LanguagePack = Object.freeze({
  code: 'und',
  name: 'language-neutral',
  stopwords: [],
  abbreviations: [],
  furniture: { navigation: [], pointers: [], bylines: [] },
});
