import fc from 'fast-check';
import { segment, summarize } from '../src/index';

/** Invariants over generated inputs: never throws on a string, exact offsets, bounds, order, determinism. */
const WORDS = ['the', 'storm', 'Mr.', 'U.S.', 'hit', '3.5', '$4', 'coast', '"We', 'won,"', 'said', '...', '…', '(AP)', '--', 'e.g.', 'Café', '😀', 'naïve', 'https://x.co/a.b', 'No', 'time', 'to', 'read?'];
const SEPARATORS = [' ', ' ', ' ', '. ', '! ', '? ', '\n', '\n\n', '\r\n', '\r\n\r\n', '\t', '\u00a0', '\u2028', '\f', '\n \n'];

const articleLike = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { maxLength: 200 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));
const anyText = fc.oneof(articleLike, fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }));

describe('properties', () => {
  it('never throws on a string; selected sentences are exact slices, at most k, in document order', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 1, max: 6 }), (text, k) => {
        const summary = summarize(text, { sentences: k });
        expect(summary.sentences.length).toBeLessThanOrEqual(k);
        let last = -1;
        for (const s of summary.sentences) {
          expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(s.index).toBeGreaterThan(last);
          last = s.index;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('segments are exact, ordered and disjoint', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        let at = 0;
        const segments = segment(text);
        // Every non-space character of the input lies inside some segment: nothing is lost.
        const covered = segments.reduce((n, s) => n + s.text.replace(/\s/g, '').length, 0);
        expect(covered).toBe(text.replace(/\s/g, '').length);
        for (const s of segments) {
          expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(s.start).toBeGreaterThanOrEqual(at);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.text).toBe(s.text.trim()); // no segment starts or ends with whitespace
          expect(/^\s|\s$/.test(s.text)).toBe(false);
          at = s.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic and respects budgets', () => {
    fc.assert(
      fc.property(articleLike, fc.integer({ min: 5, max: 80 }), (text, maxWords) => {
        const a = summarize(text, { maxWords });
        expect(summarize(text, { maxWords })).toEqual(a);
        if (!a.warnings.some((w) => w.code === 'BUDGET_EXCEEDED')) expect(a.stats.summaryWords).toBeLessThanOrEqual(maxWords);
        else expect(a.sentences).toHaveLength(1);
      }),
      { numRuns: 200 },
    );
  });
});
