import { zho } from 'stopword/src/stopwords_zho.js';
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
    // 记者 张三 报道, （记者 张三 李四）, 本报记者 王五, 通讯员 赵六; 责任编辑：张三, 来源：新华社, 文/张三.
    bylineShapes: [
      /^[（(]?(?:本报|本台|新华社)?(?:记者|通讯员|特约记者)[\s\p{Script=Han}·、，,]{1,24}(?:报道|摄)?[）)]?[。：:]?$/u,
      /^(?:责任编辑|编辑|责编|来源|作者|撰文|摄影|校对)\s*[：:／/]\s*[^。！？]{1,30}$/u,
      /^(?:文|图|文\/图)\s*[／/|｜]\s*[\p{Script=Han}·\s]{2,12}$/u,
    ],
    // 【新华社北京11月30日电】, 新华社北京11月30日电（记者 张三）, 本报上海11月30日讯, 中新网11月30日电
    datelineShapes: [
      /^(?:【[^】]{2,30}?\d{1,2}月\d{1,2}日(?:电|讯)】|[\p{Script=Han}A-Za-z·]{0,16}?\d{1,2}月\d{1,2}日(?:电|讯)(?=[\s（(]))\s*(?:[（(](?:记者|通讯员)[^）)]{1,40}[）)])?\s*/u,
    ],
    inline: ['相关阅读', '相关新闻', '延伸阅读', '推荐阅读', '点击查看', '阅读全文'],
  },
};

export default pack;
