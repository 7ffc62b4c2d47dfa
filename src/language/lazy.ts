/**
 * Languages on demand, for the lazy and worker entries: the detector and each language's pack
 * come through dynamic `import()`, so a bundler puts each in a chunk of its own and a page fetches
 * only what it reads.
 */
import type { NgramDetector } from './detect';
import { supportedLanguage, type LanguageCode } from './languages';
import type { LanguagePack } from './pack';
import { PACK_LOADERS } from './packs/load';
import { isLanguageCode, languageSupport, type LanguageSupport } from './support';

const packs = new Map<LanguageCode, LanguagePack>();
let detector: NgramDetector | undefined;
let loadingDetector: Promise<NgramDetector> | undefined;
const loadingPacks = new Map<LanguageCode, Promise<LanguagePack>>();

/** The languages loaded so far (grows as `loadLanguage` and `loadDetector` resolve). */
export const LAZY_LANGUAGES: LanguageSupport = languageSupport(() => detector, (code) => packs.get(code));

/** Loads the language detector (tinyld, once). */
export function loadDetector(): Promise<NgramDetector> {
  loadingDetector ??= import('tinyld')
    .then((module) => {
      const detectAll = (module as { detectAll?: NgramDetector; default?: { detectAll: NgramDetector } }).detectAll ?? (module as { default: { detectAll: NgramDetector } }).default.detectAll;
      detector = (text) => detectAll(text);
      return detector;
    })
    .catch((error: unknown) => {
      loadingDetector = undefined; // a failed fetch may succeed on the next try
      throw error;
    });
  return loadingDetector;
}

/** Loads one language's pack (stemmer, stopwords, phrases), once. English needs none (wink-nlp). */
export function loadLanguage(code: LanguageCode): Promise<LanguagePack> {
  let loading = loadingPacks.get(code);
  if (loading === undefined) {
    loading = PACK_LOADERS[code]()
      .then((module) => {
        packs.set(code, module.default);
        return module.default;
      })
      .catch((error: unknown) => {
        loadingPacks.delete(code);
        throw error;
      });
    loadingPacks.set(code, loading);
  }
  return loading;
}

/**
 * Loads what reading `text` needs besides wink-nlp: the detector for `'auto'`, then the pack of
 * the language asked or detected. Resolves to the language code the text will be read as
 * (`en` when detection is unsure or finds English).
 */
export async function loadLanguageFor(text: string, option: 'auto' | LanguageCode): Promise<LanguageCode | 'und'> {
  let code: LanguageCode | 'und' = option === 'auto' ? 'en' : option;
  if (option === 'auto') {
    await loadDetector();
    const detected = LAZY_LANGUAGES.detect(text);
    if (detected !== undefined && detected.confident && detected.language !== 'und') {
      code = isLanguageCode(detected.language) ? detected.language : 'und';
    }
  }
  if (code !== 'en' && code !== 'und') await loadLanguage(code);
  return code;
}

export { supportedLanguage };
