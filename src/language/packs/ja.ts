import { jpn } from 'stopword/src/stopwords_jpn.js';
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
    // 文：山田太郎, 取材・文／佐藤花子, 記者 田中一郎, 編集部
    bylineShapes: [
      /^(?:文|取材|取材・文|写真|構成|編集|聞き手)\s*[：:／/]\s*[^。！？]{1,24}$/u,
      /^(?:記者|編集委員|特派員)\s*[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}\s]{2,12}$/u,
      /^[\p{Script=Han}\p{Script=Katakana}\s]{2,12}\s*(?:記者|特派員|編集委員)$/u,
    ],
    // ［東京 30日 ロイター］ - , 【ワシントン=山田太郎】, 【北京共同】
    datelineShapes: [
      /^[［\[][^］\]]{1,30}(?:ロイター|共同|時事|AFP|ブルームバーグ|Bloomberg|AP)[］\]]\s*[-－—–]?\s*/u,
      /^【[^】]{1,30}[=＝][^】]{1,20}】\s*/u,
      /^【[\p{Script=Han}\p{Script=Katakana}]{1,10}(?:共同|時事)】\s*/u,
    ],
    inline: ['関連記事', '関連ニュース', '続きを読む', 'あわせて読みたい'],
  },
};

export default pack;
