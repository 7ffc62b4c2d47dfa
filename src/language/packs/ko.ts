import { kor } from 'stopword';
import { koreanStem } from '../stemmers/korean';
import type { LanguagePack } from '../pack';

/** Korean: stemmer, stopwords, abbreviations and furniture phrases. */
const pack: LanguagePack = {
  code: 'ko',
  name: 'Korean',
  stem: koreanStem,
  stemmer: 'light particle stripping (precis)',
  stopwords: kor,
  stopwordSource: 'stopword',
  // A word here is a noun with its particles or a verb with its endings: 3 of them make a sentence.
  minSentenceWords: 3,
  abbreviations: [],
  furniture: {
    navigation: ['더보기', '관련기사', '관련 기사', '공유하기', '광고', '댓글', '이전 기사', '다음 기사', '많이 본 뉴스', '구독하기', '기사 원문 보기', '추천 기사'],
    pointers: ['관련기사', '관련 기사', '많이 본 뉴스', '추천 기사'],
    bylines: [],
  },
};

export default pack;
