import { zho } from 'stopword';
import type { LanguagePack } from '../pack';

/** Chinese: stemmer, stopwords, abbreviations and furniture phrases. */
const pack: LanguagePack = {
  code: 'zh',
  name: 'Chinese',
  stopwords: zho,
  stopwordSource: 'stopword',
  abbreviations: [],
  furniture: {
    navigation: ['阅读全文', '相关阅读', '相关新闻', '分享', '分享到', '广告', '评论', '上一篇', '下一篇', '热门文章', '点击查看', '延伸阅读', '返回顶部', '推荐阅读', '查看更多'],
    pointers: ['相关阅读', '相关新闻', '延伸阅读', '热门文章', '推荐阅读'],
    bylines: [],
  },
};

export default pack;
