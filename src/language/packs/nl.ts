import { stemmer } from '@orama/stemmers/dutch';
import { SNOWBALL } from '../stemmers/source';
import { nld } from 'stopword/src/stopwords_nld.js';
import type { LanguagePack } from '../pack';

/** Dutch: stemmer, stopwords, abbreviations and furniture phrases. */
const pack: LanguagePack = {
  code: 'nl',
  name: 'Dutch',
  stem: stemmer,
  stemmer: SNOWBALL,
  stopwords: nld,
  stopwordSource: 'stopword',
  abbreviations: ['dhr', 'mevr', 'mr', 'dr', 'prof', 'ir', 'drs', 'ing', 'bijv', 'ca', 'nr', 'st', 'jl', 'mln', 'mld'],
  furniture: {
    navigation: ['lees ook', 'lees meer', 'lees verder', 'delen', 'deel dit artikel', 'advertentie', 'abonneer', 'abonneren', 'reacties', 'vorig artikel', 'volgend artikel', 'meest gelezen', 'bekijk ook', 'meer over', 'video', 'foto', 'terug naar boven'],
    pointers: ['lees ook', 'bekijk ook', 'meest gelezen', 'meer over dit onderwerp', 'gerelateerde artikelen'],
    bylines: ['door'],
  },
};

export default pack;
