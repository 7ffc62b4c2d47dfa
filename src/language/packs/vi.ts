import { vie } from 'stopword/src/stopwords_vie.js';
import type { LanguagePack } from '../pack';

/** Vietnamese: stemmer, stopwords, abbreviations and furniture phrases. */
const pack: LanguagePack = {
  code: 'vi',
  name: 'Vietnamese',
  stopwords: vie,
  stopwordSource: 'stopword',
  abbreviations: ['tp', 'ts', 'ths', 'pgs', 'gs', 'bs', 'ks', 'ncs', 'tt', 'q', 'p'],
  furniture: {
    navigation: ['xem thêm', 'đọc thêm', 'chia sẻ', 'quảng cáo', 'bình luận', 'bài trước', 'bài tiếp theo', 'tin liên quan', 'đọc nhiều', 'đọc nhiều nhất', 'theo dõi', 'đăng ký', 'tin cùng chuyên mục', 'video', 'ảnh'],
    pointers: ['xem thêm', 'tin liên quan', 'đọc thêm', 'đọc nhiều nhất', 'tin cùng chuyên mục'],
    bylines: [],
  },
};

export default pack;
