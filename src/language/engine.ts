import type { FurniturePhrases, GlueWords } from './pack';

/**
 * What every engine gives the pipeline: the tokens of one block in flat parallel arrays, and the
 * block's sentences as token ranges, all with exact offsets into the input. wink-nlp (English) and
 * `Intl.Segmenter` (every other language) both sit behind {@link Engine}.
 */

/** The tokens of one block, in flat parallel arrays (offsets are absolute in the input). */
export interface TokenTable {
  readonly value: readonly string[];
  /** The token lower-cased (apostrophes unified), as stopword lists and terms read it. */
  readonly normal: readonly string[];
  /** The stem of token `i`, lower-cased (the language's stemmer, or the normal form without one). */
  readonly stem: (i: number) => string;
  readonly stop: readonly boolean[];
  /** `word`, `number`, `punctuation`, `symbol`, `emoji` (wink has a few more). */
  readonly type: readonly string[];
  readonly start: Int32Array;
  readonly end: Int32Array;
}

/** A sentence found by the splitter: its offsets and its token range `[from, to)` in the table. */
export interface SplitSentence {
  readonly start: number;
  readonly end: number;
  readonly from: number;
  readonly to: number;
  /**
   * True when the sentence ends where a capitalised sentence opener follows a word with no
   * punctuation between them (`...in Glasgow Another food bank...`): a caption or a headline
   * that lost its line break, not a sentence.
   */
  readonly unterminated?: boolean;
}

/** The tokens and sentences of one block. */
export interface Split {
  readonly tokens: TokenTable;
  readonly sentences: SplitSentence[];
}

/**
 * A tokenizer and sentence splitter for one language. `split` reads `text` from `start` to `end`
 * (one block, already normalised) and returns offsets into `text` itself.
 */
/**
 * What the whole text's form says about its sentences (the pipeline's `textShape`): capitals carry
 * no information (lower-cased or all-caps text), punctuation is written apart from the words.
 */
export interface TextForm {
  readonly caseless: boolean;
  readonly tokenized: boolean;
}

export interface Engine {
  /** The BCP 47 code of the language the engine reads (`und` for the language-neutral engine). */
  readonly language: string;
  split(text: string, start: number, end: number, form?: TextForm): Split;
  /** The language's furniture phrases (English's are built into the furniture rules). */
  readonly furniture?: FurniturePhrases;
  /** The language writes no sentence punctuation (Thai): a line without a final period may be prose. */
  readonly unpunctuated?: boolean;
  /** The language's words that show glued blocks (see `seams`); without them only marks and long words do. */
  readonly glue?: GlueWords;
  /** The fewest words of a candidate sentence when the `minSentenceWords` option is not given (see `LanguagePack`). */
  readonly minSentenceWords?: number;
}
