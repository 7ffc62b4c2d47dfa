/**
 * The languages precis supports, by BCP 47 code. English reads with wink-nlp; every other language
 * with `Intl.Segmenter` and its pack (`packs/<code>.ts`). Kept tiny: option validation needs it
 * before any language data is loaded.
 */
export const LANGUAGES: Readonly<Record<LanguageCode, string>> = Object.freeze({
  en: 'English',
  fr: 'French',
  de: 'German',
  es: 'Spanish',
  pt: 'Portuguese',
  it: 'Italian',
  nl: 'Dutch',
  ru: 'Russian',
  vi: 'Vietnamese',
  id: 'Indonesian',
  zh: 'Chinese',
  ja: 'Japanese',
  th: 'Thai',
  ko: 'Korean',
  ar: 'Arabic',
  ta: 'Tamil',
});

/**
 * A language precis supports, by its BCP 47 code.
 *
 * @example
 * const code: LanguageCode = summarize(text).language as LanguageCode;
 */
export type LanguageCode = 'en' | 'fr' | 'de' | 'es' | 'pt' | 'it' | 'nl' | 'ru' | 'vi' | 'id' | 'zh' | 'ja' | 'th' | 'ko' | 'ar' | 'ta';

/**
 * The language option: a supported code (or a BCP 47 tag of one, such as `fr-CA`), or `'auto'`.
 *
 * @example
 * const language: LanguageOption = 'fr-CA'; // read as French
 */
export type LanguageOption = 'auto' | LanguageCode | (string & {});

/** True for a code precis supports. */
export function isLanguageCode(code: string): code is LanguageCode {
  return Object.prototype.hasOwnProperty.call(LANGUAGES, code);
}

/** The primary subtag of a BCP 47 tag, lower-cased (`fr-CA` → `fr`, `zh-Hant-TW` → `zh`), or undefined when it is not one. */
export function primaryLanguage(tag: string): string | undefined {
  const m = /^([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*$/i.exec(tag.trim());
  return m === null ? undefined : (m[1] as string).toLowerCase();
}

/** The supported code a tag names, or undefined. */
export function supportedLanguage(tag: string): LanguageCode | undefined {
  const code = primaryLanguage(tag);
  return code !== undefined && Object.prototype.hasOwnProperty.call(LANGUAGES, code) ? (code as LanguageCode) : undefined;
}

/**
 * The English engine: `'wink'` (wink-nlp and its model) or `'light'` (`Intl.Segmenter`, Snowball
 * English, the `stopword` English list; no model).
 *
 * @example
 * const engine: EngineOption = 'light';
 */
export type EngineOption = 'wink' | 'light';
