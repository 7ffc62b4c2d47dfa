// Issue 17, item 11: a block of any length is read by wink in windows of at most MAX_WINDOW
// characters, so the memory of one pass is bounded (the figures are in BENCHMARKS.md).
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { segment } from '../src/entries/index';
import { createNlp } from '../src/language/wink/nlp';
import { MAX_WINDOW, readingWindows } from '../src/pipeline/windows';

/** A wink instance that records the length of every text it reads. */
function recording(): { nlp: ReturnType<typeof createNlp>; lengths: number[] } {
  const nlp = createNlp(winkNLP, model);
  const lengths: number[] = [];
  const proxy = new Proxy(nlp, {
    get(target, key, receiver) {
      if (key !== 'readDoc') return Reflect.get(target, key, receiver) as unknown;
      return (text: string) => {
        lengths.push(text.length);
        return target.readDoc(text);
      };
    },
  });
  return { nlp: proxy, lengths };
}

/** Letters of two scripts alternating, with no space: wink makes each letter a token. */
function alternating(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += i % 2 === 0 ? String.fromCharCode(0x61 + (i % 26)) : String.fromCharCode(0x430 + (i % 32));
  return out;
}

describe('a long block is read in windows', () => {
  it('wink never reads more than MAX_WINDOW characters at once, whatever the block', () => {
    const prose = 'The council approved the new budget on Monday after a long debate. '.repeat(5000); // 340,000 characters, one line
    for (const text of [alternating(250_000), prose]) {
      const { nlp, lengths } = recording();
      segment(text, { nlp });
      expect(Math.max(...lengths)).toBeLessThanOrEqual(MAX_WINDOW);
      expect(lengths.reduce((a, b) => a + b, 0)).toBeGreaterThan(text.length * 0.99);
    }
  });

  it('prose cut at sentence ends gives the same sentences as one pass would', () => {
    const sentence = 'The council approved the new budget on Monday after a long debate.';
    const text = `${sentence} `.repeat(5000).trimEnd();
    const sentences = segment(text, { furniture: false, title: false });
    expect(sentences).toHaveLength(5000);
    for (const s of sentences) expect(s.text).toBe(sentence);
  });

  it('the windows of a run without spaces tile it exactly', () => {
    const text = alternating(250_000);
    const segments = segment(text, { furniture: false, title: false });
    expect(segments.map((s) => s.text).join('')).toBe(text);
    for (const s of segments) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('readingWindows', () => {
  const windows = (text: string, max: number): string[] => readingWindows(text, 0, text.length, max).map(([a, b]) => text.slice(a, b));

  it('a block up to the limit is one window', () => {
    expect(readingWindows('Short text. Two sentences.', 0, 26, 26)).toEqual([[0, 26]]);
  });

  it('cuts after a sentence end in the second half, else at a space, else at the limit', () => {
    expect(windows('One two. Three four five six seven', 20)).toEqual(['One two. Three four', 'five six seven']);
    expect(windows('Aaaa bbbb. Ccc "dd." Eeee ffff gggg hhhh', 22)).toEqual(['Aaaa bbbb. Ccc "dd."', 'Eeee ffff gggg hhhh']);
    expect(windows('aaaa bbbb cccc dddd eeee', 12)).toEqual(['aaaa bbbb', 'cccc dddd', 'eeee']);
    expect(windows('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('never cuts a surrogate pair, and the windows cover every character that is not a space', () => {
    const text = '😀'.repeat(10);
    const parts = windows(text, 5);
    expect(parts.join('')).toBe(text);
    for (const p of parts) expect(p.length % 2).toBe(0);
    const spaced = 'ab  cd\n\nef gh ij kl mn';
    expect(windows(spaced, 6).join('').replace(/\s/g, '')).toBe(spaced.replace(/\s/g, ''));
  });
});
