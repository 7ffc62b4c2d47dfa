/**
 * The light English engine (`engine: 'light'`): `Intl.Segmenter`, Snowball English and the
 * `stopword` English list read English without wink-nlp or its model.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { summarize, PrecisError } from '../../src/entries/index';
import { allLanguages } from '../../src/language/all';
import { tinyld } from '../../src/language/tinyld';
import { makeSummarizer } from '../../src/summarizer';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const ALL_LANGUAGES = allLanguages(tinyld);

jest.mock('../../src/language/wink/loaded', () => ({
  loadIsolatedNlp: () => {
    throw new Error('the wink-nlp model was loaded');
  },
}));

const article = readFileSync(resolve(__dirname, '../../fixtures/news-page-russia-japan.txt'), 'utf8');
const noWink = (): never => {
  throw new Error('wink-nlp was asked for');
};

describe("engine: 'light'", () => {
  it('summarizes English without ever asking for wink-nlp, sentences exactly as written', () => {
    const summary = makeSummarizer({ engine: 'light' }, noWink, ALL_LANGUAGES).summarize(article);
    expect(summary.language).toBe('en');
    expect(summary.sentences).toHaveLength(3);
    for (const s of summary.sentences) expect(article.slice(s.start, s.end)).toBe(s.text);
    // the same summarizer with the wink engine does ask for wink-nlp
    expect(() => makeSummarizer(undefined, noWink, ALL_LANGUAGES).summarize(article)).toThrow('wink-nlp was asked for');
  });

  it('chooses mostly the sentences wink chooses (same scoring, other tokens)', () => {
    const light = summarize(article, { engine: 'light' }).sentences.map((s) => s.start);
    const wink = summarize(article).sentences.map((s) => s.start);
    expect(light.filter((s) => wink.includes(s)).length).toBeGreaterThanOrEqual(2);
  });

  it('is detected as English with language: auto, and leaves other languages as they were', () => {
    expect(makeSummarizer({ engine: 'light', language: 'auto' }, noWink, ALL_LANGUAGES).summarize(article).language).toBe('en');
    const french = 'Le gouvernement a annoncé mardi un nouveau plan pour les hôpitaux publics. Les syndicats ont salué une première étape, mais réclament davantage de moyens. Le ministre de la Santé doit présenter le détail des mesures la semaine prochaine devant le Parlement.';
    expect(summarize(french, { engine: 'light', language: 'fr' })).toEqual(summarize(french, { language: 'fr' }));
  });

  it('rejects an unknown engine and a wink instance with the light engine', () => {
    expect(() => summarize(article, { engine: 'heavy' as never })).toThrow("Expected `engine` to be `'wink'` or `'light'`, got `\"heavy\"` (string)");
    const nlp = winkNLP(model, ['sbd']);
    expect(summarize(article, { nlp }).language).toBe('en');
    try {
      summarize(article, { engine: 'light', nlp });
      throw new Error('no error');
    } catch (error) {
      expect(error).toBeInstanceOf(PrecisError);
      expect((error as PrecisError).code).toBe('ERR_CONFLICTING_OPTIONS');
    }
  });
});

describe("precis/lazy: loadSummarizer({ engine: 'light' }) never loads the model", () => {
  it('summarizes English with the English pack only', async () => {
    const { loadSummarizer } = await import('../../src/entries/lazy');
    const precis = await loadSummarizer({ engine: 'light', language: 'en' });
    const summary = precis.summarize(article);
    expect(summary.language).toBe('en');
    expect(summary.sentences).toHaveLength(3);
    expect(summary.warnings.map((w) => w.code)).not.toContain('LANGUAGE_NOT_LOADED');
    // asking it for the wink engine says what is missing instead of loading it
    expect(() => precis.summarize(article, { engine: 'wink' })).toThrow(/engine: 'wink'/);
  });
});
