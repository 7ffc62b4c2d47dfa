import { countWords, MAX_WORD_CHARS } from '../../src/text/words';
import { isWhitespaceCode } from '../../src/text/whitespace';
import { fnv1a } from '../../src/text/hash';

describe('countWords (the count of maxWords, sentence lengths and precis eval)', () => {
  it.each([
    ['', 0],
    ['Hello, world — 42 times!', 4],
    ['He said -- "it\'s 3.5 times U.S. levels."', 7],
    ['co-operate $4 don\'t', 3],
    ['  -- » … \n\t', 0],
    ['Café naïve 東京 𝐀𝐁', 4],
    ['one\u00a0two\u2003three\u3000four', 4],
    ['a\u200bb', 1], // a zero-width space is not whitespace
  ])('%j has %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });

  it('counts a run longer than a word as one word per 64 characters begun', () => {
    expect(countWords('x'.repeat(MAX_WORD_CHARS))).toBe(1);
    expect(countWords('x'.repeat(MAX_WORD_CHARS + 1))).toBe(2);
    expect(countWords(`short ${'a'.repeat(50_000)} end`)).toBe(2 + Math.ceil(50_000 / MAX_WORD_CHARS));
  });
});

describe('isWhitespaceCode', () => {
  it('agrees with \\s on every BMP code unit', () => {
    const disagree: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isWhitespaceCode(c) !== /\s/.test(String.fromCharCode(c))) disagree.push(c);
    expect(disagree).toEqual([]);
    expect(isWhitespaceCode(0x3000)).toBe(true); // the check above does look at whitespace
  });
});

describe('fnv1a', () => {
  it('is FNV-1a over UTF-16 code units', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });
});
