// Issue 17, items 7 and 8: every accepted weight gives finite scores; forged `nlp` and `idf`
// objects fail at validation, and a caller's wink instance that throws fails as a precis error.
import fc from 'fast-check';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { createSummarizer, fitIdf, IdfModel, PrecisError, PrecisRangeError, PrecisTypeError, summarize } from '../../src/entries/index';
import { createNlp } from '../../src/language/wink/nlp';
import { DEFAULT_WEIGHTS, type ScoringWeights } from '../../src/options';
import { thrown } from '../support/helpers';

const TEXT = [
  'The council approved the new budget on Monday evening after a long debate.',
  'Critics said the plan cuts too deep into services that many residents rely on.',
  '"We had no choice," the mayor told reporters outside the council chamber.',
  'Is the city ready for another year of cuts, asked one of the councillors?',
  'The budget takes effect in January and will be reviewed again in the summer by the council.',
  'Residents can comment on the plan at a public meeting in the town hall next week.',
].join(' ');
const KEYS = Object.keys(DEFAULT_WEIGHTS) as (keyof ScoringWeights)[];

describe('weights: every accepted value gives finite scores (item 7)', () => {
  it.each([Number.MAX_VALUE, 1e300, 1e7, 1_000_000.5])('rejects %p with a PrecisRangeError naming the range', (value) => {
    for (const key of KEYS) {
      const error = thrown(() => summarize(TEXT, { weights: { [key]: value } }));
      expect(error).toBeInstanceOf(PrecisRangeError);
      expect((error as PrecisError).code).toBe('ERR_INVALID_OPTION');
      expect((error as Error).message).toBe(`Expected \`weights.${key}\` to be a number from 0 to 1,000,000, got \`${value}\` (number)`);
    }
  });

  it('the issue’s case: backward at its largest, forward 0', () => {
    expect(thrown(() => summarize(TEXT, { weights: { backward: Number.MAX_VALUE, forward: 0 } }))).toBeInstanceOf(PrecisRangeError);
    const summary = summarize(TEXT, { weights: { backward: 1_000_000, forward: 0 }, sentences: 6, explain: true });
    expect(summary.sentences).toHaveLength(6);
    for (const s of summary.sentences) expect(Number.isFinite(s.score)).toBe(true);
  });

  it('any weights, extremes included: rejected with a PrecisRangeError, or finite scores and signals', () => {
    const weight = fc.oneof(
      fc.constantFrom(0, Number.MIN_VALUE, 1e-300, 1, 1_000_000, 999_999.999, 1_000_001, 1e200, Number.MAX_VALUE),
      fc.double({ min: 0, max: 1_000_000, noNaN: true }),
      fc.double({ min: 0, max: Number.MAX_VALUE, noNaN: true, noDefaultInfinity: true }),
    );
    const record = (w: fc.Arbitrary<number>): fc.Arbitrary<ScoringWeights> =>
      fc.record(Object.fromEntries(KEYS.map((k) => [k, w])) as Record<keyof ScoringWeights, fc.Arbitrary<number>>, { requiredKeys: [] });
    // Half within the accepted range, half anywhere.
    const weights = fc.oneof(record(fc.oneof(fc.constantFrom(0, Number.MIN_VALUE, 1e-300, 1, 1_000_000), fc.double({ min: 0, max: 1_000_000, noNaN: true }))), record(weight));
    let accepted = 0;
    fc.assert(
      fc.property(weights, (w) => {
        const tooLarge = Object.values(w).some((v) => v > 1_000_000);
        let summary;
        try {
          summary = summarize(TEXT, { weights: w, sentences: 6, explain: true });
        } catch (error) {
          expect(error).toBeInstanceOf(PrecisRangeError);
          expect(tooLarge).toBe(true);
          return;
        }
        accepted++;
        expect(summary.sentences).toHaveLength(6);
        for (const s of summary.sentences) {
          expect(Number.isFinite(s.score)).toBe(true);
          for (const v of Object.values(s.signals!)) expect(Number.isFinite(v)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
    expect(accepted).toBeGreaterThan(20);
  });
});

describe('forged option objects fail at validation (item 8)', () => {
  const BRAND = Symbol.for('precis.idf-model');
  const genuine = fitIdf([TEXT]);
  const forged = Object.assign(Object.create(IdfModel.prototype) as object, { documents: 1, frequencies: new Map([['budget', -5]]) });
  it.each<[string, unknown, string]>([
    ['an nlp with an empty readDoc', { readDoc() {}, its: {} }, 'ERR_INVALID_NLP'],
    ['an nlp whose its lacks what precis reads', { readDoc: () => ({}), its: { value: () => '' } }, 'ERR_INVALID_NLP'],
    ['an nlp copied from a real one but readDoc replaced', { ...createNlp(winkNLP, model), readDoc: () => ({ tokens: () => null }) }, 'ERR_INVALID_NLP'],
    ['Object.create(IdfModel.prototype)', Object.create(IdfModel.prototype), 'ERR_INVALID_IDF'],
    ['an object carrying the IdfModel brand', { [BRAND]: true }, 'ERR_INVALID_IDF'],
    ['an IdfModel prototype with forged fields', forged, 'ERR_INVALID_IDF'],
  ])('%s', (_name, value, code) => {
    const key = code === 'ERR_INVALID_NLP' ? 'nlp' : 'idf';
    for (const call of [() => createSummarizer({ [key]: value }), () => summarize(TEXT, { [key]: value })]) {
      const error = thrown(call);
      expect(error).toBeInstanceOf(PrecisTypeError);
      expect((error as PrecisError).code).toBe(code);
      expect((error as Error).message).toMatch(new RegExp(`\`${key}\``));
    }
  });

  it('a genuine model from another copy of precis (its own class) is accepted and gives the same summary', () => {
    let other: typeof import('../../src/entries/index') | undefined;
    jest.isolateModules(() => {
      other = require('../../src/entries/index') as typeof import('../../src/entries/index');
    });
    const foreign = other!.fitIdf([TEXT]);
    expect(Object.getPrototypeOf(foreign)).not.toBe(IdfModel.prototype);
    expect(summarize(TEXT, { idf: foreign, weights: { tfidf: 1 } })).toEqual(summarize(TEXT, { idf: genuine, weights: { tfidf: 1 } }));
  });

  it('an IdfModel cannot be changed after it is made, nor made with invalid counts', () => {
    expect(() => {
      (genuine as { documents: number }).documents = Number.NaN;
    }).toThrow(TypeError);
    expect(genuine.documents).toBe(1);
    for (const [documents, df] of [[-1, new Map()], [Number.NaN, new Map()], [1, new Map([['a', 2]])], [2, new Map([['a', 0.5]])]] as const) {
      const error = thrown(() => new IdfModel(documents, df as Map<string, number>));
      expect((error as PrecisError).code).toBe('ERR_INVALID_IDF');
    }
    const map = new Map([['budget', 1]]);
    const model = new IdfModel(1, map);
    map.set('budget', 100);
    expect(model.df('budget')).toBe(1);
  });
});

describe('a caller’s wink instance that throws fails as a precis error with the cause attached (item 8)', () => {
  it('readDoc throwing while summarizing', () => {
    const nlp = createNlp(winkNLP, model);
    const own = new Error('the caller’s own failure');
    let calls = 0;
    const failing = new Proxy(nlp, {
      get(target, key, receiver) {
        if (key !== 'readDoc') return Reflect.get(target, key, receiver) as unknown;
        return (text: string) => {
          calls++;
          if (text.includes('budget')) throw own;
          return target.readDoc(text);
        };
      },
    });
    for (const call of [() => summarize(TEXT, { nlp: failing }), () => createSummarizer({ nlp: failing }).segment(TEXT), () => fitIdf([TEXT], { nlp: failing })]) {
      const error = thrown(call);
      expect(error).not.toBe(own);
      expect(error).toBeInstanceOf(PrecisTypeError);
      expect((error as PrecisError).code).toBe('ERR_NLP_FAILED');
      expect((error as Error).message).toMatch(/`nlp`.*the caller’s own failure/);
      expect((error as Error).cause).toBe(own);
    }
    expect(calls).toBeGreaterThan(0);
  });
});
