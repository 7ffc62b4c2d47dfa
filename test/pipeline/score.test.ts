import { directedCentrality } from '../../src/pipeline/score/centrality';
import { scoreSentences } from '../../src/pipeline/score/combine';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { isQuestion, lengthExcess, minMax, opensWithQuote, positionPrior, quotation, tfidfWeights, titleOverlap } from '../../src/pipeline/score/signals';
import { buildTermSpace, cosine } from '../../src/pipeline/score/vectors';
import { IdfModel } from '../../src/idf';
import { DEFAULT_WEIGHTS } from '../../src/options';

const DOC = [
  ['storm', 'hit', 'coast'],
  ['storm', 'damag', 'home', 'coast'],
  ['offici', 'storm', 'damag'],
  ['footbal', 'match', 'cancel'],
];

describe('term space', () => {
  it('builds L2-normalised TF-IDF vectors with smoothed inverse sentence frequency', () => {
    const space = buildTermSpace(DOC);
    expect(space.size).toBe(9);
    for (const v of space.vectors) {
      const norm = Math.hypot(...v.weights);
      expect(norm).toBeCloseTo(1, 12);
    }
    // "storm" is in 3 of 4 sentences: ln(5/4) + 1; "hit" in 1: ln(5/2) + 1.
    expect(space.idf[0]).toBeCloseTo(Math.log(5 / 4) + 1, 12);
    expect(space.idf[1]).toBeCloseTo(Math.log(5 / 2) + 1, 12);
    expect(Array.from(space.documentTf.slice(0, 3))).toEqual([3, 1, 2]);
  });

  it('uses a corpus model when given', () => {
    const idf = new IdfModel(10, new Map([['storm', 9]]));
    const space = buildTermSpace(DOC, idf);
    expect(space.idf[0]).toBeCloseTo(Math.log(11 / 10) + 1, 12);
    expect(space.idf[1]).toBeCloseTo(Math.log(11) + 1, 12);
  });

  it('gives zero vectors to sentences without terms, and cosine 0 against them', () => {
    const space = buildTermSpace([['a1'], []]);
    expect(space.vectors[1]?.ids.length).toBe(0);
    expect(cosine(space.vectors[0]!, space.vectors[1]!)).toBe(0);
  });

  it('cosine of a vector with itself is 1 and is symmetric', () => {
    const { vectors } = buildTermSpace(DOC);
    expect(cosine(vectors[0]!, vectors[0]!)).toBeCloseTo(1, 12);
    expect(cosine(vectors[0]!, vectors[1]!)).toBeCloseTo(cosine(vectors[1]!, vectors[0]!), 15);
    expect(cosine(vectors[0]!, vectors[3]!)).toBe(0);
  });
});

describe('directed centrality', () => {
  it('equals the pairwise definition (computed here the slow way)', () => {
    const space = buildTermSpace(DOC);
    const fast = directedCentrality(space.vectors, space.size, 0.3, 0.7);
    space.vectors.forEach((v, i) => {
      let after = 0;
      let before = 0;
      space.vectors.forEach((w, j) => {
        if (j > i) after += cosine(v, w);
        if (j < i) before += cosine(v, w);
      });
      expect(fast[i]).toBeCloseTo(0.3 * after - 0.7 * before, 12);
    });
  });

  it('ranks the sentence that later ones echo above the one that echoes earlier ones', () => {
    const space = buildTermSpace(DOC);
    const c = directedCentrality(space.vectors, space.size, 0.3, 0.7);
    expect(c[0]).toBeGreaterThan(c[2]!);
    expect(c[3]).toBe(0); // shares nothing with any sentence
  });
});

describe('signals', () => {
  it('position prior falls linearly from 1', () => {
    expect([0, 1, 2, 3].map((i) => positionPrior(i, 4))).toEqual([1, 0.75, 0.5, 0.25]);
    expect(positionPrior(0, 0)).toBe(0);
  });

  it('title overlap is the share of distinct title terms found', () => {
    expect(titleOverlap(['storm', 'coast', 'storm'], new Set(['storm', 'coast', 'flood', 'hit']))).toBe(0.5);
    expect(titleOverlap(['storm'], new Set())).toBe(0);
  });

  it('tfidf weight: document TF × IDF summed, divided by the square root of the term count', () => {
    const space = buildTermSpace([['x1', 'y1'], ['x1']]);
    const w = tfidfWeights(space);
    const idfX = Math.log(3 / 3) + 1;
    const idfY = Math.log(3 / 2) + 1;
    expect(w[0]).toBeCloseTo((2 * idfX + 1 * idfY) / Math.SQRT2, 12);
    expect(w[1]).toBeCloseTo(2 * idfX, 12);
  });

  it('detects questions and measures length beyond 30 words', () => {
    expect(['Is it over?', 'Why?" she asked.', '"Why?"', 'It is over.'].map(isQuestion)).toEqual([1, 0, 1, 0]);
    expect([10, 30, 45, 60, 200].map(lengthExcess)).toEqual([0, 0, 0.5, 1, 1]);
  });

  it('detects an opening quotation mark', () => {
    expect(['"We won," he said.', '“We won.”', "'Never,' she said.", 'He said "no".'].map(opensWithQuote)).toEqual([1, 1, 1, 0]);
  });

  it('counts a sentence inside a quotation left open as quotation, as the README states', () => {
    expect([quotation('It will take years.', true), quotation('It will take years.', false), quotation('"We won."', false)]).toEqual([1, 0, 1]);
    const readme = readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
    const line = readme.split('\n').find((l) => l.startsWith('Q = 1'));
    expect(line).toMatch(/opens with a quotation mark, or one left open/);
  });

  it('min-max normalises to 0..1, all-equal to zeros', () => {
    expect(Array.from(minMax(Float64Array.from([2, 4, 3])))).toEqual([0, 1, 0.5]);
    expect(Array.from(minMax(Float64Array.from([5, 5])))).toEqual([0, 0]);
  });
});

describe('scoreSentences', () => {
  const inputs = DOC.map((terms, i) => ({ text: i === 2 ? '"Quote," he said.' : i === 3 ? 'Is it over?' : 'Plain sentence.', terms, paragraphStart: i === 0, words: i === 1 ? 45 : 10, insideQuote: false }));

  it('combines the signals with the documented formula', () => {
    const space = buildTermSpace(DOC);
    const scored = scoreSentences(inputs, space, new Set(['storm']), { ...DEFAULT_WEIGHTS, title: 0.4, paragraphStart: 0.1, tfidf: 0.2 });
    const scores = scored.map((c) => c.score);
    const signals = scored.map((c) => c.signals);
    signals.forEach((s, i) => {
      const expected = 1 * s.centrality + 0.5 * s.position + 0.4 * s.title + 0.2 * s.tfidf + 0.1 * s.paragraphStart - 0.3 * s.quote - 0.3 * s.question - 0.2 * s.length;
      expect(scores[i]).toBeCloseTo(expected, 12);
    });
    expect(signals[2]?.quote).toBe(1);
    expect(signals[0]?.quote).toBe(0);
    expect(signals[0]?.paragraphStart).toBe(1);
    expect(signals[3]?.title).toBe(0);
    expect(signals[3]?.question).toBe(1);
    expect(signals[1]?.length).toBe(0.5);
    expect(signals[0]?.length).toBe(0);
  });

  it('a weight of 0 switches its signal off', () => {
    const space = buildTermSpace(DOC);
    const only = scoreSentences(inputs, space, new Set(), { ...DEFAULT_WEIGHTS, centrality: 0, quote: 0, question: 0, length: 0, paragraphStart: 0 });
    expect(only.map((c) => c.score)).toEqual([0.5, 0.375, 0.25, 0.125]);
  });
});
