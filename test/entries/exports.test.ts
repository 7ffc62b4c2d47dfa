import * as precis from '../../src/entries/index';
import * as lazy from '../../src/entries/lazy';
import * as worker from '../../src/entries/worker';
import * as workerClient from '../../src/entries/worker-client';
import * as evaluation from '../../src/entries/eval';
import * as html from '../../src/entries/html';
import * as dom from '../../src/entries/dom';

/** Pins the public surface: a change here is a change to the API, made on purpose. */
describe('exports', () => {
  it('precis', () => {
    expect(Object.keys(precis).sort()).toEqual([
      'DEFAULT_WEIGHTS', 'IdfModel', 'PrecisError', 'PrecisRangeError', 'PrecisTypeError', 'createSummarizer', 'fitIdf', 'isPrecisError', 'segment', 'summarize',
    ]);
  });

  it('precis/lazy has no synchronous summarize (the model must load first)', () => {
    expect(Object.keys(lazy).sort()).toEqual([
      'DEFAULT_WEIGHTS', 'IdfModel', 'PrecisError', 'PrecisRangeError', 'PrecisTypeError', 'isPrecisError', 'loadLanguages', 'loadNlp', 'loadSummarizer',
    ]);
  });

  it('precis/worker and precis/worker-client', () => {
    expect(Object.keys(worker).sort()).toEqual(['WORKER_PROTOCOL', 'serveSummarizer']);
    expect(Object.keys(workerClient).sort()).toEqual(['WORKER_PROTOCOL', 'createWorkerSummarizer']);
  });

  it('precis/html and precis/dom carry no model: they take a Summarizer', () => {
    expect(Object.keys(dom).sort()).toEqual(['highlight', 'placeSummary', 'readElement', 'summarizeElement']);
    expect(Object.keys(html).sort()).toEqual(['DEFAULT_MAX_HTML_CHARS', 'MIN_ARTICLE_CHARS', 'readHtml', 'summarizeHtml']);
  });

  it('precis/eval', () => {
    // What a researcher calls: ROUGE and its tokenizer and stemmer, evaluation, baselines and their
    // splitters, precis through a summarizer, the bootstrap, the JSONL record parser. No CLI helpers.
    expect(Object.keys(evaluation).sort()).toEqual([
      'DEFAULT_CONFIDENCE', 'DEFAULT_RESAMPLES', 'DEFAULT_SEED', 'aggregate', 'compareEvaluations', 'evaluate', 'lead', 'pairedBootstrap',
      'parseRecord', 'plainSentences', 'plainSplitter', 'precisCandidates', 'precisSystem', 'random', 'rouge', 'rougeUnicode', 'scoreDocument', 'stem', 'tokenize', 'tokenizeUnicode',
    ]);
  });

  it('precis/lazy loads once and summarizes like the synchronous API', async () => {
    const text = 'The council approved the budget on Monday after a long debate. Critics said the cuts went too far.';
    const a = await lazy.loadSummarizer();
    expect(a.summarize(text)).toEqual(precis.summarize(text));
    expect(await lazy.loadNlp()).toBe(await lazy.loadNlp());
    await expect(lazy.loadSummarizer({ sentences: 0 })).rejects.toThrow(RangeError);
  });
});
