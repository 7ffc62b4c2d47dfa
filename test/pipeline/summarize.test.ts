import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { createSummarizer, fitIdf, IdfModel, segment, summarize } from '../../src/entries/index';

const fixture = (name: string) => readFileSync(join(__dirname, '..', '..', 'fixtures', name), 'utf8');
const ARTICLE = [
  'Flood waters forced thousands of residents from their homes in the river valley on Sunday, officials said.',
  'The river rose more than three metres overnight after days of heavy rain across the region.',
  'Emergency crews used boats to rescue families stranded on the roofs of their homes.',
  '"We have never seen water this high," said the mayor of the worst-hit town.',
  'Forecasters expect the rain to ease by Tuesday, but warned that river levels could keep rising.',
  'Schools in the valley will stay closed until the flood waters recede.',
].join('\n\n');

describe('summarize', () => {
  it('returns k sentences exactly as written, with offsets, in document order', () => {
    const summary = summarize(ARTICLE, { sentences: 2 });
    expect(summary.sentences).toHaveLength(2);
    for (const s of summary.sentences) expect(ARTICLE.slice(s.start, s.end)).toBe(s.text);
    expect(summary.sentences[0]!.index).toBeLessThan(summary.sentences[1]!.index);
    expect(summary.text).toBe(summary.sentences.map((s) => s.text).join(' '));
    expect(summary.stats).toEqual({ paragraphs: 6, sentences: 6, candidates: 6, words: expect.any(Number), selected: 2, summaryWords: expect.any(Number) });
    expect(summary.warnings).toEqual([]);
  });

  it('prefers the lead sentence that later sentences echo', () => {
    expect(summarize(ARTICLE, { sentences: 1 }).sentences[0]!.index).toBe(0);
  });

  it('orders by score when asked', () => {
    const byScore = summarize(ARTICLE, { sentences: 3, order: 'score' }).sentences.map((s) => s.score);
    expect([...byScore].sort((a, b) => b - a)).toEqual(byScore);
  });

  it('takes a ratio of the candidates, rounded up', () => {
    expect(summarize(ARTICLE, { ratio: 0.5 }).sentences).toHaveLength(3);
    expect(summarize(ARTICLE, { ratio: 0.01 }).sentences).toHaveLength(1);
  });

  it('keeps within a word budget, and warns when the best sentence alone is over it', () => {
    const budget = summarize(ARTICLE, { maxWords: 40 });
    expect(budget.stats.summaryWords).toBeLessThanOrEqual(40);
    expect(budget.sentences.length).toBeGreaterThan(1);
    const tiny = summarize(ARTICLE, { maxWords: 3 });
    expect(tiny.sentences).toHaveLength(1);
    expect(tiny.warnings.map((w) => w.code)).toEqual(['BUDGET_EXCEEDED']);
    const chars = summarize(ARTICLE, { maxChars: 200 });
    expect(chars.text.length).toBeLessThanOrEqual(200);
  });

  it('warns when there are fewer candidates than asked', () => {
    const summary = summarize('Only one real sentence is in this text here.', { sentences: 3 });
    expect(summary.sentences).toHaveLength(1);
    expect(summary.warnings.map((w) => w.code)).toEqual(['FEWER_CANDIDATES']);
  });

  it('returns an empty summary with a warning for empty or blank text', () => {
    for (const text of ['', '   \n\n\t ']) {
      const summary = summarize(text);
      expect(summary.sentences).toEqual([]);
      expect(summary.text).toBe('');
      expect(summary.warnings.map((w) => w.code)).toEqual(['EMPTY_INPUT']);
    }
  });

  it('warns when no sentence can be selected', () => {
    const summary = summarize('Too short. Also short.\n\nPrevious Article');
    expect(summary.sentences).toEqual([]);
    expect(summary.warnings.map((w) => w.code)).toEqual(['NO_CANDIDATES']);
  });

  it('uses a given title in scoring and never selects a detected one', () => {
    const text = `River valley flood forces thousands from homes\n\n${ARTICLE}`;
    const summary = summarize(text, { explain: true });
    expect(summary.title).toBe('River valley flood forces thousands from homes');
    expect(summary.sentences.every((s) => !s.text.startsWith('River valley flood'))).toBe(true);
    const titled = summarize(ARTICLE, { title: 'Schools closed in the valley', weights: { title: 5 }, sentences: 1, explain: true });
    expect(titled.sentences[0]!.text).toMatch(/^Schools in the valley/);
    expect(titled.sentences[0]!.signals!.title).toBe(1);
  });

  it('explains: signals per selected sentence and every segment with its rule', () => {
    const summary = summarize(fixture('news-page-russia-japan.txt'), { explain: true });
    expect(Object.keys(summary.sentences[0]!.signals!).sort()).toEqual(['centrality', 'length', 'paragraphStart', 'position', 'question', 'quote', 'tfidf', 'title']);
    const rules = summary.segments!.filter((s) => s.kind === 'furniture').map((s) => s.rule);
    expect(rules).toEqual(expect.arrayContaining(['navigation', 'teaser']));
    expect(summarize(ARTICLE).segments).toBeUndefined();
    expect(summarize(ARTICLE).sentences[0]!.signals).toBeUndefined();
  });

  it('skips redundant sentences: a near-copy of a chosen sentence is not chosen', () => {
    const copy = 'Flood waters forced thousands of residents from their homes in the river valley on Sunday, officers said.';
    const text = ARTICLE.replace('\n\n', `\n\n${copy}\n\n`);
    // Position alone would pick the lead and its copy.
    const positionOnly = { sentences: 2, weights: { centrality: 0 } };
    const on = summarize(text, positionOnly).sentences.map((s) => s.text);
    expect(on).not.toContain(copy);
    const off = summarize(text, { ...positionOnly, redundancy: 1 }).sentences.map((s) => s.text);
    expect(off).toContain(copy);
  });

  it('changes with stopwords: replacing the list changes the terms', () => {
    const a = summarize(ARTICLE, { sentences: 6, order: 'score', explain: true }).sentences.map((s) => s.signals!.centrality);
    const b = summarize(ARTICLE, { sentences: 6, order: 'score', explain: true, stopwords: { add: ['flood', 'river', 'homes', 'valley'] } }).sentences.map((s) => s.signals!.centrality);
    expect(b).not.toEqual(a);
    expect(() => summarize(ARTICLE, { stopwords: { replace: ['the'] } })).not.toThrow();
  });

  it('uses a corpus IDF model, which survives a JSON round trip', () => {
    const idf = fitIdf([ARTICLE, fixture('news-page-russia-japan.txt'), fixture('pages/wire-story.txt')]);
    expect(idf.documents).toBe(3);
    expect(idf.df('flood')).toBe(1);
    const again = IdfModel.from(JSON.parse(JSON.stringify(idf)));
    expect(again.idf('flood')).toBe(idf.idf('flood'));
    expect(again.idf('never-seen')).toBeCloseTo(Math.log(4) + 1, 12);
    expect(summarize(ARTICLE, { idf: again })).toEqual(summarize(ARTICLE, { idf }));
    expect(() => IdfModel.from({ version: 1, documents: 2, df: { a: 3 } })).toThrow('`df.a` must be an integer from 1 to 2, got `3` (number)');
    expect(() => IdfModel.from('x')).toThrow(TypeError);
    expect(() => fitIdf('abc' as never)).toThrow('Expected `documents` to be an iterable of strings');
    expect(() => fitIdf([ARTICLE, 3 as never])).toThrow('Expected `documents[1]` to be a string, got `3` (number)');
  });

  it('accepts a wink instance of the caller', () => {
    const nlp = winkNLP(model);
    expect(summarize(ARTICLE, { nlp }).sentences).toEqual(summarize(ARTICLE).sentences);
    expect(() => summarize(ARTICLE, { nlp: {} as never })).toThrow('Expected `nlp` to be a wink-nlp instance');
  });

  it('createSummarizer holds defaults that each call can override', () => {
    const two = createSummarizer({ sentences: 2, order: 'score' });
    expect(two.summarize(ARTICLE).sentences).toHaveLength(2);
    expect(two.summarize(ARTICLE, { sentences: 4 }).sentences).toHaveLength(4);
    expect(two.defaults).toEqual({ sentences: 2, order: 'score' });
    expect(() => createSummarizer({ sentences: -1 })).toThrow(RangeError);
    expect(two.segment(ARTICLE)).toEqual(segment(ARTICLE));
  });

  it('a corpus IDF changes the scores', () => {
    const idf = fitIdf([ARTICLE, 'Flood flood flood river river homes valley.', 'River valley homes flood.']);
    const a = summarize(ARTICLE, { sentences: 6, explain: true }).sentences.map((s) => s.signals!.centrality);
    const b = summarize(ARTICLE, { sentences: 6, explain: true, idf }).sentences.map((s) => s.signals!.centrality);
    expect(b).not.toEqual(a);
  });

  it('returns results that share no state: changing one never changes another', () => {
    const first = summarize('');
    (first.stats as { words: number }).words = 99;
    expect(summarize('  ').stats.words).toBe(0);
  });

  it('segment() and fitIdf() take only the options that change segmentation', () => {
    expect(() => segment(ARTICLE, { sentences: 3 } as never)).toThrow('Unknown option `sentences`');
    expect(() => fitIdf([ARTICLE], { idf: fitIdf([ARTICLE]) } as never)).toThrow('Unknown option `idf`');
    expect(() => fitIdf([ARTICLE], { stopwords: { add: ['flood'] } })).not.toThrow();
  });

  it('is deterministic', () => {
    expect(summarize(fixture('pages/magazine-page.txt'))).toEqual(summarize(fixture('pages/magazine-page.txt')));
  });
});

describe('verbatim repeats', () => {
  it('says repeats left the summary short only when no budget did', () => {
    const a = 'The council approved the new budget on Monday evening after a long debate.';
    const long = (n: number) => `Critics of the plan number ${n} said that the cuts would fall hardest on the poorest districts of the city and its suburbs.`;
    const repeated = summarize([a, a, long(1), long(2)].join(' '), { sentences: 3, maxWords: 20 });
    expect(repeated.sentences.map((s) => s.text)).toEqual([a]);
    expect(repeated.warnings.map((w) => w.code)).not.toContain('REPEATED_SENTENCES');
    const only = summarize([a, a, a, long(1)].join(' '), { sentences: 3 });
    expect(only.sentences).toHaveLength(2);
    expect(only.warnings.find((w) => w.code === 'REPEATED_SENTENCES')?.message).toMatch(/returning 2: 2 other candidate\(s\) repeat/);
  });
});
