/**
 * ROUGE for any language. ROUGE-1.5.5 keeps only ASCII letters and digits (`é` separates `caf` from
 * nothing, Chinese has no token at all), so it cannot score French accents, Russian or Chinese.
 * This mode counts exactly as ROUGE-1.5.5 does (n-grams across sentences, summary-level union
 * LCS, clipping, rounding: see `rouge.ts`) but on Unicode tokens:
 *
 * - words are `Intl.Segmenter`'s word-like segments (UAX #29 and ICU's dictionaries) of the text
 *   in Unicode NFC, lower-cased; punctuation and spaces are dropped;
 * - in Chinese, Japanese and Thai every character of a word is a token of its own, as the
 *   multilingual summarization literature scores these languages (so the score does not depend on
 *   one segmenter's dictionary); digits and Latin words inside stay whole;
 * - with `stem` (the default where Snowball has the language) each word is Snowball-stemmed.
 *
 * English keeps ROUGE-1.5.5 (`rouge`) everywhere precis reports it.
 */
import { newStemmer } from 'snowball-stemmers';
import { rougeWith, type RougeInput, type RougeScores } from './rouge';

/** Options of {@link rougeUnicode}. */
export interface UnicodeRougeOptions {
  /**
   * BCP 47 code of the summaries' language: it picks the segmenter's locale and the stemmer, and
   * makes Chinese, Japanese and Thai score by characters.
   * @default 'und' (no stemmer, words by UAX #29)
   */
  readonly language?: string;
  /**
   * Snowball-stem each word when Snowball has the language.
   * @default true
   */
  readonly stem?: boolean;
}

/** Snowball's algorithm per language code. */
const SNOWBALL: Readonly<Record<string, string>> = {
  ar: 'arabic', ca: 'catalan', cs: 'czech', da: 'danish', de: 'german', en: 'english', es: 'spanish', eu: 'basque',
  fi: 'finnish', fr: 'french', ga: 'irish', hu: 'hungarian', hy: 'armenian', it: 'italian', nl: 'dutch', no: 'norwegian',
  pt: 'portuguese', ro: 'romanian', ru: 'russian', sl: 'slovene', sv: 'swedish', ta: 'tamil', tr: 'turkish',
};
/** Languages scored by characters. */
const BY_CHARACTER = new Set(['zh', 'ja', 'th']);
const DENSE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

interface Tokenizer {
  readonly words: Intl.Segmenter;
  readonly stem: ((word: string) => string) | undefined;
  readonly byCharacter: boolean;
}
const tokenizers = new Map<string, Tokenizer>();

function tokenizer(language: string, stem: boolean): Tokenizer {
  const code = (/^[a-z]{2,3}/i.exec(language)?.[0] ?? 'und').toLowerCase();
  const key = `${code}:${stem}`;
  let t = tokenizers.get(key);
  if (t === undefined) {
    const algorithm = stem ? SNOWBALL[code] : undefined;
    const stemmer = algorithm === undefined ? undefined : newStemmer(algorithm);
    t = {
      words: new Intl.Segmenter(code === 'und' ? undefined : code, { granularity: 'word' }),
      stem: stemmer === undefined ? undefined : (word) => stemmer.stem(word),
      byCharacter: BY_CHARACTER.has(code),
    };
    tokenizers.set(key, t);
  }
  return t;
}

/**
 * The Unicode ROUGE tokens of one sentence (see the module comment).
 *
 * @example
 * tokenizeUnicode('Les élèves ont réussi.', { language: 'fr' }); // ['le', 'élev', 'ont', 'réuss']
 * tokenizeUnicode('经济增长。', { language: 'zh' });                 // ['经', '济', '增', '长']
 */
export function tokenizeUnicode(sentence: string, options: UnicodeRougeOptions = {}): string[] {
  const t = tokenizer(options.language ?? 'und', options.stem ?? true);
  const out: string[] = [];
  for (const s of t.words.segment(sentence.normalize('NFC'))) {
    if (s.isWordLike !== true) continue;
    const word = s.segment.toLowerCase();
    if (t.byCharacter && DENSE.test(word)) {
      for (const c of word) out.push(c);
    } else out.push(t.stem === undefined ? word : t.stem(word));
  }
  return out;
}

/**
 * ROUGE-1, ROUGE-2 and summary-level ROUGE-L on Unicode tokens, counted as ROUGE-1.5.5 counts.
 *
 * @example
 * rougeUnicode('Le gouvernement présente sa réforme.', 'La réforme du gouvernement', { language: 'fr' }).rouge1.r; // 0.5 (le ≠ la)
 */
export function rougeUnicode(system: RougeInput, reference: RougeInput, options: UnicodeRougeOptions = {}): RougeScores {
  return rougeWith(system, reference, (sentence) => tokenizeUnicode(sentence, options));
}
