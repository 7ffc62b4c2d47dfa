/**
 * The Porter stemmer exactly as ROUGE-1.5.5 runs it, and ROUGE's `-m` stemming rule.
 *
 * Algorithm: M. F. Porter, "An algorithm for suffix stripping", Program 14(3), 130-137 (1980),
 * https://tartarus.org/martin/PorterStemmer/. This is a re-implementation of the regex formulation
 * of that algorithm (Porter's own Perl "Release 1", with its two published departures from the
 * paper: `-bli` -> `-ble` and `-logi` -> `-log` in step 2), plus the one change ROUGE-1.5.5 makes:
 * in step 4 the suffixes `-ment` and `-ent` are not in the main list (which keeps `-ement`), but are
 * each tried afterwards in a step of their own, so `agreement` becomes `agreem`.
 *
 * Why not natural's `PorterStemmer`: it is a different regex formulation whose step 4 keeps
 * `-ement|-ment|-ent` in one alternation (no ROUGE deviation) and whose steps 1a, 1b, 1c and 5
 * treat `y`, `-s` and the *o condition differently from Porter's Release 1, so layering ROUGE's
 * step 4 on its exported steps still stems many words differently (see test/eval/rouge.test.ts and the
 * golden ROUGE-1.5.5 scores, which this file reproduces). Owning ~100 lines also keeps the eval
 * build free of any natural code.
 */

import { wordnetBase } from './wordnet-exceptions';

// Porter's Release-1 character classes: `y` is a vowel after a consonant, a consonant otherwise.
const c = '[^aeiou]'; // consonant
const v = '[aeiouy]'; // vowel
const C = `${c}[^aeiouy]*`; // consonant sequence
const V = `${v}[aeiou]*`; // vowel sequence

const MGR0 = new RegExp(`^(${C})?${V}${C}`); // measure m > 0
const MEQ1 = new RegExp(`^(${C})?${V}${C}(${V})?$`); // m = 1
const MGR1 = new RegExp(`^(${C})?${V}${C}${V}${C}`); // m > 1
const HAS_VOWEL = new RegExp(`^(${C})?${v}`);
// Whole stem is consonants + vowel + one consonant other than w, x, y: Release 1's form of *o.
const SHORT_CVC = new RegExp(`^${C}${v}[^aeiouwxy]$`);

const STEP1A_SSES_IES = /(ss|i)es$/;
const STEP1A_S = /([^s])s$/;
const STEP1B_EED = /eed$/;
const STEP1B_ED_ING = /(ed|ing)$/;
const STEP1B_AT_BL_IZ = /(at|bl|iz)$/;
const STEP1B_DOUBLE = /([^aeiouylsz])\1$/;

const STEP2 =
  /(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$/;
const STEP2_LIST: Readonly<Record<string, string>> = {
  ational: 'ate', tional: 'tion', enci: 'ence', anci: 'ance', izer: 'ize', bli: 'ble',
  alli: 'al', entli: 'ent', eli: 'e', ousli: 'ous', ization: 'ize', ation: 'ate',
  ator: 'ate', alism: 'al', iveness: 'ive', fulness: 'ful', ousness: 'ous', aliti: 'al',
  iviti: 'ive', biliti: 'ble', logi: 'log',
};

const STEP3 = /(icate|ative|alize|iciti|ical|ful|ness)$/;
const STEP3_LIST: Readonly<Record<string, string>> = {
  icate: 'ic', ative: '', alize: 'al', iciti: 'ic', ical: 'ic', ful: '', ness: '',
};

// ROUGE's step 4: `-ement` stays in the main list, `-ment` / `-ent` are separate steps below.
const STEP4 = /(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$/;
const STEP4_MENT = /ment$/;
const STEP4_ENT = /ent$/;
const STEP4_ION = /(s|t)(ion)$/;

/**
 * Stem one lower-case word with ROUGE-1.5.5's Porter variant (no exception table, no length
 * rule: see {@link stem} for what ROUGE applies to a token).
 *
 * @example
 * porterStem('agreement'); // 'agreem' (original Porter: 'agreement')
 * porterStem('running');   // 'run'
 */
export function porterStem(word: string): string {
  if (word.length < 3) return word;
  // Map an initial y to Y so that the patterns never treat it as a vowel.
  const initialY = word.charCodeAt(0) === 0x79;
  let w = initialY ? `Y${word.slice(1)}` : word;
  let m: RegExpExecArray | null;

  // Step 1a
  if ((m = STEP1A_SSES_IES.exec(w))) w = w.slice(0, m.index) + m[1];
  else if ((m = STEP1A_S.exec(w))) w = w.slice(0, m.index) + m[1];

  // Step 1b
  if ((m = STEP1B_EED.exec(w))) {
    if (MGR0.test(w.slice(0, m.index))) w = w.slice(0, -1);
  } else if ((m = STEP1B_ED_ING.exec(w))) {
    const stemPart = w.slice(0, m.index);
    if (HAS_VOWEL.test(stemPart)) {
      w = stemPart;
      if (STEP1B_AT_BL_IZ.test(w)) w += 'e';
      else if (STEP1B_DOUBLE.test(w)) w = w.slice(0, -1);
      else if (SHORT_CVC.test(w)) w += 'e';
    }
  }

  // Step 1c
  if (w.endsWith('y')) {
    const stemPart = w.slice(0, -1);
    if (HAS_VOWEL.test(stemPart)) w = `${stemPart}i`;
  }

  // Step 2
  if ((m = STEP2.exec(w))) {
    const stemPart = w.slice(0, m.index);
    if (MGR0.test(stemPart)) w = stemPart + (STEP2_LIST[m[1] ?? ''] ?? '');
  }

  // Step 3
  if ((m = STEP3.exec(w))) {
    const stemPart = w.slice(0, m.index);
    if (MGR0.test(stemPart)) w = stemPart + (STEP3_LIST[m[1] ?? ''] ?? '');
  }

  // Step 4, in ROUGE's order: main list, then -ment, then -ent or else -(s|t)ion.
  if ((m = STEP4.exec(w))) {
    const stemPart = w.slice(0, m.index);
    if (MGR1.test(stemPart)) w = stemPart;
  }
  if ((m = STEP4_MENT.exec(w))) {
    const stemPart = w.slice(0, m.index);
    if (MGR1.test(stemPart)) w = stemPart;
  }
  if ((m = STEP4_ENT.exec(w))) {
    const stemPart = w.slice(0, m.index);
    if (MGR1.test(stemPart)) w = stemPart;
  } else if ((m = STEP4_ION.exec(w))) {
    const stemPart = w.slice(0, m.index) + (m[1] ?? '');
    if (MGR1.test(stemPart)) w = stemPart;
  }

  // Step 5a
  if (w.endsWith('e')) {
    const stemPart = w.slice(0, -1);
    if (MGR1.test(stemPart) || (MEQ1.test(stemPart) && !SHORT_CVC.test(stemPart))) w = stemPart;
  }
  // Step 5b
  if (w.endsWith('ll') && MGR1.test(w)) w = w.slice(0, -1);

  return initialY ? `y${w.slice(1)}` : w;
}

// Stems repeat heavily across documents; the cache is bounded so a long run cannot grow it forever.
const CACHE_LIMIT = 100_000;
const cache = new Map<string, string>();
const HAS_UPPER_ASCII = /[A-Z]/;
const UPPER_ASCII = /[A-Z]+/g;

/**
 * Stem a token the way ROUGE-1.5.5 does with `-m`: tokens of 1-3 characters are kept as they are;
 * longer ones are looked up in WordNet 2.0's irregular forms first, else Porter-stemmed
 * (`porterStem`). ASCII letters are lower-cased first, as ROUGE does.
 *
 * @example
 * stem('said');     // 'say'   (WordNet exception)
 * stem('children'); // 'child' (WordNet exception)
 * stem('running');  // 'run'   (Porter)
 * stem('was');      // 'was'   (too short to stem)
 */
export function stem(token: string): string {
  const cached = cache.get(token);
  if (cached !== undefined) return cached;
  // ROUGE lower-cases A-Z only (Perl `tr/A-Z/a-z/`), never other letters.
  const lower = HAS_UPPER_ASCII.test(token) ? token.replace(UPPER_ASCII, (s) => s.toLowerCase()) : token;
  const result = lower.length <= 3 ? lower : (wordnetBase(lower) ?? porterStem(lower));
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(token, result);
  return result;
}
