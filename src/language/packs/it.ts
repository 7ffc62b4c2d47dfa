import { stemmer } from '@orama/stemmers/italian';
import { SNOWBALL } from '../stemmers/source';
import { ita } from 'stopword/src/stopwords_ita.js';
import type { LanguagePack } from '../pack';

/** Italian: stemmer, stopwords, abbreviations and furniture phrases. */
const pack: LanguagePack = {
  code: 'it',
  name: 'Italian',
  stem: stemmer,
  stemmer: SNOWBALL,
  stopwords: ita,
  stopwordSource: 'stopword',
  abbreviations: ['sig', 'sigg', 'sig.ra', 'dott', 'prof', 'avv', 'ing', 'on', 'sen', 'dr', 'pag', 'n', 'gen', 'mons'],
  furniture: {
    navigation: ['leggi anche', 'leggi di più', 'continua a leggere', 'condividi', 'pubblicità', 'abbonati', 'commenti', 'articolo precedente', 'articolo successivo', 'i più letti', 'potrebbe interessarti', 'iscriviti alla newsletter', 'stampa', 'video', 'foto', 'torna su'],
    pointers: ['leggi anche', 'potrebbe interessarti', 'i più letti', 'articoli correlati', 'ti potrebbe interessare'],
    bylines: ['di'],
  },
};

export default pack;
