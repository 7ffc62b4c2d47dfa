import { PrecisError, PrecisRangeError, PrecisTypeError, summarize } from '../../src/entries/index';
import { resolveOptions, targetCount } from '../../src/options';
import { thrown as thrownBy } from '../support/helpers';

const thrown = (fn: () => unknown) => thrownBy<PrecisTypeError | PrecisRangeError>(fn);

const TEXT = 'The council approved the new budget on Monday evening. Critics said the plan cuts too deep into services.';

describe('options validation', () => {
  it.each([
    [{ sentences: 0 }, RangeError, 'Expected `sentences` to be a positive integer, got `0` (number)'],
    [{ sentences: 2.5 }, RangeError, 'Expected `sentences` to be a positive integer, got `2.5` (number)'],
    [{ sentences: '3' }, TypeError, 'Expected `sentences` to be a positive integer, got `"3"` (string)'],
    [{ ratio: 0 }, RangeError, 'Expected `ratio` to be a number in (0, 1], got `0` (number)'],
    [{ ratio: 1.5 }, RangeError, 'Expected `ratio` to be a number in (0, 1], got `1.5` (number)'],
    [{ maxWords: -1 }, RangeError, 'Expected `maxWords` to be a positive integer, got `-1` (number)'],
    [{ order: 'best' }, TypeError, "Expected `order` to be `'document'` or `'score'`, got `\"best\"` (string)"],
    [{ title: 42 }, TypeError, 'Expected `title` to be a string or `false`, got `42` (number)'],
    [{ weights: { position: -1 } }, RangeError, 'Expected `weights.position` to be a number from 0 to 1,000,000, got `-1` (number)'],
    [{ weights: { position: Number.NaN } }, TypeError, 'Expected `weights.position` to be a finite number, got `NaN` (number)'],
    [{ redundancy: 0 }, RangeError, 'Expected `redundancy` to be a number in (0, 1], got `0` (number)'],
    [{ explain: 'yes' }, TypeError, 'Expected `explain` to be a boolean, got `"yes"` (string)'],
    [{ idf: {} }, TypeError, 'Expected `idf` to be an IdfModel (from `fitIdf()` or `IdfModel.from()`), got an object (Object)'],
    [{ stopwords: ['a'] }, TypeError, 'Expected `stopwords` to be an object `{ add: [...] }` or `{ replace: [...] }`, got an array of length 1'],
  ])('%j', (options, kind, message) => {
    const error = thrown(() => summarize(TEXT, options as never));
    expect(error).toBeInstanceOf(kind);
    expect(error).toBeInstanceOf(PrecisError);
    expect(error.code).toBe('ERR_INVALID_OPTION');
    expect(error.message).toBe(message);
  });

  it('rejects unknown options, suggesting the right spelling', () => {
    const error = thrown(() => summarize(TEXT, { Sentences: 2 } as never));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.code).toBe('ERR_UNKNOWN_OPTION');
    expect(error.message).toMatch(/^Unknown option `Sentences` \(did you mean `sentences`\?\)/);
    expect(thrown(() => summarize(TEXT, { weights: { postion: 1 } } as never)).message).toMatch(/^Unknown option `weights.postion`/);
  });

  it('rejects conflicting options', () => {
    expect(thrown(() => summarize(TEXT, { sentences: 2, ratio: 0.5 })).code).toBe('ERR_CONFLICTING_OPTIONS');
    expect(thrown(() => summarize(TEXT, { minSentenceWords: 10, maxSentenceWords: 5 })).code).toBe('ERR_CONFLICTING_OPTIONS');
    expect(thrown(() => summarize(TEXT, { stopwords: { add: [], replace: [] } as never })).code).toBe('ERR_CONFLICTING_OPTIONS');
  });

  it('rejects a non-object options argument and a non-string text', () => {
    expect(thrown(() => summarize(TEXT, 3 as never)).code).toBe('ERR_INVALID_OPTION');
    const error = thrown(() => summarize(42 as never));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.code).toBe('ERR_INVALID_TEXT');
    expect(error.message).toBe('Expected `text` to be a string, got `42` (number)');
    expect(thrown(() => summarize(null as never)).message).toBe('Expected `text` to be a string, got `null`');
  });

  it('resolves the target count: sentences, else ratio (rounded up, at least 1), else budget alone, else 3', () => {
    expect(targetCount(resolveOptions({}), 10)).toBe(3);
    expect(targetCount(resolveOptions({ sentences: 5 }), 10)).toBe(5);
    expect(targetCount(resolveOptions({ ratio: 0.25 }), 10)).toBe(3);
    expect(targetCount(resolveOptions({ ratio: 0.01 }), 10)).toBe(1);
    expect(targetCount(resolveOptions({ maxWords: 50 }), 10)).toBe(Infinity);
    expect(targetCount(resolveOptions({ maxWords: 50, sentences: 2 }), 10)).toBe(2);
  });

  it('lets a call override the defaults of a summarizer, a ratio replacing a sentence count', () => {
    const base = resolveOptions({ sentences: 5 });
    expect(targetCount(resolveOptions({ ratio: 0.5 }, base), 10)).toBe(5);
    expect(resolveOptions({ ratio: 0.5 }, base).sentences).toBeUndefined();
    expect(resolveOptions(undefined, base)).toBe(base);
  });
});
