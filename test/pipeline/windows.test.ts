// Issue 17, item 11: a long block with sentence ends is read by wink in windows of about
// MAX_WINDOW characters, cut only where a sentence clearly ends; a block without one is read whole.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { segment } from '../../src/entries/index';
import { createNlp } from '../../src/language/wink/nlp';
import { MAX_WINDOW, readingWindows } from '../../src/pipeline/windows';

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
  it('prose: wink never reads more than MAX_WINDOW characters at once', () => {
    const prose = 'The council approved the new budget on Monday after a long debate. '.repeat(5000); // 340,000 characters, one line
    const { nlp, lengths } = recording();
    segment(prose, { nlp });
    expect(Math.max(...lengths)).toBeLessThanOrEqual(MAX_WINDOW);
    expect(lengths.reduce((a, b) => a + b, 0)).toBeGreaterThan(prose.length * 0.99);
  });

  it('a run without a sentence end is read in one pass (cutting it would change its sentences)', () => {
    const text = alternating(250_000);
    const { nlp, lengths } = recording();
    expect(segment(text, { nlp, furniture: false, title: false })).toHaveLength(1);
    expect(Math.max(...lengths)).toBe(250_000);
  });

  it('prose cut at sentence ends gives the same sentences as one pass would', () => {
    const sentence = 'The council approved the new budget on Monday after a long debate.';
    const text = `${sentence} `.repeat(5000).trimEnd();
    const sentences = segment(text, { furniture: false, title: false });
    expect(sentences).toHaveLength(5000);
    for (const s of sentences) expect(s.text).toBe(sentence);
  });

});

describe('readingWindows', () => {
  const windows = (text: string, max: number): string[] => readingWindows(text, 0, text.length, max).map(([a, b]) => text.slice(a, b));

  it('a block up to the limit is one window', () => {
    expect(readingWindows('Short text. Two sentences.', 0, 26, 26)).toEqual([[0, 26]]);
  });

  it('cuts only after a clear sentence end: the last in the second half, else the first after the limit', () => {
    expect(windows('Some words here. Three four five six seven', 24)).toEqual(['Some words here.', 'Three four five six seven']);
    expect(windows('Aaaa bbbb. Cccc "dddd." Eeee ffff gggg hhhh', 26)).toEqual(['Aaaa bbbb. Cccc "dddd."', 'Eeee ffff gggg hhhh']);
    expect(windows('Several words, no end here today. Then more', 10)).toEqual(['Several words, no end here today.', 'Then more']);
  });

  it('no cut after an abbreviation, before a lower-case word, or in a run without a sentence end', () => {
    expect(windows('He met Mr. Smith and Gen. Jones in the U.S. Army camp', 20)).toHaveLength(1);
    expect(windows('The plan was done. then it went on and on for ever', 20)).toHaveLength(1);
    expect(windows('abcdefghij'.repeat(10), 4)).toHaveLength(1);
    expect(windows('.'.repeat(100), 4)).toHaveLength(1);
  });

  it('the windows cover every character that is not a space', () => {
    const text = 'Alpha beta gamma delta. Epsilon zeta theta iota. Kappa lambda mu nuuu. Omicron pi rho.';
    const parts = windows(text, 30);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });
});
