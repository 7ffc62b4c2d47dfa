import { createSummarizer, isPrecisError, summarize } from '../../src/entries/index';
import { quantile } from '../../src/eval/bootstrap';
import {
  aggregate,
  compareEvaluations,
  evaluate,
  lead,
  pairedBootstrap,
  parseRecord,
  plainSentences,
  precisCandidates,
  precisSystem,
  random,
  rouge,
  scoreDocument,
  type EvalRecord,
  type System,
} from '../../src/entries/eval';
import { thrown } from '../support/helpers';
import { STORM, STORM_CANDIDATES, storm } from '../support/storm';

/** precis's candidate sentences, the splitter of the filtered baselines. */
const filtered = { split: precisCandidates(createSummarizer()) };

/** A system that returns fixed sentences per record id. */
const fixed = (byId: Record<string, readonly string[]>): System => (record) => byId[record.id] ?? [];

describe('plainSentences (the plain splitter of the baselines)', () => {
  it.each([
    ['He left. She stayed.', ['He left.', 'She stayed.']],
    ['"Go!" she said. Then: silence...', ['"Go!"', 'she said.', 'Then: silence...']],
    ['(CNN) -- It rained (again). Roads closed.', ['(CNN) -- It rained (again).', 'Roads closed.']],
    ['he left . \'\' she stayed . `` why ? \'\' -lrb- he asked . -rrb- fine', ['he left . \'\'', 'she stayed .', '`` why ? \'\'', '-lrb- he asked . -rrb-', 'fine']],
    ['Mr. Smith paid $3.50 for it.', ['Mr.', 'Smith paid $3.50 for it.']],
    ['First line\nSecond line.\r\n\r\nThird!', ['First line', 'Second line.', 'Third!']],
    ['  ... -- \n', []],
    ['no final stop', ['no final stop']],
  ])('splits %j', (text, expected) => {
    expect(plainSentences(text)).toEqual(expected);
  });
});

describe('parseRecord', () => {
  it('reads a record and keeps a string title', () => {
    expect(parseRecord('{"id":"a","text":"T.","summary":"S.","title":"H"}', 'line-1')).toEqual({
      ok: true,
      record: { id: 'a', text: 'T.', summary: 'S.', title: 'H' },
    });
  });
  it('turns a numeric id into a string and gives a missing id the fallback', () => {
    expect(parseRecord('{"id":7,"text":"T.","summary":"S."}', 'line-1')).toEqual({ ok: true, record: { id: '7', text: 'T.', summary: 'S.' } });
    expect(parseRecord('{"text":"T.","summary":"S.","title":null}', 'line-9')).toEqual({
      ok: true,
      record: { id: 'line-9', text: 'T.', summary: 'S.', title: null },
    });
  });
  it.each([
    ['{bad', /^invalid JSON/],
    ['[1,2]', /expected a JSON object, got an array/],
    ['{"summary":"S."}', /expected `text` to be a string, got `undefined`/],
    ['{"text":"T.","summary":3}', /expected `summary` to be a string, got `3` \(number\)/],
    ['{"text":"T.","summary":" \\n "}', /reference `summary` is empty/],
    ['{"text":"T.","summary":"S.","title":5}', /expected `title`/],
    ['{"text":"T.","summary":"S.","id":{}}', /expected `id`/],
  ])('rejects %s', (line, message) => {
    const parsed = parseRecord(line, 'line-1');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });
});

describe('evaluate', () => {
  const records: EvalRecord[] = [
    { id: 'a', text: 'irrelevant', summary: 'the cat sat on the mat' },
    { id: 'b', text: 'irrelevant', summary: 'dogs bark at night' },
  ];

  it('scores each document and takes the plain mean over documents', () => {
    const result = evaluate(records, fixed({ a: ['The cat sat on the mat.'], b: ['Nothing in common here.'] }));
    expect(result.documents.map((d) => d.id)).toEqual(['a', 'b']);
    expect(result.documents[0]?.scores.rouge1).toEqual({ p: 1, r: 1, f: 1 });
    expect(result.documents[1]?.scores.rouge1).toEqual({ p: 0, r: 0, f: 0 });
    expect(result.mean.rouge1).toEqual({ p: 0.5, r: 0.5, f: 0.5 });
    expect(result.mean.rougeL).toEqual({ p: 0.5, r: 0.5, f: 0.5 });
    expect(result.documents.map((d) => d.words)).toEqual([6, 4]);
    expect(result.meanWords).toBe(5);
    expect(result.documents.every((d) => d.ms >= 0)).toBe(true);
  });

  it('averages P, R and F separately (F of the mean is not the mean of F)', () => {
    // a: P = 2/2, R = 2/6; b: P = R = 0.
    const result = evaluate(records, fixed({ a: ['the cat'], b: [] }));
    expect(result.documents[0]?.scores.rouge1).toEqual(rouge('the cat', 'the cat sat on the mat').rouge1);
    expect(result.mean.rouge1.p).toBeCloseTo(0.5, 10);
    expect(result.mean.rouge1.r).toBeCloseTo(0.33333 / 2, 10);
    expect(result.mean.rouge1.f).toBeCloseTo(0.5 / 2, 10);
  });

  it('keeps the summaries and reports each document to onDocument', () => {
    const seen: string[] = [];
    const result = evaluate(records, fixed({ a: ['One.', 'Two.'] }), { onDocument: (d, i) => seen.push(`${i}:${d.id}`) });
    expect(result.documents[0]?.summary).toEqual(['One.', 'Two.']);
    expect(seen).toEqual(['0:a', '1:b']);
  });

  it('gives zeros for no records', () => {
    expect(evaluate([], lead(3))).toEqual({
      mean: { rouge1: { p: 0, r: 0, f: 0 }, rouge2: { p: 0, r: 0, f: 0 }, rougeL: { p: 0, r: 0, f: 0 } },
      meanWords: 0,
      meanMs: 0,
      health: { empty: 0, short: 0, meanSentenceWords: 0, maxSentenceWords: 0 },
      documents: [],
    });
    expect(aggregate([]).documents).toEqual([]);
  });

  it('counts empty and short summaries and measures summary sentences in words', () => {
    const three: EvalRecord[] = [...records, { id: 'c', text: '-', summary: 'x' }];
    const result = evaluate(three, fixed({ a: ['One two three.', 'Four five.'], b: [' ', '--'], c: ['Six seven eight nine ten eleven.', 'a', 'b'] }), { sentences: 3 });
    // b has no sentence holding a word: empty (and short); a has 2 of 3; c has 3.
    expect(result.health).toEqual({ empty: 1, short: 2, meanSentenceWords: (3 + 2 + 6 + 1 + 1) / 5, maxSentenceWords: 6 });
    expect(result.documents.map((d) => d.words)).toEqual([5, 0, 8]);
    // Without an asked length nothing is short.
    expect(aggregate(result.documents).health.short).toBe(0);
  });

  it('counts words as the maxWords budget does (the summary\'s stats.summaryWords)', () => {
    const article = STORM.replace('ninety', "ninety-five (95) mph -- it's");
    for (const k of [1, 3, 6]) {
      const summary = summarize(article, { sentences: k });
      const result = scoreDocument({ id: 's', text: article, summary: 'x' }, precisSystem(createSummarizer({ sentences: k })));
      expect(result.words).toBe(summary.stats.summaryWords);
    }
  });

  it('names the record that is malformed and rejects a system that returns no array, with PrecisError codes', () => {
    expect(() => evaluate([{ id: 'x', text: 'T.' } as unknown as EvalRecord], lead(3))).toThrow('records[0]: expected `summary` to be a string');
    expect(thrown(() => evaluate([{ id: 'x', text: 'T.' } as unknown as EvalRecord], lead(3)))).toMatchObject({ code: 'ERR_INVALID_RECORD' });
    expect(thrown(() => evaluate(records, (() => 'text') as unknown as System))).toMatchObject({ code: 'ERR_INVALID_SUMMARY' });
    expect(isPrecisError(thrown(() => evaluate(null as unknown as EvalRecord[], lead(3))))).toBe(true);
    expect(() => evaluate(records, (() => 'text') as unknown as System)).toThrow(TypeError);
    expect(() => evaluate(records, (() => [1]) as unknown as System)).toThrow(/sentence 0 of the summary of record `a`/);
    expect(() => evaluate(null as unknown as EvalRecord[], lead(3))).toThrow(TypeError);
  });
});

describe('baselines', () => {
  it('lead(k) takes the first k sentences of the plain splitter by default', () => {
    expect(lead(2)(storm)).toEqual(['Storm batters the coast', 'LONDON (CNN) -- A powerful storm hit the southern coast of England on Monday night.']);
    expect(lead(50)(storm)).toEqual(plainSentences(STORM));
  });

  it('lead(k, { split: precisCandidates }) takes the first k candidate sentences: no title, dateline, short sentence or widget', () => {
    expect(lead(2, filtered)(storm)).toEqual(STORM_CANDIDATES.slice(0, 2));
    expect(lead(4, filtered)(storm)).toEqual(STORM_CANDIDATES.slice(0, 4));
    expect(lead(50, filtered)(storm)).toEqual(STORM_CANDIDATES);
  });

  it('lead({ ratio }) takes as many sentences as summarize() with that ratio', () => {
    expect(lead({ ratio: 0.5 }, filtered)(storm)).toEqual(STORM_CANDIDATES.slice(0, 3));
    expect(lead({ ratio: 0.01 }, filtered)(storm)).toEqual(STORM_CANDIDATES.slice(0, 1));
    expect(summarize(STORM, { ratio: 0.5 }).sentences).toHaveLength(3);
  });

  it('lead gives nothing for an article without sentences', () => {
    expect(lead(3)({ id: 'e', text: '', summary: 'x' })).toEqual([]);
    expect(lead(3, filtered)({ id: 'e', text: 'Short. Too.', summary: 'x' })).toEqual([]);
  });

  it('random(k, seed) draws k distinct candidates, in document order, the same for the same seed and id', () => {
    const picked = random(3, 1, filtered)(storm);
    expect(picked).toHaveLength(3);
    expect(new Set(picked).size).toBe(3);
    const positions = picked.map((s) => STORM_CANDIDATES.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(random(3, 1, filtered)(storm)).toEqual(picked);
    // Pinned so that a change of generator or hashing shows up here.
    expect(positions).toEqual([0, 3, 5]);
    expect(random(3, 2, filtered)(storm).map((s) => STORM_CANDIDATES.indexOf(s))).toEqual([0, 1, 2]);
  });

  it('random draws per document, independent of the other records and their order', () => {
    const other: EvalRecord = { ...storm, id: 'other' };
    const forward = evaluate([storm, other], random(2, 9)).documents;
    const backward = evaluate([other, storm], random(2, 9)).documents;
    expect(forward[0]?.summary).toEqual(backward[1]?.summary);
    expect(forward[1]?.summary).toEqual(backward[0]?.summary);
    expect(random(10, 1, filtered)(storm)).toEqual(STORM_CANDIDATES);
  });

  it('precisCandidates passes a string title to the segmenter', () => {
    const withTitle: EvalRecord = { id: 't', text: STORM.replace('Storm batters the coast\n\n', ''), summary: 'x', title: 'Storm batters the coast' };
    expect(lead(1, filtered)(withTitle)).toEqual(STORM_CANDIDATES.slice(0, 1));
    expect(lead(1, filtered)({ ...withTitle, title: null })).toEqual(STORM_CANDIDATES.slice(0, 1));
  });

  it('validates the length and seed at creation', () => {
    expect(() => lead(0)).toThrow(RangeError);
    expect(() => lead(1.5)).toThrow(RangeError);
    expect(() => lead({ ratio: 1.5 })).toThrow('Expected `ratio` to be a number in (0, 1], got `1.5` (number)');
    expect(() => lead('3' as unknown as number)).toThrow(TypeError);
    expect(() => random(3, 0.5)).toThrow('Expected `seed` to be an integer');
    expect(() => lead(3, { split: 'plain' } as never)).toThrow('Expected `split` to be a function');
    expect(thrown(() => lead(0))).toMatchObject({ code: 'ERR_INVALID_ARGUMENT' });
  });

  it('precisSystem(summarizer) returns what summarize() selects, with the record title', () => {
    expect(precisSystem(createSummarizer({ sentences: 2 }))(storm)).toEqual(summarize(STORM, { sentences: 2 }).sentences.map((s) => s.text));
    const titled = { ...storm, title: 'Schools close as storm hits' };
    expect(precisSystem(createSummarizer())(titled)).toEqual(summarize(STORM, { title: titled.title }).sentences.map((s) => s.text));
  });
});

describe('bootstrap', () => {
  it('quantile interpolates between order statistics', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4], 0)).toBe(1);
    expect(quantile([1, 2, 3, 4], 1)).toBe(4);
    expect(quantile([], 0.5)).toBeNaN();
  });

  it('gives a zero-width interval for a constant difference', () => {
    expect(pairedBootstrap([0.5, 0.5, 0.5], [0.5, 0.5, 0.5])).toEqual({ difference: 0, low: 0, high: 0 });
    const shifted = pairedBootstrap([0.3, 0.6, 0.9], [0.2, 0.5, 0.8]);
    expect(shifted.difference).toBeCloseTo(0.1, 12);
    expect(shifted.low).toBeCloseTo(0.1, 12);
    expect(shifted.high).toBeCloseTo(0.1, 12);
  });

  it('spans the possible resampled means of two documents', () => {
    // Differences [1, 0]: a resample's mean is 0, 0.5 or 1 with chances 1/4, 1/2, 1/4.
    expect(pairedBootstrap([1, 0], [0, 0])).toEqual({ difference: 0.5, low: 0, high: 1 });
    expect(pairedBootstrap([1, 0], [0, 0], { confidence: 0.2 })).toEqual({ difference: 0.5, low: 0.5, high: 0.5 });
  });

  it('is seeded: the same seed gives the same interval', () => {
    const a = Array.from({ length: 50 }, (_, i) => (i * 37) % 11);
    const b = Array.from({ length: 50 }, (_, i) => (i * 13) % 7);
    expect(pairedBootstrap(a, b, { seed: 5 })).toEqual(pairedBootstrap(a, b, { seed: 5 }));
    expect(pairedBootstrap(a, b, { seed: 5 })).not.toEqual(pairedBootstrap(a, b, { seed: 6 }));
    const i = pairedBootstrap(a, b, { resamples: 2000 });
    expect(i.low).toBeLessThan(i.difference);
    expect(i.high).toBeGreaterThan(i.difference);
  });

  it('rejects unpaired or empty input and bad options', () => {
    expect(() => pairedBootstrap([1], [1, 2])).toThrow(RangeError);
    expect(() => pairedBootstrap([], [])).toThrow(RangeError);
    expect(() => pairedBootstrap([1], [1], { resamples: 0 })).toThrow('Expected `resamples` to be a positive integer, got `0` (number)');
    expect(() => pairedBootstrap([1], [1], { confidence: 1 })).toThrow(RangeError);
    expect(thrown(() => pairedBootstrap([1], [1, 2]))).toMatchObject({ code: 'ERR_INVALID_ARGUMENT' });
  });

  it('compareEvaluations pairs documents by position, checks ids and shares resamples', () => {
    const records: EvalRecord[] = [
      { id: 'a', text: '-', summary: 'the cat sat on the mat' },
      { id: 'b', text: '-', summary: 'dogs bark at night' },
      { id: 'c', text: '-', summary: 'birds sing in the morning' },
    ];
    const ours = evaluate(records, fixed({ a: ['the cat sat'], b: ['dogs bark'], c: ['birds sing loudly'] }));
    const base = evaluate(records, fixed({ a: ['a mat'], b: ['at night'], c: ['the morning'] }));
    const c = compareEvaluations(ours, base, { seed: 3 });
    const f = (e: typeof ours, m: 'rouge1' | 'rouge2' | 'rougeL'): number[] => e.documents.map((d) => d.scores[m].f);
    for (const m of ['rouge1', 'rouge2', 'rougeL'] as const) {
      expect(c[m]).toEqual(pairedBootstrap(f(ours, m), f(base, m), { seed: 3 }));
    }
    expect(c).toMatchObject({ documents: 3, resamples: 1000, confidence: 0.95, seed: 3 });
    const shuffled = { ...base, documents: [...base.documents].reverse() };
    expect(() => compareEvaluations(ours, shuffled)).toThrow('Expected document 0 to be `a` in both evaluations, got `c`');
    expect(() => compareEvaluations(ours, { ...base, documents: base.documents.slice(1) })).toThrow(RangeError);
  });
});
