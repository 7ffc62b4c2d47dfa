import { PrecisRangeError, PrecisTypeError, describe } from './errors';
import { ownIdfModel, type IdfModel } from './idf';
import { checkNlp } from './language/wink/check';
import { LANGUAGES, supportedLanguage, type EngineOption, type LanguageCode, type LanguageOption } from './language/languages';

export type { EngineOption } from './language/languages';
import type { WinkNlp } from './language/wink/nlp';

/**
 * Weights of the scoring signals. The combined score of a candidate sentence is
 *
 * ```
 * score = centrality × C + position × P + title × T + tfidf × F + paragraphStart × S
 *         − quote × Q − question × U − length × L
 * C = minmax(forward × Σ_{later} cos − backward × Σ_{earlier} cos)
 * ```
 *
 * where every signal lies in 0..1 (see `Signals`). Set a weight to 0 to switch its signal off.
 *
 * @example
 * summarize(text, { weights: { title: 0.5, quote: 0 } }); // use the title, do not penalise quotes
 */
export interface ScoringWeights {
  /** Weight of directed centrality. @default 1 */
  readonly centrality?: number;
  /** Inside centrality: weight of the similarity to later sentences. @default 0.5 */
  readonly forward?: number;
  /** Inside centrality: weight of the similarity to earlier sentences (subtracted). @default 0.5 */
  readonly backward?: number;
  /** Weight of the position prior (1 for the first candidate, falling linearly). @default 0.5 */
  readonly position?: number;
  /** Weight of the overlap with the title. @default 0 */
  readonly title?: number;
  /** Weight of the length-normalised TF-IDF sum. @default 0 */
  readonly tfidf?: number;
  /** Bonus for a sentence that opens its paragraph. @default 0.2 */
  readonly paragraphStart?: number;
  /** Penalty for a sentence that opens with a quotation mark. @default 0.3 */
  readonly quote?: number;
  /** Penalty for a question. @default 0.3 */
  readonly question?: number;
  /** Penalty for length beyond 30 words (full at 60). @default 0.2 */
  readonly length?: number;
}

/**
 * Stopword control: add to wink's English list, or replace it. Words are compared lower-cased.
 *
 * @example
 * summarize(text, { stopwords: { add: ['said', 'says'] } });
 */
export type StopwordsOption =
  | {
      /** Words that are stopwords besides wink's English list. */
      readonly add: Iterable<string>;
    }
  | {
      /** The whole stopword list, instead of wink's. */
      readonly replace: Iterable<string>;
    };

/**
 * Options of `summarize()`. Every field is optional; unknown keys are an error.
 *
 * @example
 * summarize(text, { sentences: 5, order: 'score', maxWords: 120, redundancy: 0.4 });
 */
export interface SummarizeOptions {
  /**
   * Number of sentences to return (k). Conflicts with `ratio`.
   * When only `maxWords`/`maxChars` is given, the budget alone decides the length.
   * @default 3
   */
  readonly sentences?: number;
  /** Fraction 0 < r ≤ 1 of the candidate sentences to return (rounded up, at least one). Conflicts with `sentences`. */
  readonly ratio?: number;
  /** Word budget of the summary. One sentence is returned even if it alone is longer (with a `BUDGET_EXCEEDED` warning). */
  readonly maxWords?: number;
  /** Character budget of the summary's `text`. Same rule as `maxWords`. */
  readonly maxChars?: number;
  /** Order of the returned sentences: as in the document, or best first. @default 'document' */
  readonly order?: 'document' | 'score';
  /**
   * The headline. Its terms count in scoring (`weights.title`). When absent, a first line that looks
   * like a title (short, no final punctuation) is used as the title and never selected.
   * `false` turns that detection off.
   */
  readonly title?: string | false;
  /** Weights of the scoring signals; missing fields keep their defaults. */
  readonly weights?: ScoringWeights;
  /**
   * Redundancy control: a sentence whose TF-IDF cosine similarity to an already chosen sentence is
   * at least this value is skipped. `1` switches it off.
   * @default 0.5
   */
  readonly redundancy?: number;
  /**
   * Sentences with fewer words are not candidates. The default is the language's: 5 words, but 3
   * in Korean and Tamil, whose space-separated words hold a noun with its particles or endings
   * (`정부는`, `அரசாங்கத்தின்`), so that a short sentence there has as few words as a headline in English.
   * @default 5 (3 in Korean and Tamil)
   */
  readonly minSentenceWords?: number;
  /** Sentences with more words are not candidates. @default 80 */
  readonly maxSentenceWords?: number;
  /** Exclude page furniture (navigation, bylines, captions, teasers, datelines...). @default true */
  readonly furniture?: boolean;
  /** Stopwords: `{ add: [...] }` or `{ replace: [...] }`. @default wink's English list */
  readonly stopwords?: StopwordsOption;
  /** A corpus IDF model from `fitIdf()`. @default inverse sentence frequency within the document */
  readonly idf?: IdfModel;
  /** Add each selected sentence's signals and every segment of the input to the result. @default false */
  readonly explain?: boolean;
  /** Bring your own wink-nlp instance (created with an English model). @default a shared lazy instance */
  readonly nlp?: WinkNlp;
  /**
   * Longest input accepted, in UTF-16 code units (`text.length`); a longer text fails with a
   * `PrecisRangeError` of code `ERR_INPUT_TOO_LONG`, before any work. `Infinity` removes the limit.
   * The default, 2 million, is about 330,000 words of English: ten times the longest news page we
   * have met, a long novel. Cost is linear, but what one character costs depends on the text: the
   * peak memory of one call at 2 million characters was about 185 MB of RSS for news, about 300 MB
   * when every word is new to wink (it learns each one while it reads) and about 410 MB for one token
   * per character (letters of two scripts alternating); at the former default of 10 million those
   * were 0.4, 0.8 and 1.3 GB. Raise it (or pass `Infinity`) for books.
   * @default 2_000_000
   */
  readonly maxInputChars?: number;
  /**
   * The language of the text: a BCP 47 tag of a supported language (`'fr'`, `'de-AT'`, `'zh'`...),
   * or `'auto'` to detect it (English when the text is too short or detection is unsure). An
   * unsupported language asked for is a `PrecisRangeError` (`ERR_UNSUPPORTED_LANGUAGE`); one
   * detected is read language-neutrally, with a warning. `summary.language` says which was used.
   * @default 'auto'
   */
  readonly language?: LanguageOption;
  /**
   * How English is read. `'wink'`: wink-nlp and its English model (about 1 MB gzip in a browser),
   * the most accurate on cased news. `'light'`: `Intl.Segmenter` with Snowball's English stemmer
   * and the `stopword` package's English list, no model (a first summary in a browser for a few
   * tens of KB; within 0.3 ROUGE-1 of wink on the development sets). Other languages always read
   * through `Intl.Segmenter`. Cannot be combined with `nlp` (a wink instance).
   *
   * @example
   * summarize(article, { engine: 'light' });                // no model loaded
   * const precis = await loadSummarizer({ engine: 'light', language: 'en' }); // precis/lazy
   * @default 'wink'
   */
  readonly engine?: EngineOption;
}

/** Every weight of `ScoringWeights`, defaults filled in. */
export type ResolvedWeights = Required<ScoringWeights>;

/** Options after validation, with every default filled in. */
export interface ResolvedOptions {
  /** The number of sentences asked for, if any (see `targetCount()`). */
  readonly sentences: number | undefined;
  readonly ratio: number | undefined;
  readonly maxWords: number;
  readonly maxChars: number;
  readonly order: 'document' | 'score';
  readonly title: string | false | undefined;
  readonly weights: ResolvedWeights;
  readonly redundancy: number;
  /** `undefined`: the language's default (see `Engine.minSentenceWords`). */
  readonly minSentenceWords: number | undefined;
  readonly maxSentenceWords: number;
  readonly furniture: boolean;
  readonly stopwords: StopwordsOption | undefined;
  readonly idf: IdfModel | undefined;
  readonly explain: boolean;
  readonly nlp: WinkNlp | undefined;
  readonly maxInputChars: number;
  readonly language: 'auto' | LanguageCode;
  readonly engine: EngineOption;
}

export const DEFAULT_SENTENCES = 3;
export const DEFAULT_REDUNDANCY = 0.5;
export const DEFAULT_MIN_SENTENCE_WORDS = 5;
export const DEFAULT_MAX_SENTENCE_WORDS = 80;
export const DEFAULT_MAX_INPUT_CHARS = 2_000_000;
/**
 * The largest weight accepted. Signals lie in 0..1 and only the ratios of weights matter to the
 * ranking, so a million is room enough; without a bound, weights near `Number.MAX_VALUE` overflow
 * a score to `Infinity` and then `NaN` (`Infinity − Infinity`).
 */
export const MAX_WEIGHT = 1_000_000;
/**
 * The default scoring weights (frozen), chosen on the development set.
 *
 * @example
 * // Twice the default position prior, the rest unchanged:
 * summarize(text, { weights: { position: 2 * DEFAULT_WEIGHTS.position } });
 */
export const DEFAULT_WEIGHTS: Readonly<Required<ScoringWeights>> = Object.freeze({
  centrality: 1,
  forward: 0.5,
  backward: 0.5,
  position: 0.5,
  title: 0,
  tfidf: 0,
  paragraphStart: 0.2,
  quote: 0.3,
  question: 0.3,
  length: 0.2,
});

const OPTION_KEYS: ReadonlySet<string> = new Set([
  'sentences', 'ratio', 'maxWords', 'maxChars', 'order', 'title', 'weights', 'redundancy',
  'minSentenceWords', 'maxSentenceWords', 'furniture', 'stopwords', 'idf', 'explain', 'nlp', 'maxInputChars', 'language', 'engine',
]);
const WEIGHT_KEYS: readonly (keyof ResolvedWeights)[] = Object.keys(DEFAULT_WEIGHTS) as (keyof ResolvedWeights)[];

function invalid(name: string, expected: string, value: unknown): PrecisTypeError {
  return new PrecisTypeError('ERR_INVALID_OPTION', `Expected \`${name}\` to be ${expected}, got ${describe(value)}`);
}
function outOfRange(name: string, expected: string, value: unknown): PrecisRangeError {
  return new PrecisRangeError('ERR_INVALID_OPTION', `Expected \`${name}\` to be ${expected}, got ${describe(value)}`);
}

function positiveInteger(name: string, value: unknown): number {
  if (typeof value !== 'number' || Number.isNaN(value)) throw invalid(name, 'a positive integer', value);
  if (!Number.isInteger(value) || value < 1) throw outOfRange(name, 'a positive integer', value);
  return value;
}
function nonNegativeInteger(name: string, value: unknown): number {
  if (typeof value !== 'number' || Number.isNaN(value)) throw invalid(name, 'a non-negative integer', value);
  if (!Number.isInteger(value) || value < 0) throw outOfRange(name, 'a non-negative integer', value);
  return value;
}
function finiteNumber(name: string, value: unknown): number {
  if (typeof value !== 'number' || Number.isNaN(value)) throw invalid(name, 'a finite number', value);
  if (!Number.isFinite(value)) throw outOfRange(name, 'a finite number', value);
  return value;
}
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * A plain copy of an options object, read once: its own enumerable string keys and their values,
 * on an object without prototype. A getter or a proxy trap that throws becomes a `PrecisTypeError`
 * naming the option; `__proto__` or `constructor` given as own keys are unknown options (they are
 * never looked up through a prototype). Returns `undefined` when `value` is not a plain object.
 */
function snapshot(name: string, value: unknown): Record<string, unknown> | undefined {
  let keys: string[];
  try {
    if (!isPlainObject(value)) return undefined;
    keys = Object.keys(value);
  } catch (error) {
    throw new PrecisTypeError('ERR_INVALID_OPTION', `Could not read ${name || 'the options'}: ${reason(error)}`);
  }
  const copy = Object.create(null) as Record<string, unknown>;
  for (const key of keys) {
    try {
      copy[key] = (value as Record<string, unknown>)[key];
    } catch (error) {
      throw new PrecisTypeError('ERR_INVALID_OPTION', `Reading option \`${name ? `${name}.` : ''}${key}\` threw: ${reason(error)}`);
    }
  }
  return copy;
}
function rejectUnknown(name: string, value: Record<string, unknown>, known: ReadonlySet<string>): void {
  for (const key of Object.keys(value)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') {
      throw new PrecisTypeError('ERR_UNKNOWN_OPTION', `Unknown option \`${name ? `${name}.` : ''}${key}\`: options never set a prototype`);
    }
    if (!known.has(key)) {
      const hint = [...known].find((k) => k.toLowerCase() === key.toLowerCase());
      throw new PrecisTypeError(
        'ERR_UNKNOWN_OPTION',
        `Unknown option \`${name ? `${name}.` : ''}${key}\`${hint ? ` (did you mean \`${hint}\`?)` : ''}; known options: ${[...known].join(', ')}`,
      );
    }
  }
}

function resolveWeights(given: unknown, base: ResolvedWeights): ResolvedWeights {
  if (given === undefined) return base;
  const value = snapshot('weights', given);
  if (value === undefined) throw invalid('weights', 'an object', given);
  rejectUnknown('weights', value, new Set(WEIGHT_KEYS));
  const out: Record<string, number> = { ...base };
  for (const key of WEIGHT_KEYS) {
    const w = value[key];
    if (w === undefined) continue;
    const n = finiteNumber(`weights.${key}`, w);
    if (n < 0 || n > MAX_WEIGHT) throw outOfRange(`weights.${key}`, `a number from 0 to ${MAX_WEIGHT.toLocaleString('en-US')}`, w);
    out[key] = n;
  }
  return Object.freeze(out) as unknown as ResolvedWeights;
}

function resolveStopwords(given: unknown): StopwordsOption | undefined {
  if (given === undefined) return undefined;
  const value = snapshot('stopwords', given);
  if (value === undefined) throw invalid('stopwords', 'an object `{ add: [...] }` or `{ replace: [...] }`', given);
  rejectUnknown('stopwords', value, new Set(['add', 'replace']));
  if ('add' in value && 'replace' in value) {
    throw new PrecisTypeError('ERR_CONFLICTING_OPTIONS', 'Options `stopwords.add` and `stopwords.replace` cannot be used together');
  }
  const key = 'add' in value ? 'add' : 'replace';
  const list = value[key];
  if (typeof list === 'string' || list === null || typeof list !== 'object' || !(Symbol.iterator in list)) {
    throw invalid(`stopwords.${key}`, 'an iterable of strings', list);
  }
  const words: string[] = [];
  try {
    for (const w of list as Iterable<unknown>) {
      if (typeof w !== 'string') throw invalid(`stopwords.${key}`, 'an iterable of strings', w);
      words.push(w);
    }
  } catch (error) {
    if (error instanceof PrecisTypeError) throw error;
    throw new PrecisTypeError('ERR_INVALID_OPTION', `Iterating \`stopwords.${key}\` threw: ${reason(error)}`);
  }
  return key === 'add' ? { add: words } : { replace: words };
}

const USER_DEFAULTS: ResolvedOptions = Object.freeze({
  sentences: undefined,
  ratio: undefined,
  maxWords: Infinity,
  maxChars: Infinity,
  order: 'document',
  title: undefined,
  weights: DEFAULT_WEIGHTS,
  redundancy: DEFAULT_REDUNDANCY,
  minSentenceWords: undefined,
  maxSentenceWords: DEFAULT_MAX_SENTENCE_WORDS,
  furniture: true,
  stopwords: undefined,
  idf: undefined,
  explain: false,
  nlp: undefined,
  maxInputChars: DEFAULT_MAX_INPUT_CHARS,
  language: 'auto',
  engine: 'wink',
});

/**
 * Validates `options` and fills in defaults (from `base`, itself resolved, or the library defaults).
 * `only` lists the keys the caller accepts (`segment()` takes fewer than `summarize()`).
 * Throws `PrecisTypeError`/`PrecisRangeError` naming the option, what was expected and what was given.
 */
export function resolveOptions(options: unknown, base: ResolvedOptions = USER_DEFAULTS, only: ReadonlySet<string> = OPTION_KEYS): ResolvedOptions {
  if (options === undefined) return base;
  try {
    return resolve(options, base, only);
  } catch (error) {
    // A hostile value (a proxy, a getter deeper in `nlp` or `idf`) fails as a precis error.
    if (error instanceof PrecisTypeError || error instanceof PrecisRangeError) throw error;
    throw new PrecisTypeError('ERR_INVALID_OPTION', `Reading the options threw: ${reason(error)}`);
  }
}

function resolve(options: unknown, base: ResolvedOptions, only: ReadonlySet<string>): ResolvedOptions {
  const o = snapshot('', options);
  if (o === undefined) throw new PrecisTypeError('ERR_INVALID_OPTION', `Expected options to be a plain object (an object literal or Object.create(null)), got ${describe(options)}`);
  rejectUnknown('', o, only);
  const has = (key: string): boolean => o[key] !== undefined;

  if (has('sentences') && has('ratio')) {
    throw new PrecisTypeError('ERR_CONFLICTING_OPTIONS', 'Options `sentences` and `ratio` cannot be used together: give one length');
  }
  let sentences = base.sentences;
  let ratio = base.ratio;
  // A call's own length replaces the defaults' length, whichever of the two kinds each uses.
  if (has('sentences')) {
    sentences = positiveInteger('sentences', o.sentences);
    ratio = undefined;
  }
  if (has('ratio')) {
    const r = o.ratio;
    if (typeof r !== 'number' || Number.isNaN(r)) throw invalid('ratio', 'a number in (0, 1]', r);
    if (!(r > 0 && r <= 1)) throw outOfRange('ratio', 'a number in (0, 1]', r);
    ratio = r;
    sentences = undefined;
  }
  const maxWords = has('maxWords') ? positiveInteger('maxWords', o.maxWords) : base.maxWords;
  const maxChars = has('maxChars') ? positiveInteger('maxChars', o.maxChars) : base.maxChars;

  let order = base.order;
  if (has('order')) {
    if (o.order !== 'document' && o.order !== 'score') throw invalid('order', "`'document'` or `'score'`", o.order);
    order = o.order;
  }
  let title = base.title;
  if (has('title')) {
    if (typeof o.title !== 'string' && o.title !== false) throw invalid('title', 'a string or `false`', o.title);
    title = o.title;
  }
  let redundancy = base.redundancy;
  if (has('redundancy')) {
    const r = o.redundancy;
    if (typeof r !== 'number' || Number.isNaN(r)) throw invalid('redundancy', 'a number in (0, 1]', r);
    if (!(r > 0 && r <= 1)) throw outOfRange('redundancy', 'a number in (0, 1]', r);
    redundancy = r;
  }
  const minSentenceWords = has('minSentenceWords') ? nonNegativeInteger('minSentenceWords', o.minSentenceWords) : base.minSentenceWords;
  const maxSentenceWords = has('maxSentenceWords') ? positiveInteger('maxSentenceWords', o.maxSentenceWords) : base.maxSentenceWords;
  // Without a minimum of its own, the check is against the default of most languages.
  const minimum = minSentenceWords ?? DEFAULT_MIN_SENTENCE_WORDS;
  if (minimum > maxSentenceWords) {
    throw new PrecisTypeError(
      'ERR_CONFLICTING_OPTIONS',
      `Option \`minSentenceWords\` (${minimum}) is larger than \`maxSentenceWords\` (${maxSentenceWords})`,
    );
  }
  const boolean = (key: 'furniture' | 'explain'): boolean => {
    if (!has(key)) return base[key];
    if (typeof o[key] !== 'boolean') throw invalid(key, 'a boolean', o[key]);
    return o[key] as boolean;
  };
  const nlp = has('nlp') ? checkNlp(o.nlp) : base.nlp;
  const idf = has('idf') ? ownIdfModel('idf', o.idf) : base.idf;

  const maxInputChars = !has('maxInputChars') ? base.maxInputChars
    : o.maxInputChars === Infinity ? Infinity
    : positiveInteger('maxInputChars', o.maxInputChars);

  let language = base.language;
  if (has('language')) {
    if (typeof o.language !== 'string') throw invalid('language', "a BCP 47 language tag or `'auto'`", o.language);
    const code = o.language === 'auto' ? 'auto' : supportedLanguage(o.language);
    if (code === undefined) {
      throw new PrecisRangeError('ERR_UNSUPPORTED_LANGUAGE', `Expected \`language\` to be \`'auto'\` or one of ${Object.keys(LANGUAGES).join(', ')}, got ${describe(o.language)}`);
    }
    language = code;
  }
  let engine = base.engine;
  if (has('engine')) {
    if (o.engine !== 'wink' && o.engine !== 'light') throw invalid('engine', "`'wink'` or `'light'`", o.engine);
    engine = o.engine;
  }
  if (engine === 'light' && nlp !== undefined) {
    throw new PrecisTypeError('ERR_CONFLICTING_OPTIONS', "Options `nlp` and `engine: 'light'` cannot be used together: the light engine reads English without wink-nlp");
  }

  return Object.freeze({
    sentences,
    ratio,
    maxWords,
    maxChars,
    order,
    title,
    weights: resolveWeights(o.weights, base.weights),
    redundancy,
    minSentenceWords,
    maxSentenceWords,
    furniture: boolean('furniture'),
    stopwords: has('stopwords') ? resolveStopwords(o.stopwords) : base.stopwords,
    idf,
    explain: boolean('explain'),
    nlp,
    maxInputChars,
    language,
    engine,
  });
}

/**
 * How many sentences to select from `candidates` candidates: `sentences` if given, else
 * `ceil(ratio × candidates)` (at least one), else no limit when a budget alone decides, else 3.
 */
export function targetCount(options: ResolvedOptions, candidates: number): number {
  if (options.sentences !== undefined) return options.sentences;
  if (options.ratio !== undefined) return Math.max(1, Math.ceil(options.ratio * candidates));
  if (Number.isFinite(options.maxWords) || Number.isFinite(options.maxChars)) return Infinity;
  return DEFAULT_SENTENCES;
}
