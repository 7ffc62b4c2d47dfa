import { stemmer } from '@orama/stemmers/russian';
import { SNOWBALL } from '../stemmers/source';
import { rus } from 'stopword/src/stopwords_rus.js';
import type { LanguagePack } from '../pack';

/** Russian: stemmer, stopwords, abbreviations and furniture phrases. */
const pack: LanguagePack = {
  code: 'ru',
  name: 'Russian',
  stem: stemmer,
  stemmer: SNOWBALL,
  stopwords: rus,
  stopwordSource: 'stopword',
  abbreviations: ['ул', 'им', 'проф', 'акад', 'тыс', 'просп', 'пер', 'обл'],
  furniture: {
    navigation: ['читайте также', 'читать далее', 'читать полностью', 'поделиться', 'реклама', 'подписаться', 'комментарии', 'предыдущая статья', 'следующая статья', 'самое читаемое', 'новости по теме', 'смотрите также', 'по теме', 'видео', 'фото'],
    pointers: ['читайте также', 'по теме', 'новости по теме', 'смотрите также', 'самое читаемое'],
    bylines: ['автор'],
  },
};

export default pack;
