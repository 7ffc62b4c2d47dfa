import { detectLanguage, type Detection, type NgramDetector } from './detect';
import type { Engine } from './engine';
import { intlEngine } from './intl/engine';
import type { LanguageCode } from './languages';
import { NEUTRAL_PACK, type LanguagePack } from './pack';

/**
 * The languages a summarizer can read right now: the packs at hand and the detector, if loaded.
 * The synchronous API has them all; the lazy and worker entries load them on demand.
 */
export interface LanguageSupport {
  /** Detects the language of a text, or `undefined` when the text needs the n-gram detector and none is loaded. */
  detect(text: string): Detection | undefined;
  /** The Intl engine of a language whose pack is loaded (`und`: the language-neutral engine). */
  engine(code: LanguageCode | 'und'): Engine | undefined;
}

/** Language support over a detector and packs (each engine is made once, on first use). */
export function languageSupport(ngrams: () => NgramDetector | undefined, packs: (code: LanguageCode) => LanguagePack | undefined): LanguageSupport {
  const engines = new Map<string, Engine>();
  return {
    detect: (text) => detectLanguage(text, ngrams()),
    engine(code) {
      let engine = engines.get(code);
      if (engine === undefined) {
        const pack = code === 'und' ? NEUTRAL_PACK : packs(code);
        if (pack === undefined) return undefined;
        engine = intlEngine(pack);
        engines.set(code, engine);
      }
      return engine;
    },
  };
}
