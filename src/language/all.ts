/**
 * Every language at hand, synchronously: all packs imported statically, and the n-gram detector
 * the caller gives. The synchronous API (`precis`) and the command line use this; browsers use
 * `precis/lazy`, which loads them on demand. The detector is called only for a text whose script
 * and English function words leave its language open (see `detectLanguage`), so a caller can hand
 * over one that loads its model on that first call.
 */
import type { NgramDetector } from './detect';
import { PACKS } from './packs/all';
import { languageSupport, type LanguageSupport } from './support';

export function allLanguages(ngrams: NgramDetector): LanguageSupport {
  return languageSupport(() => ngrams, (code) => PACKS[code]);
}
