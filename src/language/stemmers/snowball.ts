import { stemmer as arabic } from '@orama/stemmers/arabic';
import { stemmer as dutch } from '@orama/stemmers/dutch';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as indonesian } from '@orama/stemmers/indonesian';
import { stemmer as italian } from '@orama/stemmers/italian';
import { stemmer as portuguese } from '@orama/stemmers/portuguese';
import { stemmer as russian } from '@orama/stemmers/russian';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import { stemmer as tamil } from '@orama/stemmers/tamil';
import english from 'wink-porter2-stemmer';

/**
 * Every Snowball stemmer precis uses, by language code, imported at once: for `precis eval
 * --rouge unicode` (the command line) only. The language packs import their own stemmer, one
 * module per language, so that a browser fetches only the stemmer of the language it reads.
 */
const STEMMERS: Readonly<Record<string, (word: string) => string>> = {
  ar: arabic, de: german, en: english, es: spanish, fr: french, id: indonesian, it: italian, nl: dutch, pt: portuguese, ru: russian, ta: tamil,
};

/** The Snowball stemmer of a BCP 47 tag's language (words in lower case), or undefined where precis has none. */
export function snowballFor(tag: string): ((word: string) => string) | undefined {
  return STEMMERS[(/^[a-z]{2,3}/i.exec(tag)?.[0] ?? '').toLowerCase()];
}
