import { tha } from 'stopword/src/stopwords_tha.js';
import type { LanguagePack } from '../pack';

/** Thai: stemmer, stopwords, abbreviations and furniture phrases. */
const pack: LanguagePack = {
  code: 'th',
  name: 'Thai',
  stopwords: tha,
  stopwordSource: 'stopword',
  abbreviations: [],
  spaceEndsSentence: true,
  continuations: ['กล่าวว่า', 'เปิดเผยว่า', 'ระบุว่า', 'เห็นว่า', 'ชี้ว่า', 'ยืนยันว่า', 'เตือนว่า', 'คาดว่า', 'เชื่อว่า', 'ว่า', 'และ', 'หรือ', 'ซึ่ง', 'โดย', 'ที่', 'เพื่อ', 'จึง', 'ก็', 'กับ', 'ของ', 'ใน', 'จาก', 'ถึง', 'จนถึง', 'ตั้งแต่', 'แก่', 'ให้', 'เป็น', 'คือ', 'อยู่', 'แล้ว'],
  furniture: {
    navigation: ['อ่านต่อ', 'อ่านเพิ่มเติม', 'แชร์', 'โฆษณา', 'ความคิดเห็น', 'ข่าวที่เกี่ยวข้อง', 'ข่าวก่อนหน้า', 'ข่าวถัดไป', 'ยอดนิยม', 'ข่าวแนะนำ'],
    pointers: ['ข่าวที่เกี่ยวข้อง', 'อ่านเพิ่มเติม', 'ข่าวแนะนำ', 'ยอดนิยม'],
    bylines: [],
  },
};

export default pack;
