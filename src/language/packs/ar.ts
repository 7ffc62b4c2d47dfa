import { stemmer } from '@orama/stemmers/arabic';
import { SNOWBALL } from '../stemmers/source';
import { ara } from 'stopword/src/stopwords_ara.js';
import type { LanguagePack } from '../pack';

/** Arabic: stemmer, stopwords, abbreviations and furniture phrases. */
const pack: LanguagePack = {
  code: 'ar',
  name: 'Arabic',
  stem: stemmer,
  stemmer: SNOWBALL,
  stopwords: ara,
  stopwordSource: 'stopword',
  abbreviations: [],
  furniture: {
    navigation: ['اقرأ أيضا', 'اقرأ أيضاً', 'اقرأ المزيد', 'شارك', 'إعلان', 'تعليقات', 'المقال السابق', 'المقال التالي', 'الأكثر قراءة', 'أخبار ذات صلة', 'فيديو'],
    pointers: ['اقرأ أيضا', 'اقرأ أيضاً', 'أخبار ذات صلة', 'الأكثر قراءة'],
    bylines: [],
  },
};

export default pack;
