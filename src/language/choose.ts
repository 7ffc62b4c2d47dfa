import type { Engine } from './engine';
import { isLanguageCode, LANGUAGES, type EngineOption, type LanguageCode } from './languages';
import type { LanguageSupport } from './support';
import type { SummaryWarning } from '../types';

/** The engine a text is read with, the language it reads, and what the choice has to say. */
export interface LanguageChoice {
  /** The Intl engine, or `undefined` for English through wink-nlp (the `'wink'` engine). */
  readonly engine: Engine | undefined;
  /** The language used: a supported code, or `und` for the language-neutral fallback. */
  readonly language: LanguageCode | 'und';
  readonly warnings: readonly SummaryWarning[];
}

/**
 * Chooses how to read `text`: the asked language, or the detected one when the option is
 * `'auto'` (English when detection is unsure or the text is too short to tell). A detected
 * language precis does not support, or one whose data is not loaded, is read language-neutrally
 * (`Intl.Segmenter` words and sentences, no stems, no stopwords) with a warning. English reads
 * with wink-nlp, or with the Intl engine and the English pack when `english` is `'light'`.
 */
export function chooseLanguage(text: string, option: 'auto' | LanguageCode, support: LanguageSupport, english: EngineOption = 'wink'): LanguageChoice {
  const warnings: SummaryWarning[] = [];
  let code: LanguageCode | 'und' = 'en';
  if (option !== 'auto') code = option;
  else {
    const detected = support.detect(text);
    if (detected !== undefined && detected.confident && detected.language !== 'und') {
      if (isLanguageCode(detected.language)) code = detected.language;
      else {
        code = 'und';
        warnings.push({
          code: 'UNSUPPORTED_LANGUAGE',
          message: `The text looks like \`${detected.language}\`, a language precis does not support: it was read language-neutrally (words and sentences from Intl.Segmenter, no stems, no stopwords). Supported: ${Object.keys(LANGUAGES).join(', ')}.`,
        });
      }
    }
  }
  if (code === 'en' && english === 'wink') return { engine: undefined, language: 'en', warnings };
  let engine = support.engine(code);
  if (engine === undefined) {
    warnings.push({
      code: 'LANGUAGE_NOT_LOADED',
      message: `The text is ${code === 'und' ? 'in an unsupported language' : `in ${LANGUAGES[code]} (\`${code}\`)`}, whose data is not loaded: it was read language-neutrally. Load it first, e.g. \`await loadSummarizer({ language: '${code}'${code === 'en' ? ", engine: 'light'" : ''} })\`.`,
    });
    code = 'und';
    engine = support.engine('und') as Engine;
  }
  return { engine, language: code, warnings };
}
