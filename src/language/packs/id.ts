import { stemmer } from '@orama/stemmers/indonesian';
import { SNOWBALL } from '../stemmers/source';
import { ind } from 'stopword/src/stopwords_ind.js';
import type { LanguagePack } from '../pack';

/** Indonesian: stemmer, stopwords, abbreviations and furniture phrases. */
const pack: LanguagePack = {
  code: 'id',
  name: 'Indonesian',
  stem: stemmer,
  stemmer: SNOWBALL,
  stopwords: ind,
  stopwordSource: 'stopword',
  abbreviations: ['dr', 'jl', 'no', 'prof', 'ir', 'kh', 'st', 'drs', 'hj'],
  furniture: {
    navigation: ['baca juga', 'baca selengkapnya', 'bagikan', 'iklan', 'komentar', 'berita terkait', 'artikel sebelumnya', 'artikel selanjutnya', 'terpopuler', 'berlangganan', 'ikuti kami', 'simak juga', 'video', 'foto'],
    pointers: ['baca juga', 'berita terkait', 'terpopuler', 'simak juga', 'artikel terkait'],
    bylines: ['oleh'],
  },
};

export default pack;
