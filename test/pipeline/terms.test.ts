import { analyze, stopwordTest } from '../../src/pipeline/terms';
import { sharedNlp } from '../../src/language/wink/shared';
import { normalize } from '../../src/pipeline/normalize';
import { splitSentences } from '../../src/pipeline/sentences';

function tokens(text: string) {
  return splitSentences(sharedNlp(), normalize(text), 0, text.length).tokens;
}
const terms = (text: string, option?: Parameters<typeof stopwordTest>[0]) => {
  const t = tokens(text);
  return analyze(t, 0, t.value.length, stopwordTest(option)).terms;
};

describe('analyze', () => {
  it('keeps stems of content words, drops stopwords and punctuation', () => {
    expect(terms('The cats were sitting on the mats.')).toEqual(['cat', 'sit', 'mat']);
  });

  it('keeps numbers as written and drops one-character terms and symbols', () => {
    expect(terms('Shares rose 3.5% to $46 in 2008, a record.')).toEqual(['share', 'rose', '3.5', '46', '2008', 'record']);
  });

  it('adds to or replaces the stopword list', () => {
    expect(terms('The cats were sitting on the mats.', { add: ['cats'] })).toEqual(['sit', 'mat']);
    expect(terms('The cats were sitting on the mats.', { replace: ['mats'] })).toEqual(['the', 'cat', 'were', 'sit', 'on', 'the']);
  });
});
