/**
 * Language detection: the script first (Hangul, kana, Han, Thai, Tamil, Arabic and Vietnamese's
 * letters settle it on their own, and n-gram models confuse them on short texts), then an n-gram
 * detector (tinyld) for the Latin and Cyrillic languages. Reads a sample of the text (its first
 * {@link SAMPLE_CHARS} characters), so detection costs the same on 4 MB as on 4 KB.
 */

/** Characters of the text detection reads. */
export const SAMPLE_CHARS = 2_000;
/** Fewer letters than this: too little to tell, the caller's default (English) is used. */
export const MIN_LETTERS = 20;

/** An n-gram detector's ranked guesses: ISO 639-1 codes with a score (higher is likelier). */
export type NgramDetector = (text: string) => readonly { readonly lang: string; readonly accuracy: number }[];

/** What detection found: a code, and whether it was sure. */
export interface Detection {
  /** ISO 639-1 code, lower case (`und` when the text has too few letters). */
  readonly language: string;
  /** False when the evidence was thin (few letters, or the two best guesses close). */
  readonly confident: boolean;
}

const SCRIPTS: readonly [string, RegExp][] = [
  ['ko', /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/g],
  ['ja', /[\u3040-\u309f\u30a0-\u30ff]/g],
  ['zh', /[\u4e00-\u9fff\u3400-\u4dbf]/g],
  ['th', /[\u0e00-\u0e7f]/g],
  ['ta', /[\u0b80-\u0bff]/g],
  ['ar', /[\u0600-\u06ff\u0750-\u077f]/g],
];
const LETTERS = /\p{L}/gu;
/** Letters only Vietnamese uses among Latin-script languages (ư, ơ, đ and the stacked tone marks). */
const VIETNAMESE = /[ươđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;

/** Longest mean length of the whitespace-separated parts of prose (base64, hashes and URLs run longer). */
const MAX_MEAN_PART = 16;
const CAPITALISED = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{M}'’-]*/gu;

/** Fewest distinct words, as a share of the sample's parts, of prose (repeated junk has a handful). */
const MIN_DISTINCT_SHARE = 0.15;

/**
 * True when the sample reads like words between spaces: not one long run (base64, a hash), and not
 * a few words repeated (a page that opens with junk, `&lt;A&eacute; &bogus;` over and over), on
 * which an n-gram detector answers with confidence all the same.
 */
function looksLikeProse(sample: string): boolean {
  const parts = sample.split(/\s+/).filter((p) => p !== '');
  if (parts.length === 0 || sample.replace(/\s+/g, '').length / parts.length > MAX_MEAN_PART) return false;
  const distinct = new Set(parts.map((p) => p.toLowerCase())).size;
  return distinct >= Math.min(20, Math.ceil(MIN_DISTINCT_SHARE * parts.length));
}

/**
 * The sample without its capitalised words: names (`Kim Jong Il`, `Lee Myung-bak`) belong to no
 * language and mislead an n-gram detector (tinyld took a CNN story for Berber on them). Kept as is
 * when too little would be left (a text in capitals).
 */
function withoutNames(sample: string): string {
  const rest = sample.replace(CAPITALISED, ' ');
  return count(rest, LETTERS) >= Math.max(MIN_LETTERS, 0.5 * count(sample, LETTERS)) ? rest : sample;
}

/** The commonest English function words (no word of another supported language's top list). */
const ENGLISH_WORDS = new Set(['the', 'of', 'and', 'to', 'in', 'is', 'that', 'for', 'it', 'was', 'on', 'with', 'he', 'as', 'at', 'by', 'his', 'be', 'from', 'have', 'has', 'had', 'are', 'were', 'this', 'they', 'but', 'not', 'said', 'which', 'who', 'their', 'been', 'will', 'would', 'after', 'its', 'an']);
/** Share of the sample's words that are English function words from which a text is English. */
const ENGLISH_SHARE = 0.2;
const WORDS = /[\p{L}']+/gu;

function englishShare(sample: string): number {
  let words = 0;
  let english = 0;
  WORDS.lastIndex = 0;
  for (let m = WORDS.exec(sample); m !== null; m = WORDS.exec(sample)) {
    words++;
    if (ENGLISH_WORDS.has(m[0].toLowerCase())) english++;
  }
  return words === 0 ? 0 : english / words;
}

function count(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text) !== null) n++;
  return n;
}

/**
 * Detects the language of `text`. The n-gram detector is called only when the script and the
 * English function words leave the language open; without one (`undefined`, not loaded yet) such
 * a text gives `undefined`, and every other text its language as with one.
 *
 * @example
 * detectLanguage('Le gouvernement a présenté mercredi son projet de réforme.', detector); // { language: 'fr', confident: true }
 */
export function detectLanguage(text: string, ngrams: NgramDetector): Detection;
export function detectLanguage(text: string, ngrams: NgramDetector | undefined): Detection | undefined;
export function detectLanguage(text: string, ngrams: NgramDetector | undefined): Detection | undefined {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const letters = count(sample, LETTERS);
  if (letters === 0) return { language: 'und', confident: false };
  // Kana settles Japanese even beside many Han characters; Hangul settles Korean. A few such
  // characters already say it: a sentence of Chinese has fewer letters than one of French.
  const scripts = new Map(SCRIPTS.map(([code, pattern]) => [code, count(sample, pattern)]));
  const kana = scripts.get('ja') as number;
  const han = scripts.get('zh') as number;
  if ((scripts.get('ko') as number) > 0.3 * letters) return { language: 'ko', confident: true };
  if (kana > 0.05 * letters && kana + han > 0.3 * letters) return { language: 'ja', confident: true };
  if (han > 0.3 * letters) return { language: 'zh', confident: true };
  for (const code of ['th', 'ta']) if ((scripts.get(code) as number) > 0.3 * letters) return { language: code, confident: true };
  const arabic = scripts.get('ar') as number;
  if (count(sample, VIETNAMESE) > 0.03 * letters) return { language: 'vi', confident: letters >= MIN_LETTERS };
  if (letters < MIN_LETTERS || !looksLikeProse(sample)) return { language: 'und', confident: false };
  // English function words make up a third or more of English prose and a few percent of any
  // other language's: a profile that settles English in any case or tokenization, where the
  // n-gram model wavered (lower-cased, tokenized news: 19 of 6,961 stories read as another language).
  if (englishShare(sample) >= ENGLISH_SHARE) return { language: 'en', confident: true };
  if (ngrams === undefined) return undefined;
  const guesses = ngrams(withoutNames(sample));
  const best = guesses[0];
  if (best === undefined) return { language: 'und', confident: false };
  // The Arabic script also writes Persian and Urdu: the n-gram detector tells them apart.
  if (arabic > 0.3 * letters && !['fa', 'ur', 'ps', 'ku'].includes(best.lang)) return { language: 'ar', confident: true };
  const second = guesses[1];
  const confident = second === undefined || best.accuracy >= 1.2 * second.accuracy;
  return { language: best.lang, confident };
}
