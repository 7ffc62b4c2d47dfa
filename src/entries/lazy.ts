/**
 * precis for browsers and other places where the English model (about 1 MB gzip) should not load
 * with the page: `await loadSummarizer()` fetches wink-nlp and the model through dynamic
 * `import()`, so bundlers put them in a chunk of their own.
 */
import { LANGUAGES, supportedLanguage, type LanguageCode } from '../language/languages';
import { LAZY_LANGUAGES, loadDetector, loadLanguage } from '../language/lazy';
import { loadIsolatedNlp } from '../language/wink/loaded';
import { nextNlp } from '../language/wink/isolated';
import type { WinkNlp } from '../language/wink/nlp';
import { PrecisRangeError } from '../errors';
import { resolveOptions, type SummarizeOptions } from '../options';
import { makeSummarizer, type Summarizer } from '../summarizer';

/**
 * Loads wink-nlp and the English model once (e.g. early, when the browser is idle); later calls share the same instance.
 *
 * @example
 * button.addEventListener('pointerenter', () => void loadNlp(), { once: true }); // start fetching early
 */
export async function loadNlp(): Promise<WinkNlp> {
  return (await loadIsolatedNlp()).current();
}

/**
 * Loads languages for summarizers made by `loadSummarizer()` (each pack once, from a chunk of its
 * own): with `language: 'auto'`, a text detected in a language not loaded is read
 * language-neutrally, with a `LANGUAGE_NOT_LOADED` warning. `'en'` loads the English pack, which
 * only the light engine reads with (`engine: 'light'`); the wink engine needs none.
 *
 * @example
 * await loadLanguages('fr', 'de');
 */
export async function loadLanguages(...languages: string[]): Promise<void> {
  const codes = languages.map((tag) => {
    const code = supportedLanguage(tag);
    if (code === undefined) throw new PrecisRangeError('ERR_UNSUPPORTED_LANGUAGE', `Expected a language among ${Object.keys(LANGUAGES).join(', ')}, got ${JSON.stringify(tag)}`);
    return code;
  });
  await Promise.all(codes.map((c) => loadLanguage(c)));
}

function englishNotLoaded(): never {
  throw new PrecisRangeError('ERR_UNSUPPORTED_LANGUAGE', "English through wink-nlp (`engine: 'wink'`) is not loaded by this summarizer: create it with `loadSummarizer({ language: 'en' })` or `'auto'`, or read English with `engine: 'light'`");
}

/**
 * Loads what the `language` and `engine` options need (once) and returns a summarizer with
 * `defaults`:
 * - `language: 'auto'` (the default): the language detector, and English's engine;
 * - `language: 'en'`: English's engine alone: wink-nlp and its model (`engine: 'wink'`, the
 *   default, about 1 MB gzip) or the English pack (`engine: 'light'`: `Intl.Segmenter`, Snowball
 *   English and a stopword list, a few KB; nothing of wink-nlp or the model is fetched);
 * - another language: its pack alone (a few KB, no model).
 * Other languages a text may be detected in load with {@link loadLanguages}.
 *
 * @example
 * import { loadSummarizer } from 'precis/lazy';
 * button.onclick = async () => {
 *   const precis = await loadSummarizer({ sentences: 3 });
 *   box.textContent = precis.summarize(article.textContent).text;
 * };
 *
 * @example
 * // English in a few tens of KB, no model: the light engine.
 * const precis = await loadSummarizer({ language: 'en', engine: 'light' });
 */
export async function loadSummarizer(defaults?: SummarizeOptions): Promise<Summarizer> {
  const resolved = resolveOptions(defaults); // invalid defaults fail before anything is fetched
  const language = resolved.language;
  const light = resolved.engine === 'light';
  const english = language === 'auto' || language === 'en';
  await Promise.all([
    language === 'auto' ? loadDetector() : undefined,
    !english ? loadLanguage(language as LanguageCode) : undefined,
    english && light ? loadLanguage('en') : undefined,
  ]);
  // With the caller's own wink instance, the bundled model is never fetched.
  if (resolved.nlp !== undefined) {
    const own = resolved.nlp;
    return makeSummarizer(defaults, () => own, LAZY_LANGUAGES);
  }
  if (!english || light) return makeSummarizer(defaults, englishNotLoaded, LAZY_LANGUAGES);
  const shared = await loadIsolatedNlp();
  // Each call starts from the model as loaded (see isolatedNlp), so summaries never depend on order.
  return makeSummarizer(defaults, (chars) => nextNlp(shared, chars), LAZY_LANGUAGES);
}

// The surface both entries share: classes, errors, option and result types.
export * from './surface';
