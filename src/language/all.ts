/**
 * Every language at hand, synchronously: all packs and the detector imported statically. The
 * synchronous API (`precis`) uses this; browsers use `precis/lazy`, which loads them on demand.
 */
import { PACKS } from './packs/all';
import { languageSupport, type LanguageSupport } from './support';
import { tinyld } from './tinyld';

export const ALL_LANGUAGES: LanguageSupport = languageSupport(() => tinyld, (code) => PACKS[code]);
