import { stemmer } from '@orama/stemmers/french';
import { SNOWBALL } from '../stemmers/source';
import { fra } from 'stopword/src/stopwords_fra.js';
import type { LanguagePack } from '../pack';

/** French: stemmer, stopwords, abbreviations and furniture phrases. */
const pack: LanguagePack = {
  code: 'fr',
  name: 'French',
  stem: stemmer,
  stemmer: SNOWBALL,
  stopwords: fra,
  stopwordSource: 'stopword',
  abbreviations: ['m', 'mm', 'mme', 'mmes', 'mlle', 'mlles', 'dr', 'pr', 'me', 'st', 'ste', 'av', 'apr', 'bd', 'mgr', 'cf', 'env', 'ex', 'janv', 'févr', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc', 'n°', 'no', 'vol'],
  furniture: {
    navigation: ['lire aussi', 'à lire aussi', 'lire la suite', 'lire également', 'à lire également', 'voir aussi', 'voir la vidéo', 'en savoir plus', 'partager', 'partager cet article', 'partager sur facebook', 'partager sur twitter', 'publicité', 'abonnez-vous', 's\'abonner', 'se connecter', 'connexion', 'commentaires', 'réagir', 'imprimer', 'article suivant', 'article précédent', 'les plus lus', 'les plus partagés', 'à la une', 'plus d\'articles', 'suivez-nous', 'retour en haut', 'inscrivez-vous à notre newsletter', 'recevez notre newsletter', 'sur le même sujet', 'vidéo', 'photo', 'diaporama', 'contenus sponsorisés'],
    pointers: ['lire aussi', 'à lire aussi', 'lire également', 'à lire également', 'voir aussi', 'sur le même sujet', 'les plus lus', 'article suivant', 'dans la même rubrique', 'à découvrir aussi'],
    bylines: ['par'],
  },
};

export default pack;
