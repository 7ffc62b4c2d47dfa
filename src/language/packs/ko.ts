import { kor } from 'stopword/src/stopwords_kor.js';
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
    // 홍길동 기자, 홍길동 기자 gildong@yna.co.kr, 워싱턴=홍길동 특파원
    bylineShapes: [
      /^(?:[\p{Script=Hangul}]{1,10}\s*[=＝]\s*)?[\p{Script=Hangul}]{2,4}\s*(?:기자|특파원|통신원|선임기자|논설위원)(?:\s*[=＝])?(?:\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?$/u,
      /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u,
    ],
    // (서울=연합뉴스) 홍길동 기자 = , [서울=뉴시스] , (세종=뉴스1) 홍길동 기자 =
    datelineShapes: [
      /^[(\[（［]\s*[\p{Script=Hangul}\w]{1,12}\s*[=＝]\s*[^)\]）］]{1,16}[)\]）］]\s*(?:[\p{Script=Hangul}]{2,4}(?:\s*[·,]\s*[\p{Script=Hangul}]{2,4})*\s*(?:기자|특파원|통신원)\s*[=＝]?\s*)?/u,
    ],
    inline: ['관련기사', '관련 기사', '기사 원문 보기'],
  },
};

export default pack;
