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
 * - with a `stem` function each word is stemmed (`precis eval --language` passes the language's
 *   Snowball stemmer; `precis/eval` itself loads no stemmer, so it stays free of language data).
 *
 * English keeps ROUGE-1.5.5 (`rouge`) everywhere precis reports it.
 */
import { rougeWith, type RougeInput, type RougeScores } from './rouge';

/**
 * Options of {@link rougeUnicode}.
 *
 * @example
 * import { stemmer } from '@orama/stemmers/french';
 * rougeUnicode(summary, reference, { language: 'fr', stem: stemmer });
 */
export interface UnicodeRougeOptions {
  /**
   * BCP 47 code of the summaries' language: it picks the segmenter's locale and makes Chinese,
   * Japanese and Thai score by characters.
   * @default 'und' (words by UAX #29)
   */
  readonly language?: string;
  /**
   * Stems a lower-cased word, e.g. a Snowball stemmer such as `stemmer` of the
   * `@orama/stemmers/french` module. Give the same function for every pair of a corpus.
   * @default no stemming
   */
  readonly stem?: (word: string) => string;
}
/** Languages scored by characters. */
const BY_CHARACTER = new Set(['zh', 'ja', 'th']);
const DENSE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

interface Tokenizer {
  readonly words: Intl.Segmenter;
  readonly byCharacter: boolean;
}
const tokenizers = new Map<string, Tokenizer>();

function tokenizer(language: string): Tokenizer {
  const code = (/^[a-z]{2,3}/i.exec(language)?.[0] ?? 'und').toLowerCase();
  let t = tokenizers.get(code);
  if (t === undefined) {
    t = { words: new Intl.Segmenter(code === 'und' ? undefined : code, { granularity: 'word' }), byCharacter: BY_CHARACTER.has(code) };
    tokenizers.set(code, t);
  }
  return t;
}

/**
 * The Unicode ROUGE tokens of one sentence (see the module comment).
 *
 * @example
 * tokenizeUnicode('Les élèves ont réussi.', { language: 'fr' }); // ['les', 'élèves', 'ont', 'réussi']
 * tokenizeUnicode('经济增长。', { language: 'zh' });                 // ['经', '济', '增', '长']
 */
export function tokenizeUnicode(sentence: string, options: UnicodeRougeOptions = {}): string[] {
  const t = tokenizer(options.language ?? 'und');
  const stem = options.stem;
  const out: string[] = [];
  for (const s of t.words.segment(sentence.normalize('NFC'))) {
    if (s.isWordLike !== true) continue;
    const word = s.segment.toLowerCase();
    if (t.byCharacter && DENSE.test(word)) {
      for (const c of word) out.push(c);
    } else out.push(stem === undefined ? word : stem(word));
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
