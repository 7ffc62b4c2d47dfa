import { stemmer } from '@orama/stemmers/portuguese';
import { SNOWBALL } from '../stemmers/source';
import { por } from 'stopword/src/stopwords_por.js';
import type { LanguagePack } from '../pack';

/** Portuguese: stemmer, stopwords, abbreviations and furniture phrases. */
const pack: LanguagePack = {
  code: 'pt',
  name: 'Portuguese',
  stem: stemmer,
  stemmer: SNOWBALL,
  stopwords: por,
  stopwordSource: 'stopword',
  abbreviations: ['sr', 'sra', 'srs', 'dr', 'dra', 'drs', 'prof', 'profa', 'av', 'nº', 'pág', 'gen', 'dep', 'eng', 'exmo', 'exma', 'sto', 'sta'],
  furniture: {
    navigation: ['leia mais', 'leia também', 'veja também', 'saiba mais', 'continue lendo', 'compartilhe', 'compartilhar', 'publicidade', 'assine', 'assine já', 'comentários', 'notícia anterior', 'próxima notícia', 'mais lidas', 'as mais lidas', 'imprimir', 'vídeo', 'foto', 'voltar ao topo', 'siga-nos'],
    pointers: ['leia também', 'veja também', 'leia mais', 'mais lidas', 'as mais lidas', 'saiba mais', 'notícias relacionadas'],
    bylines: ['por'],
  },
};

export default pack;
