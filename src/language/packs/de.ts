import { stemmer } from '@orama/stemmers/german';
import { SNOWBALL } from '../stemmers/source';
import { deu } from 'stopword/src/stopwords_deu.js';
import type { LanguagePack } from '../pack';

/** German: stemmer, stopwords, abbreviations and furniture phrases. */
const pack: LanguagePack = {
  code: 'de',
  name: 'German',
  stem: stemmer,
  stemmer: SNOWBALL,
  stopwords: deu,
  stopwordSource: 'stopword',
  abbreviations: ['dr', 'prof', 'nr', 'bzw', 'ca', 'vgl', 'st', 'str', 'hr', 'fr', 'abs', 'bspw', 'inkl', 'evtl', 'ggf', 'mio', 'mrd', 'jh', 'jan', 'feb', 'aug', 'sept', 'okt', 'nov', 'dez', 'dipl', 'ing', 'mag'],
  ordinalMonths: ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember', 'jan', 'feb', 'mär', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dez'],
  furniture: {
    navigation: ['mehr zum thema', 'lesen sie auch', 'lesen sie mehr', 'auch interessant', 'weiterlesen', 'mehr lesen', 'teilen', 'artikel teilen', 'anzeige', 'werbung', 'kommentare', 'kommentieren', 'newsletter abonnieren', 'jetzt abonnieren', 'abonnieren', 'anmelden', 'zurück', 'weiter', 'nächster artikel', 'vorheriger artikel', 'meistgelesen', 'meistgelesene artikel', 'das könnte sie auch interessieren', 'drucken', 'folgen sie uns', 'zum artikel', 'video', 'bild', 'bildergalerie', 'nach oben'],
    pointers: ['mehr zum thema', 'lesen sie auch', 'auch interessant', 'das könnte sie auch interessieren', 'meistgelesen', 'meistgelesene artikel', 'weitere artikel', 'zum thema'],
    bylines: ['von'],
  },
};

export default pack;
