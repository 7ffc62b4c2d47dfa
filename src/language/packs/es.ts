import { stemmer } from '@orama/stemmers/spanish';
import { SNOWBALL } from '../stemmers/source';
import { spa } from 'stopword/src/stopwords_spa.js';
import type { LanguagePack } from '../pack';

/** Spanish: stemmer, stopwords, abbreviations and furniture phrases. */
const pack: LanguagePack = {
  code: 'es',
  name: 'Spanish',
  stem: stemmer,
  stemmer: SNOWBALL,
  stopwords: spa,
  stopwordSource: 'stopword',
  abbreviations: ['sr', 'sra', 'srta', 'sres', 'dr', 'dra', 'ee', 'uu', 'ud', 'uds', 'núm', 'pág', 'av', 'avda', 'gral', 'lic', 'ing', 'prof', 'dña', 'dn', 'sto', 'sta'],
  furniture: {
    navigation: ['leer más', 'lea también', 'lee también', 'te puede interesar', 'sigue leyendo', 'seguir leyendo', 'compartir', 'comparte', 'publicidad', 'suscríbete', 'suscribirse', 'comentarios', 'noticia anterior', 'noticia siguiente', 'lo más leído', 'más noticias', 'noticias relacionadas', 'relacionado', 'imprimir', 'ver más', 'vídeo', 'foto', 'volver arriba'],
    pointers: ['lea también', 'lee también', 'leer también', 'te puede interesar', 'lo más leído', 'noticias relacionadas', 'más información', 'también te puede interesar'],
    bylines: ['por'],
  },
};

export default pack;
