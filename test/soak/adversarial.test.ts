import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { summarize, type Summary } from '../../src/entries/index';
import { fastest } from '../support/helpers';

/**
 * Adversarial inputs: each runs in time proportional to its length, measured against a normal news
 * text of the same length in the same run (never against an absolute time), and gives exact
 * offsets and either a sensible summary or a warning that says why there is none.
 */

const articles = readFileSync(join(__dirname, '..', '..', 'fixtures', 'cnn-dev-sample.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => (JSON.parse(line) as { text: string }).text);

/** Development-set articles joined by blank lines, cut to exactly `size` characters. */
function normalText(size: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const article = articles[i % articles.length] as string;
    parts.push(article);
    length += article.length + 2;
  }
  return parts.join('\n\n').slice(0, size);
}


const normalTimes = new Map<string, number>();
/**
 * How long a normal text of `size` characters takes (measured once per size and kind): English
 * news, or a normal text of the case's own language (`Case.normal`), whose words cost differently.
 */
function normalTime(size: number, runs: number, kind = 'en', make: (size: number) => string = normalText): number {
  const key = `${kind}:${size}`;
  let t = normalTimes.get(key);
  if (t === undefined) {
    const text = make(size);
    t = fastest(() => summarize(text, { explain: true }), runs);
    normalTimes.set(key, t);
  }
  return t;
}

/** Normal Chinese and Thai news sentences, punctuated and spaced as written, to time their cases against. */
const NORMAL_ZH = (size: number): string => repeatTo((k) => [`中国国家主席周一表示，谈判将继续进行${k}天。`, '外交部长周二在北京会见了日本大使。', '专家表示，协议可能在年底前签署。'], size);
const NORMAL_TH = (size: number): string => repeatTo((k) => [`นายกรัฐมนตรีกล่าวเมื่อวันจันทร์ว่าการเจรจากับญี่ปุ่นจะดำเนินต่อไปอีก ${k} วัน`, 'รัฐมนตรีว่าการกระทรวงการต่างประเทศได้พบกับเอกอัครราชทูตญี่ปุ่นที่กรุงเทพฯ เมื่อวันอังคาร', 'ผู้เชี่ยวชาญระบุว่าข้อตกลงอาจลงนามได้ก่อนสิ้นปีนี้'], size);

/**
 * A quadratic step on a 1 MB input costs hundreds of times a normal text; the bound, 6 times a normal
 * text of the same length, leaves room for a busy machine and garbage collection.
 */
const BOUND = 6;

/** Exact offsets, document order, counts that add up, whatever the input. */
function checkExact(text: string, summary: Summary): void {
  let end = 0;
  for (const s of summary.sentences) {
    expect(s.start).toBeGreaterThanOrEqual(end);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(s.start, s.end)).toBe(s.text);
    end = s.end;
  }
  for (const s of summary.segments ?? []) expect(text.slice(s.start, s.end)).toBe(s.text);
  expect(summary.stats.selected).toBe(summary.sentences.length);
  expect(summary.sentences.length).toBeLessThanOrEqual(3);
}

const codes = (summary: Summary): string[] => summary.warnings.map((w) => w.code);
/** No summary, and a warning that says there is nothing to select. */
function noSummary(summary: Summary, code: 'NO_CANDIDATES' | 'EMPTY_INPUT'): void {
  expect(summary.sentences).toHaveLength(0);
  expect(summary.text).toBe('');
  expect(codes(summary)).toContain(code);
}
/** A full summary: three sentences of ordinary length, each a candidate sentence. */
function fullSummary(summary: Summary): void {
  expect(summary.sentences).toHaveLength(3);
  expect(codes(summary)).toEqual([]);
  for (const s of summary.sentences) {
    const segment = summary.segments?.find((g) => g.start === s.start);
    expect(segment?.candidate).toBe(true);
  }
}

const MB = 1_000_000;
const KB256 = 256_000;
const LINE_ENDINGS = ['\n', '\r\n', '\r'];

interface Case {
  readonly name: string;
  readonly text: () => string;
  readonly check: (summary: Summary, text: string) => void;
  /** The language and maker of the normal text to time against (default: English news). */
  readonly normal?: readonly [string, (size: number) => string];
}

const cases: Case[] = [
  {
    name: '1 MB without punctuation',
    text: () => normalText(MB).replace(/[.!?;:,"'()\-—–…“”‘’]/g, ' '),
    // One sentence per paragraph: the short paragraphs are candidates.
    check: (s, text) => {
      fullSummary(s);
      for (const x of s.sentences) expect(x.text).not.toMatch(/[.!?]/);
      expect(s.stats.sentences).toBeGreaterThan(100);
      expect(text.length).toBe(MB);
    },
  },
  {
    name: '1 MB without spaces',
    text: () => {
      const t = normalText(2 * MB).replace(/\s+/g, '');
      return t.slice(0, MB);
    },
    // One run of characters: a single sentence, far too long to be a candidate.
    check: (s) => {
      noSummary(s, 'NO_CANDIDATES');
      expect(s.stats.sentences).toBe(1);
      // After the dateline the story opens with (`Seoul(CNN)--`), one sentence to the end.
      const sentence = s.segments?.find((g) => g.kind === 'sentence');
      expect(sentence).toMatchObject({ end: MB, candidate: false, rule: 'too-long' });
      expect(sentence?.start).toBeLessThan(20);
    },
  },
  {
    name: '1 MB of "."',
    text: () => '.'.repeat(MB),
    check: (s) => {
      noSummary(s, 'NO_CANDIDATES');
      expect(s.segments?.map((g) => [g.start, g.end])).toEqual([[0, MB]]);
    },
  },
  {
    name: '200,000 line breaks (\\n, \\r\\n, \\r) between the paragraphs of articles',
    text: () => {
      const breaks = (n: number): string => Array.from({ length: n }, (_, i) => LINE_ENDINGS[i % 3]).join('');
      return `${breaks(100_000)}${articles.slice(0, 20).join(breaks(5_000))}${breaks(5_000)}`;
    },
    check: (s, text) => {
      fullSummary(s);
      expect((text.match(/[\r\n]/g) ?? []).length).toBeGreaterThanOrEqual(200_000);
      expect(s.stats.paragraphs).toBeGreaterThan(20);
    },
  },
  {
    name: '200,000 line breaks alone',
    text: () => Array.from({ length: 200_000 }, (_, i) => LINE_ENDINGS[i % 3]).join(''),
    check: (s) => {
      noSummary(s, 'EMPTY_INPUT');
      expect(s.stats.paragraphs).toBe(0);
    },
  },
  {
    name: 'a line break (\\n, \\r\\n, \\r) after every word, 1 MB',
    text: () => {
      let i = 0;
      return normalText(MB).replace(/ /g, () => LINE_ENDINGS[i++ % 3] as string);
    },
    // Every word a line of its own: no candidate prose line, or sentences made of joined lines.
    check: (s, text) => {
      expect(s.sentences.length > 0 || codes(s).includes('NO_CANDIDATES')).toBe(true);
      expect((text.match(/\r\n|\r|\n/g) ?? []).length).toBeGreaterThan(150_000);
    },
  },
  {
    name: '50,000 copies of one sentence',
    text: () => 'The storm hit the coast overnight. '.repeat(50_000).trimEnd(),
    // Every copy is a candidate, but a sentence is never chosen twice word for word: one sentence,
    // and a warning that says why there are not three.
    check: (s) => {
      expect(s.stats.sentences).toBe(50_000);
      expect(s.stats.candidates).toBe(50_000);
      expect(s.sentences.map((x) => x.text)).toEqual(['The storm hit the coast overnight.']);
      expect(s.warnings.find((w) => w.code === 'REPEATED_SENTENCES')?.message).toMatch(/49999 other candidate\(s\) repeat a chosen sentence word for word/);
    },
  },
  {
    name: 'deeply nested quotes and brackets',
    text: () => {
      const open = '("[{«“‘\'';
      const close = '\'’”»}]")';
      // Every sentence of an article wrapped five levels deep, then one run 20,000 levels deep.
      const wrapped = normalText(200_000).replace(/([^.!?\n]+[.!?])/g, `${open.slice(0, 5)}$1${close.slice(3)}`);
      const deep = `${open.repeat(2_500)}Deep inside, the storm hit the coast.${close.repeat(2_500)}`;
      return `${wrapped}\n\n${deep}`;
    },
    check: (s) => {
      expect(s.sentences.length > 0 || codes(s).includes('NO_CANDIDATES')).toBe(true);
    },
  },
  {
    name: 'HTML source',
    text: () => {
      const head = '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Storm</title>\n<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}</script>\n<style>.a{color:#333}.b>p{margin:0 0 1em}</style></head>\n<body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>\n';
      let html = head;
      for (let i = 0; html.length < KB256; i++) {
        const paragraphs = (articles[i % articles.length] as string).split(/\n+/);
        html += `<article class="story"><h1>Story ${i}</h1>\n${paragraphs.map((p) => `<p class="b">${p}</p>`).join('\n')}\n</article>\n<aside><a href="/next?id=${i}&amp;ref=x">Next Article</a></aside>\n`;
      }
      return `${html}</body></html>`;
    },
    // Not plain text: whatever is chosen is exact; tags may stay inside sentences, and a warning says so.
    check: (s) => {
      expect(s.sentences.length > 0 || codes(s).includes('NO_CANDIDATES')).toBe(true);
      expect(codes(s)).toContain('MARKUP');
    },
  },
  {
    name: 'base64 blobs (one of 1 MB, and in 76-character lines)',
    text: () => {
      const blob = Buffer.from(normalText(MB)).toString('base64');
      const lines = blob.slice(0, 200_000).replace(/(.{76})/g, '$1\n');
      return `${blob.slice(0, MB - lines.length - 2)}\n\n${lines}`;
    },
    check: (s) => noSummary(s, 'NO_CANDIDATES'),
  },
  {
    name: 'Cyrillic',
    text: () => repeatTo((k) => [`Президент России заявил в понедельник, что переговоры с Японией продолжатся ${k} дней.`, 'Министр иностранных дел встретился с послом в Москве во вторник.', 'По словам экспертов, соглашение может быть подписано до конца года.'], KB256),
    check: (s) => {
      expect(s.sentences.length).toBe(3);
      for (const x of s.sentences) expect(x.text).toMatch(/^\p{Lu}[^]*\.$/u);
      // Russian is detected and read with its own stemmer and stopwords.
      expect(s.language).toBe('ru');
      expect(codes(s)).toEqual([]);
    },
  },
  {
    name: 'Chinese',
    text: () => repeatTo((k) => [`中国国家主席周一表示，谈判将继续进行${k}天。`, '外交部长周二在北京会见了日本大使。', '专家表示，协议可能在年底前签署。'], KB256),
    // Words from the segmenter's dictionary, sentences at 。
    check: (s) => {
      expect(s.language).toBe('zh');
      expect(s.sentences.length).toBe(3);
      for (const x of s.sentences) expect(x.text.endsWith('。')).toBe(true);
    },
  },
  {
    name: 'Chinese, 1 MB without punctuation or line breaks',
    text: () => repeatTo((k) => [`中国国家主席周一表示谈判将继续进行${k}天`, '外交部长周二在北京会见了日本大使', '专家表示协议可能在年底前签署'], MB).replace(/\s+/g, ''),
    // One run of 1 MB for the dictionary word breaker (quadratic in a run's length, 37 s for 128 K before).
    normal: ['zh', NORMAL_ZH],
    check: (s) => expect(s.language).toBe('zh'),
  },
  {
    name: 'Japanese',
    text: () => repeatTo((k) => [`首相は月曜日、交渉を${k}日間続けると述べた。`, '外務大臣は火曜日に東京で中国大使と会談した。', '専門家によると、協定は年内に署名される可能性がある。'], KB256),
    check: (s) => {
      expect(s.language).toBe('ja');
      expect(s.sentences.length).toBe(3);
      for (const x of s.sentences) expect(x.text.endsWith('。')).toBe(true);
    },
  },
  {
    name: 'Korean',
    text: () => repeatTo((k) => [`대통령은 월요일 일본과의 협상이 ${k}일 동안 계속될 것이라고 밝혔다.`, '외교부 장관은 화요일 서울에서 일본 대사를 만나 양국 관계를 논의했다.', '전문가들은 협정이 연말 이전에 서명될 수 있다고 말했다.'], KB256),
    check: (s) => {
      expect(s.language).toBe('ko');
      expect(s.sentences.length).toBe(3);
      for (const x of s.sentences) expect(x.text.endsWith('.')).toBe(true);
    },
  },
  {
    name: 'Thai',
    text: () => repeatTo((k) => [`นายกรัฐมนตรีกล่าวเมื่อวันจันทร์ว่าการเจรจากับญี่ปุ่นจะดำเนินต่อไปอีก ${k} วัน`, 'รัฐมนตรีว่าการกระทรวงการต่างประเทศได้พบกับเอกอัครราชทูตญี่ปุ่นที่กรุงเทพฯ เมื่อวันอังคาร', 'ผู้เชี่ยวชาญระบุว่าข้อตกลงอาจลงนามได้ก่อนสิ้นปีนี้'], KB256),
    check: (s) => {
      expect(s.language).toBe('th');
      expect(s.sentences.length).toBe(3);
    },
  },
  {
    name: 'Thai, 1 MB without spaces or line breaks',
    text: () => repeatTo((k) => [`นายกรัฐมนตรีกล่าวเมื่อวันจันทร์ว่าการเจรจากับญี่ปุ่นจะดำเนินต่อไปอีก${k}วัน`, 'รัฐมนตรีว่าการกระทรวงการต่างประเทศได้พบกับเอกอัครราชทูตญี่ปุ่นเมื่อวันอังคาร', 'ผู้เชี่ยวชาญระบุว่าข้อตกลงอาจลงนามได้ก่อนสิ้นปีนี้'], MB).replace(/\s+/g, ''),
    normal: ['th', NORMAL_TH],
    check: (s) => expect(s.language).toBe('th'),
  },
  {
    name: 'Arabic',
    text: () => repeatTo((k) => [`قال الرئيس يوم الاثنين إن المحادثات مع اليابان ستستمر ${k} يوما.`, 'التقى وزير الخارجية بالسفير في القاهرة يوم الثلاثاء.', 'وقال خبراء إن الاتفاق قد يوقع قبل نهاية العام.'], KB256),
    check: (s) => {
      expect(s.sentences.length).toBe(3);
      for (const x of s.sentences) expect(x.text.endsWith('.')).toBe(true);
      expect(s.language).toBe('ar');
    },
  },
  // Found by the regular-expression review (docs/hardening.md): each was super-linear before.
  {
    name: 'a dateline with a long run of dashes (exponential in the dateline pattern before)',
    text: () => `SEOUL (CNN) ${'-'.repeat(200)} the run of dashes goes on.\n\n${normalText(KB256)}`,
    check: (s) => {
      fullSummary(s);
      // The agency makes it a dateline whatever case the story opens in (see robust-input tests).
      expect(s.segments?.[0]).toMatchObject({ kind: 'furniture', rule: 'dateline', start: 0 });
      expect(s.segments?.[1]).toMatchObject({ kind: 'sentence', text: 'the run of dashes goes on.' });
    },
  },
  {
    name: '"By" and 256 KB of spaces (quadratic in the byline patterns before)',
    text: () => `By${' '.repeat(KB256)}the way, nothing follows.`,
    // Not a byline (no name after "By"): one sentence of five words, the whole text.
    check: (s, text) => {
      expect(s.sentences.map((x) => [x.start, x.end])).toEqual([[0, text.length]]);
      expect(s.stats.sentences).toBe(1);
    },
  },
  {
    // A run of `._` counts no words (no letter or digit), so the sentence stays short enough for the
    // promotion rules, and every position of the run is a word boundary where the e-mail address
    // pattern could start.
    name: 'a sentence to the reader around 100,000 characters of "._" (quadratic in the e-mail address pattern before)',
    text: () => `Write to us at ${'._'.repeat(50_000)} now.\n\n${normalText(KB256)}`,
    // The sentence whole, not a promotion (no address in it).
    check: (s, text) => {
      fullSummary(s);
      expect(s.segments?.[0]).toMatchObject({ kind: 'sentence', start: 0, end: text.indexOf('\n') });
    },
  },
  {
    // With an address, the reader must be addressed outside quotations: the quotations are cut out,
    // and an opening mark never closed must not make each one scan to the end.
    name: 'an e-mail address and 100,000 opening quotation marks never closed',
    text: () => `Write to news@example.com ${'“'.repeat(100_000)} now.\n\n${normalText(KB256)}`,
    check: (s, text) => {
      fullSummary(s);
      expect(s.segments?.[0]).toMatchObject({ start: 0, end: text.indexOf('\n') });
    },
  },
  {
    name: 'lines of 50,000 letters without final punctuation (quadratic in the line-joining rule before)',
    text: () => Array.from({ length: 5 }, (_, i) => `${'abcdefghij'.repeat(5_000)}${i}`).join('\n'),
    check: (s) => noSummary(s, 'NO_CANDIDATES'),
  },
];

/** Paragraphs `k = 1, 2, …` of the sentences `paragraph(k)` (a repeated paragraph is furniture), to `size` characters. */
function repeatTo(paragraph: (k: number) => readonly string[], size: number): string {
  const out: string[] = [];
  let length = 0;
  for (let k = 1; length < size; k++) {
    const p = paragraph(k).join(' ');
    out.push(p);
    length += p.length + 2;
  }
  return out.join('\n\n');
}

beforeAll(() => {
  summarize(articles.slice(0, 20).join('\n\n')); // model load and JIT
});

describe.each(cases)('$name', ({ text: make, check, normal }) => {
  it('runs in time proportional to its length, with exact offsets and a summary or a warning', () => {
    const text = make();
    const runs = text.length > 500_000 ? 2 : 3;
    let summary: Summary | undefined;
    const t = fastest(() => {
      summary = summarize(text, { explain: true });
    }, runs);
    const tNormal = normal === undefined ? normalTime(text.length, runs) : normalTime(text.length, runs, normal[0], normal[1]);
    process.stdout.write(`${expect.getState().currentTestName}: ${text.length} chars in ${t.toFixed(0)} ms, a normal text of that length in ${tNormal.toFixed(0)} ms (×${(t / tNormal).toFixed(2)})\n`);
    expect(t / tNormal).toBeLessThan(BOUND);
    checkExact(text, summary as Summary);
    check(summary as Summary, text);
  });
});
