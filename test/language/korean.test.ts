/**
 * Korean: a word (eojeol) is a noun with its particles or a verb with its endings, so a full
 * sentence may have three or four of them. The minimum length of a candidate is the language's.
 */
import { segment, summarize } from '../../src/entries/index';

/** A wire story as Korean sites print it (written for this test). */
const ARTICLE = [
  '서울 도심 대형 화재로 3명 부상',
  '',
  '30일 오후 서울 종로구의 한 상가 건물에서 큰불이 나 3명이 다쳤다. 불은 3시간 만에 꺼졌다. 소방당국은 인력 200여 명과 장비 60여 대를 투입해 진화 작업을 벌였다.',
  '',
  '부상자들은 연기를 마셔 인근 병원으로 옮겨졌다. 생명에는 지장이 없는 것으로 알려졌다. 경찰은 화재 원인을 조사하고 있다.',
  '',
  '건물 안에는 식당과 사무실 20여 곳이 입주해 있었다. 상인들은 피해 규모가 클 것으로 우려했다. 종로구는 피해 상인을 위한 지원 방안을 검토하겠다고 밝혔다.',
].join('\n');

describe('Korean sentences of three or four words are candidates', () => {
  const sentences = segment(ARTICLE, { language: 'ko' }).filter((s) => s.kind === 'sentence');

  it('takes "불은 3시간 만에 꺼졌다." (4 words) and every other sentence of the story as candidates', () => {
    const short = sentences.find((s) => s.text === '불은 3시간 만에 꺼졌다.');
    expect(short).toMatchObject({ candidate: true });
    expect(sentences.find((s) => s.text === '생명에는 지장이 없는 것으로 알려졌다.')).toMatchObject({ candidate: true });
    expect(sentences.every((s) => s.candidate)).toBe(true);
  });

  it('keeps a minimum the caller gives', () => {
    const strict = segment(ARTICLE, { language: 'ko', minSentenceWords: 5 }).find((s) => s.text === '불은 3시간 만에 꺼졌다.');
    expect(strict).toMatchObject({ candidate: false, rule: 'too-short' });
  });

  it('leaves English at five words', () => {
    const english = segment('Officials said the fire began late on Friday night in the old market. It spread fast. Three people were hurt in the blaze downtown.', { language: 'en' });
    expect(english.find((s) => s.text === 'It spread fast.')).toMatchObject({ candidate: false, rule: 'too-short' });
  });

  it('summarizes with the lead and its short sentences available', () => {
    const summary = summarize(ARTICLE, { language: 'ko', sentences: 3 });
    expect(summary.language).toBe('ko');
    expect(summary.stats.candidates).toBe(9);
    for (const s of summary.sentences) expect(ARTICLE.slice(s.start, s.end)).toBe(s.text);
  });
});
