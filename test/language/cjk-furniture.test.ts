/**
 * Chinese, Japanese and Korean news furniture from the packs' data: agency datelines and the
 * bylines written into them, byline and credit lines, and widget phrases run into the prose.
 * The articles are written for these tests in the publishers' house styles.
 */
import { segment, summarize } from '../../src/entries/index';
import type { Segment } from '../../src/entries/index';

const rules = (segments: Segment[]): [string, string][] => segments.filter((s) => s.kind === 'furniture').map((s) => [s.rule as string, s.text]);
const sentences = (segments: Segment[]): string[] => segments.filter((s) => s.kind === 'sentence').map((s) => s.text);

describe('Chinese', () => {
  const ARTICLE = [
    '国务院常务会议部署稳就业举措',
    '',
    '【新华社北京11月30日电】国务院总理李强30日主持召开国务院常务会议，部署进一步稳定就业的政策措施。会议指出，就业是最基本的民生。',
    '',
    '会议要求各地加大对高校毕业生和农民工的就业支持力度。相关阅读：多地出台促进青年就业新政',
    '',
    '记者 张三 报道',
    '',
    '责任编辑：李四',
  ].join('\n');
  const segments = segment(ARTICLE, { language: 'zh' });

  it('cuts the agency dateline off the first sentence, which stays a candidate', () => {
    expect(rules(segments)).toContainEqual(['dateline', '【新华社北京11月30日电】']);
    const first = segments.find((s) => s.kind === 'sentence');
    expect(first?.text.startsWith('国务院总理李强30日主持召开')).toBe(true);
    expect(first?.candidate).toBe(true);
  });

  it('takes the byline and the editor credit for furniture, and the related-reading phrase out of the prose', () => {
    expect(rules(segments)).toContainEqual(['byline', '记者 张三 报道']);
    expect(rules(segments)).toContainEqual(['byline', '责任编辑：李四']);
    expect(rules(segments).some(([rule, text]) => rule === 'navigation' && text.startsWith('相关阅读'))).toBe(true);
    expect(sentences(segments).some((s) => s.includes('相关阅读'))).toBe(false);
  });

  it('also cuts the plain form with the reporters (新华社北京11月30日电（记者 张三）)', () => {
    const plain = segment('新华社北京11月30日电（记者 张三 李四）国务院总理李强30日主持召开国务院常务会议，部署进一步稳定就业的政策措施。', { language: 'zh' });
    expect(rules(plain)).toContainEqual(['dateline', '新华社北京11月30日电（记者 张三 李四）']);
  });

  it('leaves a sentence that only mentions a date alone', () => {
    const prose = segment('中国移动11月30日电信业务收入公布后股价上涨。分析人士认为这一趋势将持续到明年。', { language: 'zh' });
    expect(rules(prose)).toEqual([]);
  });
});

describe('Japanese', () => {
  const ARTICLE = [
    '日銀、政策金利を据え置き',
    '',
    '［東京 30日 ロイター］ - 日銀は30日の金融政策決定会合で、政策金利を据え置くことを決めた。市場の予想通りだった。',
    '',
    '植田総裁は会見で、物価の先行きに不確実性があると述べた。関連記事：円相場、一時150円台に',
    '',
    '文：山田太郎',
  ].join('\n');
  const segments = segment(ARTICLE, { language: 'ja' });

  it('cuts the Reuters dateline off the first sentence', () => {
    expect(rules(segments)).toContainEqual(['dateline', '［東京 30日 ロイター］ -']);
    expect(sentences(segments)[0]?.startsWith('日銀は30日の金融政策決定会合で')).toBe(true);
  });

  it('takes the author credit for a byline and the related-articles phrase out of the prose', () => {
    expect(rules(segments)).toContainEqual(['byline', '文：山田太郎']);
    expect(sentences(segments).some((s) => s.includes('関連記事') || s.includes('円相場'))).toBe(false);
  });

  it('cuts a correspondent dateline (【ワシントン=山田太郎】)', () => {
    const nikkei = segment('【ワシントン=山田太郎】米連邦準備理事会は30日、政策金利を据え置くと発表した。', { language: 'ja' });
    expect(rules(nikkei)).toContainEqual(['dateline', '【ワシントン=山田太郎】']);
  });
});

describe('Korean', () => {
  const ARTICLE = [
    '정부, 내년 예산 656조원 확정',
    '',
    '(서울=연합뉴스) 홍길동 기자 = 정부가 내년도 예산을 656조원 규모로 확정했다. 올해보다 2.8% 늘어난 규모다.',
    '',
    '기획재정부는 30일 이런 내용의 예산안을 국회에 제출했다고 밝혔다. 관련기사 국회, 예산안 심사 착수',
    '',
    '홍길동 기자 gildong@yna.co.kr',
  ].join('\n');
  const segments = segment(ARTICLE, { language: 'ko' });

  it('cuts the Yonhap dateline and its byline off the first sentence, which stays a candidate', () => {
    expect(rules(segments)).toContainEqual(['dateline', '(서울=연합뉴스) 홍길동 기자 =']);
    const first = segments.find((s) => s.kind === 'sentence');
    expect(first).toMatchObject({ text: '정부가 내년도 예산을 656조원 규모로 확정했다.', candidate: true });
  });

  it('takes the closing byline with its e-mail for furniture, and the related-articles phrase out of the prose', () => {
    expect(rules(segments)).toContainEqual(['byline', '홍길동 기자 gildong@yna.co.kr']);
    expect(sentences(segments).some((s) => s.includes('관련기사'))).toBe(false);
    // the headline it points to goes with it
    expect(rules(segments)).toContainEqual(['navigation', '관련기사 국회, 예산안 심사 착수']);
  });

  it('gives a summary without the dateline', () => {
    const summary = summarize(ARTICLE, { language: 'ko', sentences: 2 });
    expect(summary.text.includes('연합뉴스')).toBe(false);
    for (const s of summary.sentences) expect(ARTICLE.slice(s.start, s.end)).toBe(s.text);
  });

  it('cuts the bracketed form ([서울=뉴시스])', () => {
    expect(rules(segment('[서울=뉴시스] 정부가 내년도 예산을 656조원 규모로 확정했다.', { language: 'ko' }))).toContainEqual(['dateline', '[서울=뉴시스]']);
  });
});

describe('pages glued by textContent, in scripts without capitals', () => {
  const offsetsExact = (text: string, segments: Segment[]): void => {
    for (const s of segments) expect(text.slice(s.start, s.end)).toBe(s.text);
  };

  it('takes a Chinese headline glued before the dateline with the dateline', () => {
    const text = '国务院常务会议部署稳就业措施新华社北京11月30日电（记者 张三）国务院总理主持召开国务院常务会议，部署进一步稳定和扩大就业的政策措施。会议指出，就业是最基本的民生。';
    const segments = segment(text, { language: 'zh' });
    expect(rules(segments)).toEqual([['dateline', '国务院常务会议部署稳就业措施新华社北京11月30日电（记者 张三）']]);
    expect(sentences(segments)).toEqual(['国务院总理主持召开国务院常务会议，部署进一步稳定和扩大就业的政策措施。', '会议指出，就业是最基本的民生。']);
    offsetsExact(text, segments);
  });

  it('splits Korean sentences glued at a full stop, and keeps the word a widget phrase was glued to', () => {
    const text = '국회는 30일 본회의를 열어 내년도 예산안을 통과시켰다.여야는 막판까지 협상을 이어갔다.관련기사야당은 일부 항목의 삭감을 요구했다.결국 합의가 이뤄졌다.hong@yna.co.kr';
    const segments = segment(text, { language: 'ko' });
    expect(sentences(segments)).toEqual([
      '국회는 30일 본회의를 열어 내년도 예산안을 통과시켰다.',
      '여야는 막판까지 협상을 이어갔다.',
      '야당은 일부 항목의 삭감을 요구했다.',
      '결국 합의가 이뤄졌다.',
    ]);
    expect(rules(segments).map(([rule]) => rule)).toEqual(['navigation', 'byline']);
    offsetsExact(text, segments);
  });

  it('reads a paragraph of two sentences after a pointer line as prose, not a teaser', () => {
    const text = '여야는 막판까지 협상을 이어갔다.\n\n관련기사\n\n야당은 일부 항목의 삭감을 요구했다. 결국 합의가 이뤄졌다.';
    expect(sentences(segment(text, { language: 'ko' }))).toEqual(['여야는 막판까지 협상을 이어갔다.', '야당은 일부 항목의 삭감을 요구했다.', '결국 합의가 이뤄졌다.']);
  });
});
