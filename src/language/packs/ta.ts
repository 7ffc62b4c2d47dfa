import { stopwords } from '@orama/stopwords/tamil';
import { stemmer } from '@orama/stemmers/tamil';
import { SNOWBALL } from '../stemmers/source';
import type { LanguagePack } from '../pack';

/** Tamil: stemmer, stopwords, abbreviations and furniture phrases. */
const pack: LanguagePack = {
  code: 'ta',
  name: 'Tamil',
  stem: stemmer,
  stemmer: SNOWBALL,
  stopwords,
  stopwordSource: '@orama/stopwords',
  // A word here is a noun with its particles or a verb with its endings: 3 of them make a sentence.
  minSentenceWords: 3,
  abbreviations: ['திரு'],
  furniture: {
    navigation: ['மேலும் படிக்க', 'இதையும் படிக்க', 'இதையும் படிங்க', 'பகிர்', 'விளம்பரம்', 'கருத்துகள்', 'தொடர்புடைய செய்திகள்'],
    pointers: ['இதையும் படிக்க', 'இதையும் படிங்க', 'தொடர்புடைய செய்திகள்'],
    bylines: [],
  },
};

export default pack;
