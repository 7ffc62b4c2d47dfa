import { jpn } from 'stopword';
import type { LanguagePack } from '../pack';

/** Japanese: stemmer, stopwords, abbreviations and furniture phrases. */
const pack: LanguagePack = {
  code: 'ja',
  name: 'Japanese',
  stopwords: jpn,
  stopwordSource: 'stopword',
  abbreviations: [],
  furniture: {
    navigation: ['続きを読む', '関連記事', 'シェア', '広告', 'コメント', '前の記事', '次の記事', 'アクセスランキング', 'もっと見る', 'おすすめ記事', 'あわせて読みたい', 'ページの先頭へ'],
    pointers: ['関連記事', 'おすすめ記事', 'あわせて読みたい', 'アクセスランキング'],
    bylines: [],
  },
};

export default pack;
