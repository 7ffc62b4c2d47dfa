/**
 * Languages on demand, for the lazy and worker entries: the Intl engine, the detector and each
 * language's pack come through dynamic `import()`, so a bundler puts each in a chunk of its own
 * and a page fetches only what it reads (an English-only page: none of it, with `language: 'en'`).
 */
import type { NgramDetector } from './detect';
import { isLanguageCode, type EngineOption, type LanguageCode } from './languages';
import type { LanguagePack } from './pack';
import { PACK_LOADERS } from './packs/load';
import type { LanguageSupport } from './support';

const packs = new Map<LanguageCode, LanguagePack>();
let detector: NgramDetector | undefined;
let support: LanguageSupport | undefined;
let loadingSupport: Promise<LanguageSupport> | undefined;
let loadingDetector: Promise<NgramDetector> | undefined;
const loadingPacks = new Map<LanguageCode, Promise<LanguagePack>>();

/** Retries after a failed fetch: the next call may succeed. */
function once<T>(get: () => Promise<T> | undefined, set: (p: Promise<T> | undefined) => void, load: () => Promise<T>): Promise<T> {
  let p = get();
  if (p === undefined) {
    p = load().catch((error: unknown) => {
      set(undefined);
      throw error;
    });
    set(p);
  }
  return p;
}

/** The Intl engine and detection code (one chunk). */
function loadSupport(): Promise<LanguageSupport> {
  return once(() => loadingSupport, (p) => (loadingSupport = p), async () => {
    const { languageSupport } = await import('./support');
    support = languageSupport(() => detector, (code) => packs.get(code));
    return support;
  });
}

/** The languages loaded so far: nothing until `loadDetector` or `loadLanguage` has resolved. */
export const LAZY_LANGUAGES: LanguageSupport = Object.freeze({
  detect: (text: string) => support?.detect(text),
  engine: (code: LanguageCode | 'und') => support?.engine(code),
});

/** Loads the language detector (tinyld) and the Intl engine, once. */
export function loadDetector(): Promise<NgramDetector> {
  return once(() => loadingDetector, (p) => (loadingDetector = p), async () => {
    const [module] = await Promise.all([import('./tinyld'), loadSupport()]);
    detector = module.tinyld;
    return detector;
  });
}

/** Loads one language's pack (stemmer, stopwords, phrases) and the Intl engine, once. English through wink-nlp needs none; the light engine reads with it. */
export function loadLanguage(code: LanguageCode): Promise<LanguagePack> {
  return once(() => loadingPacks.get(code), (p) => (p === undefined ? loadingPacks.delete(code) : loadingPacks.set(code, p)), async () => {
    const [module] = await Promise.all([PACK_LOADERS[code](), loadSupport()]);
    packs.set(code, module.default);
    return module.default;
  });
}

/**
 * Loads what reading `text` needs besides wink-nlp: for `'auto'`, the detection code and, when the
 * text's script and English function words leave its language open, the n-gram detector (an
 * English text never fetches it); then the pack of the language asked or detected (English's only
 * for the light engine). Resolves to the language code the text will be read as (`en` when
 * detection is unsure or finds English, `und` for an unsupported language).
 */
export async function loadLanguageFor(text: string, option: 'auto' | LanguageCode, english: EngineOption = 'wink'): Promise<LanguageCode | 'und'> {
  let code: LanguageCode | 'und' = option === 'auto' ? 'en' : option;
  if (option === 'auto') {
    let detected = (await loadSupport()).detect(text);
    if (detected === undefined) {
      await loadDetector();
      detected = LAZY_LANGUAGES.detect(text);
    }
    if (detected !== undefined && detected.confident && detected.language !== 'und') {
      code = isLanguageCode(detected.language) ? detected.language : 'und';
    }
  }
  if (code !== 'und' && (code !== 'en' || english === 'light')) await loadLanguage(code);
  return code;
}
