/**
 * Each language pack behind its own dynamic `import()`, so that a bundler puts each in a chunk of
 * its own and a browser fetches only the languages it reads (the lazy and worker entries).
 */
import type { LanguageCode } from '../languages';
import type { LanguagePack } from '../pack';

type Loader = () => Promise<{ default: LanguagePack }>;

export const PACK_LOADERS: Readonly<Record<LanguageCode, Loader>> = Object.freeze({
  ar: () => import('./ar'),
  de: () => import('./de'),
  en: () => import('./en'),
  es: () => import('./es'),
  fr: () => import('./fr'),
  id: () => import('./id'),
  it: () => import('./it'),
  ja: () => import('./ja'),
  ko: () => import('./ko'),
  nl: () => import('./nl'),
  pt: () => import('./pt'),
  ru: () => import('./ru'),
  ta: () => import('./ta'),
  th: () => import('./th'),
  vi: () => import('./vi'),
  zh: () => import('./zh'),
});
