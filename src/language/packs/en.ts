import { eng } from 'stopword/src/stopwords_eng.js';
import stem from 'wink-porter2-stemmer';
import { PORTER2 } from '../stemmers/source';
import type { LanguagePack } from '../pack';
import { ENGLISH_GLUE } from './en-words';

/** English: stemmer, stopwords, abbreviations and furniture phrases. */
const pack: LanguagePack = {
  code: 'en',
  name: 'English',
  stem,
  stemmer: PORTER2,
  stopwords: eng,
  stopwordSource: 'stopword',
  abbreviations: ['mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'gen', 'gov', 'sen', 'rep', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm', 'inc', 'ltd', 'co', 'corp', 'vs', 'no', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e'],
  furniture: {
    navigation: [],
    pointers: [],
    bylines: [],
  },
  glue: ENGLISH_GLUE,
};

export default pack;
