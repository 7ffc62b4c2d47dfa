import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { PrecisRangeError, PrecisTypeError, fitIdf, isPrecisError, segment, summarize, type SummarizeOptions, type Summary } from '../../src/entries/index';
import { rouge } from '../../src/entries/eval';
import { fcParams } from '../support/fc';

/**
 * Invariants over generated inputs: never throws on a string (only the documented errors on invalid
 * options), exact offsets, counts and budgets, document order, determinism.
 *
 * Every property runs with one seed (`PRECIS_FC_SEED` replays a failure) and the run count written
 * below scaled by `PRECIS_FC_RUNS`: see `test/support/fc.ts`.
 */

// ---------------------------------------------------------------------------------------------
// Text generators

/** Real news sentences, so that generated texts have candidates and selection has work to do. */
const REAL = readFileSync(join(__dirname, '..', '..', 'fixtures', 'cnn-dev-sample.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .slice(0, 40)
  .flatMap((line) => (JSON.parse(line) as { text: string }).text.split(/(?<=[.!?])\s+/))
  .filter((s) => s.length > 30 && s.length < 300);

const WORDS = ['the', 'storm', 'Mr.', 'U.S.', 'hit', '3.5', '$4', 'coast', '"We', 'won,"', 'said', '...', '…', '(AP)', '--', 'e.g.', 'Café', '😀', 'naïve', 'https://x.co/a.b', 'No', 'time', 'to', 'read?', 'By', 'Reuters', '(CNN)', 'Published:', '12:59', 'EST'];
const LINE_ENDINGS = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\r\r', '\n\r', '\u2028', '\u2029', '\u0085', '\f', '\v'];
/** Every kind of space: wink drops some of them silently (U+2000, U+2001, U+2006 to U+2008), which `normalize` must blank. */
const SPACES_ALL = ['\u00a0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200a', '\u202f', '\u205f', '\u3000', '\ufeff', '\u180e', '\u200b'];
const SEPARATORS = [' ', ' ', ' ', '. ', '! ', '? ', '\t', '\n \n', ...SPACES_ALL, ...LINE_ENDINGS];
const RTL = ['\u200f', '\u200e', '\u202b', '\u202e', '\u202c', '\u2067', '\u2069', 'قال الرئيس إن المحادثات ستستمر.', 'שלום עולם, זה משפט בעברית.', 'مرحبا', 'עברית'];
const EMOJI = ['👨‍👩‍👧‍👦', '🏳️‍🌈', '👩🏽‍💻', '❤️‍🔥', '🧑‍🤝‍🧑', '🇯🇵', '1️⃣', '\u200d', '\ufe0f'];
const COMBINING = ['e\u0301', 'a\u0308\u0323', 'n\u0303', '\u0301', `Z${'\u0336\u0337\u0338'.repeat(20)}algo`];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const control = fc.oneof(fc.integer({ min: 0, max: 0x1f }), fc.integer({ min: 0x7f, max: 0x9f })).map((c) => String.fromCharCode(c));
/** Words of thousands of letters (over wink's 256-character cut), with or without a period or a surrogate pair inside. */
const longWord = fc
  .tuple(fc.integer({ min: 200, max: 3000 }), fc.constantFrom('a', 'Ab', 'x1/', '.', '😀', 'й', '中', 'a.B'))
  .map(([n, unit]) => unit.repeat(Math.ceil(n / unit.length)));

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...REAL) },
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 4, arbitrary: fc.constantFrom(...SEPARATORS) },
  { weight: 2, arbitrary: fc.constantFrom(...LINE_ENDINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 1, arbitrary: control },
  { weight: 1, arbitrary: fc.constantFrom(...RTL) },
  { weight: 1, arbitrary: fc.constantFrom(...EMOJI) },
  { weight: 1, arbitrary: fc.constantFrom(...COMBINING) },
  { weight: 1, arbitrary: longWord },
);
/** Any string, mostly built from the pieces above. */
const anyText = fc.oneof(
  { weight: 6, arbitrary: fc.array(piece, { maxLength: 80, size: 'medium' }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...'.?!"\'()[]«»“” \n\r-—…'), maxLength: 300 }) },
);
/** Prose: real sentences with odd separators, so that most summaries have several candidates. */
const prose = fc.array(fc.tuple(fc.constantFrom(...REAL), fc.constantFrom(' ', ' ', '\n\n', '\r\n', '\r', '\n')), { minLength: 1, maxLength: 40 })
  .map((parts) => parts.map(([s, sep]) => s + sep).join(''));

// ---------------------------------------------------------------------------------------------
// Option generators

const idf = fitIdf(REAL.slice(0, 60));
const weight = fc.oneof(fc.constant(0), fc.double({ min: 0, max: 5, noNaN: true }), fc.constant(1_000_000));
const weights = fc.record(
  { centrality: weight, forward: weight, backward: weight, position: weight, title: weight, tfidf: weight, paragraphStart: weight, quote: weight, question: weight, length: weight },
  { requiredKeys: [] },
);
const unitInterval = fc.oneof(fc.constant(1), fc.double({ min: Number.MIN_VALUE, max: 1, noNaN: true }));
const validOptions: fc.Arbitrary<SummarizeOptions> = fc
  .tuple(
    fc.oneof(fc.constant({}), fc.record({ sentences: fc.integer({ min: 1, max: 12 }) }), fc.record({ ratio: unitInterval })),
    fc.record(
      {
        maxWords: fc.integer({ min: 1, max: 150 }),
        maxChars: fc.integer({ min: 1, max: 1200 }),
        order: fc.constantFrom('document' as const, 'score' as const),
        title: fc.oneof(fc.constant(false as const), fc.constantFrom(...REAL), fc.string({ unit: 'binary', maxLength: 40 })),
        weights,
        redundancy: unitInterval,
        furniture: fc.boolean(),
        stopwords: fc.oneof(
          fc.record({ add: fc.array(fc.constantFrom('storm', 'said', 'the', 'Coast'), { maxLength: 4 }) }),
          fc.record({ replace: fc.array(fc.constantFrom('storm', 'said', 'the', 'a'), { maxLength: 4 }) }),
        ),
        idf: fc.constant(idf),
        explain: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
    fc.option(fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 90 })), { nil: undefined }),
  )
  .map(([length, rest, bounds]) => {
    const o: Record<string, unknown> = { ...length, ...rest };
    if (bounds !== undefined) {
      o.minSentenceWords = bounds[0];
      o.maxSentenceWords = Math.max(1, bounds[0], bounds[1]);
    }
    return o as SummarizeOptions;
  });

/** One wrong field (type, range or a conflict) on top of valid options. */
const wrongValue = fc.oneof(
  fc.constant(null), fc.constant('3'), fc.constant(NaN), fc.constant(-1), fc.constant(0), fc.constant(1.5), fc.constant(Infinity),
  fc.constant(-Infinity), fc.constant([]), fc.constant({}), fc.constant(true), fc.constant(2n), fc.constant(Symbol('x')), fc.constant(() => 3),
);
const invalidOptions: fc.Arbitrary<unknown> = fc.oneof(
  // A wrong value for an option that does not accept it (undefined means "absent", so never that).
  fc.tuple(fc.constantFrom('sentences', 'maxWords', 'maxChars', 'minSentenceWords', 'maxSentenceWords', 'ratio', 'redundancy'), wrongValue)
    .filter(([key, v]) => !isAccepted(key, v))
    .map(([key, v]) => ({ [key]: v })),
  fc.tuple(fc.constantFrom('order', 'furniture', 'explain', 'title', 'idf', 'nlp', 'stopwords', 'weights'), fc.oneof(wrongValue, fc.constant('sideways'), fc.constant(1)))
    .filter(([key, v]) => !(key === 'weights' && typeof v === 'object' && v !== null && !Array.isArray(v)))
    .filter(([key, v]) => !(key === 'title' && typeof v === 'string'))
    .filter(([key, v]) => !((key === 'furniture' || key === 'explain') && typeof v === 'boolean'))
    .map(([key, v]) => ({ [key]: v })),
  fc.tuple(fc.constantFrom('centrality', 'forward', 'position', 'length'), fc.constantFrom(-0.5, NaN, Infinity, 1e9, '1', null)).map(([key, v]) => ({ weights: { [key]: v } })),
  fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !['sentences', 'ratio', 'maxWords', 'maxChars', 'order', 'title', 'weights', 'redundancy', 'minSentenceWords', 'maxSentenceWords', 'furniture', 'stopwords', 'idf', 'explain', 'nlp', 'maxInputChars'].includes(k)).map((k) => ({ [k]: 1 })),
  fc.constant({ weights: { centrallity: 1 } }),
  fc.tuple(fc.integer({ min: 1, max: 9 }), unitInterval).map(([sentences, ratio]) => ({ sentences, ratio })),
  fc.tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 20 })).filter(([a, b]) => a > b).map(([minSentenceWords, maxSentenceWords]) => ({ minSentenceWords, maxSentenceWords })),
  fc.constant({ stopwords: { add: ['a'], replace: ['b'] } }),
  fc.constant({ stopwords: { add: 'the' } }),
  fc.constant({ stopwords: { add: [1] } }),
  fc.constantFrom(null, 3, 'k', [], new Date(0), new Map(), () => ({})),
);

/** The few wrong values that are in fact valid for `key`. */
function isAccepted(key: string, v: unknown): boolean {
  if (typeof v !== 'number' || Number.isNaN(v)) return false;
  if (key === 'ratio' || key === 'redundancy') return v > 0 && v <= 1;
  if (key === 'minSentenceWords') return Number.isInteger(v) && v >= 0 && v <= 80;
  return Number.isInteger(v) && v >= 1 && !(key === 'maxSentenceWords' && v < 5);
}

// ---------------------------------------------------------------------------------------------
// Checks

/** The invariants every summary holds, whatever the text and the valid options. */
function checkSummary(text: string, options: SummarizeOptions, summary: Summary): void {
  const { sentences, stats, warnings } = summary;
  const codes = warnings.map((w) => w.code);
  for (const s of sentences) {
    expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.text.trim()).toBe(s.text);
    expect(Number.isFinite(s.score)).toBe(true);
  }
  expect(summary.text).toBe(sentences.map((s) => s.text).join(' '));
  expect(stats.selected).toBe(sentences.length);
  expect(stats.candidates).toBeLessThanOrEqual(stats.sentences);
  expect(sentences.length).toBeLessThanOrEqual(stats.candidates);
  expect(new Set(sentences.map((s) => s.index)).size).toBe(sentences.length);

  // Counts.
  const budget = options.maxWords !== undefined || options.maxChars !== undefined;
  const count = options.sentences ?? (options.ratio !== undefined ? Math.max(1, Math.ceil(options.ratio * stats.candidates)) : budget ? Infinity : 3);
  expect(sentences.length).toBeLessThanOrEqual(count);
  // Without a budget, redundancy only defers a sentence: the summary is as long as asked, or every candidate.
  if (!budget) expect(sentences.length).toBe(Math.min(count, stats.candidates));
  // Budgets: kept, or the best sentence alone with a warning.
  if (codes.includes('BUDGET_EXCEEDED')) expect(sentences).toHaveLength(1);
  else {
    if (options.maxWords !== undefined) expect(stats.summaryWords).toBeLessThanOrEqual(options.maxWords);
    if (options.maxChars !== undefined) expect(summary.text.length).toBeLessThanOrEqual(options.maxChars);
  }

  // Order.
  for (let i = 1; i < sentences.length; i++) {
    const a = sentences[i - 1]!;
    const b = sentences[i]!;
    if (options.order === 'score') expect(a.score > b.score || (a.score === b.score && a.index < b.index)).toBe(true);
    else {
      expect(b.index).toBeGreaterThan(a.index);
      expect(b.start).toBeGreaterThanOrEqual(a.end);
    }
  }

  // Warnings tell an empty result apart.
  if (text.trim() === '') expect(codes).toEqual(['EMPTY_INPUT']);
  else if (stats.candidates === 0) expect(codes).toContain('NO_CANDIDATES');
  if (sentences.length === 0 && text.trim() !== '') expect(codes.some((c) => c === 'NO_CANDIDATES')).toBe(true);

  // With `explain`, the segments agree with the summary.
  if (options.explain === true) {
    const segments = summary.segments ?? [];
    const candidates = segments.filter((s) => s.candidate);
    expect(segments.filter((s) => s.kind === 'sentence')).toHaveLength(stats.sentences);
    expect(candidates).toHaveLength(stats.candidates);
    for (const s of sentences) expect(candidates.some((c) => c.start === s.start && c.end === s.end && c.index === s.index)).toBe(true);
    for (const s of segments) expect(text.slice(s.start, s.end)).toBe(s.text);
  }
}

describe('summarize: properties', () => {
  it('any string, default options: exact slices, at most 3, in document order', () => {
    fc.assert(fc.property(anyText, (text) => checkSummary(text, {}, summarize(text))), fcParams(3000));
  });

  it('any string, any valid options: no throw, exact slices, counts, budgets, order', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, prose), validOptions, (text, options) => checkSummary(text, options, summarize(text, options))),
      fcParams(3000),
    );
  });

  it('prose under budgets: budgets are kept or the warning says why', () => {
    fc.assert(
      fc.property(prose, fc.integer({ min: 1, max: 120 }), fc.integer({ min: 1, max: 900 }), fc.boolean(), (text, maxWords, maxChars, both) => {
        const options: SummarizeOptions = both ? { maxWords, maxChars } : { maxWords };
        checkSummary(text, options, summarize(text, options));
      }),
      fcParams(1000),
    );
  });

  it('is deterministic, whatever was summarized before', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, prose), anyText, validOptions, (text, other, options) => {
        const first = summarize(text, options);
        summarize(other); // teaches wink other words; the next summary must not change
        expect(summarize(text, options)).toEqual(first);
      }),
      fcParams(600),
    );
  });

  it('invalid options throw PrecisTypeError or PrecisRangeError, nothing else', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, prose), invalidOptions, (text, options) => {
        let thrown: unknown;
        try {
          summarize(text, options as SummarizeOptions);
        } catch (error) {
          thrown = error;
        }
        expect(thrown).toBeDefined();
        expect(thrown instanceof PrecisTypeError || thrown instanceof PrecisRangeError).toBe(true);
        expect(isPrecisError(thrown)).toBe(true);
        expect((thrown as Error).message).not.toBe('');
      }),
      fcParams(1000),
    );
  });

  it('a text that is not a string throws PrecisTypeError', () => {
    fc.assert(
      fc.property(fc.anything().filter((v) => typeof v !== 'string'), (value) => {
        expect(() => summarize(value as string)).toThrow(PrecisTypeError);
      }),
      fcParams(300),
    );
  });
});

/** Whitespace as the pipeline sees it: JavaScript's `\s` and NEL (U+0085), which `normalize` blanks too. */
const SPACES = /[\s\u0085]/g;
const EDGE_SPACE = /^[\s\u0085]|[\s\u0085]$/;

describe('segment: properties', () => {
  it('segments are exact, ordered, disjoint and lose no character', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        let at = 0;
        const segments = segment(text);
        // Every non-space character of the input lies inside some segment: nothing is lost.
        const covered = segments.reduce((n, s) => n + s.text.replace(SPACES, '').length, 0);
        expect(covered).toBe(text.replace(SPACES, '').length);
        for (const s of segments) {
          expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(s.start).toBeGreaterThanOrEqual(at);
          expect(s.end).toBeGreaterThan(s.start);
          expect(EDGE_SPACE.test(s.text)).toBe(false);
          at = s.end;
        }
      }),
      fcParams(2000),
    );
  });
});

/** Story openings with a dateline, glued to what follows as a careless page does (issue 17, item 4). */
const DATELINES = ['LONDON (Reuters) -', 'LONDON (Reuters) - ', 'SEOUL (CNN) --', 'SEOUL (CNN) -- ', 'WASHINGTON —', 'WASHINGTON — ', 'PARIS (AFP) –', 'NEW YORK (AP) -', 'BEIRUT, Lebanon (CNN) --'];
const GLUED = ['2,000 people', '3 people', '3.5 million', '10% of', '-3 degrees', '$40 million', '"We', '(pictured)', 'Police', 'A', 'the', '', '.', '-', '--'];
const datelineText = fc
  .tuple(fc.constantFrom(...DATELINES), fc.constantFrom(...GLUED), fc.array(fc.constantFrom(...REAL), { maxLength: 3 }), fc.constantFrom('', '\n\n', 'Headline here\n\n'))
  .map(([dateline, glued, rest, before]) => `${before}${dateline}${glued} ${rest.join(' ')}`);

/** Fails unless the segments of `text`, with what lies between them (whitespace only), rebuild it. */
function expectCovered(text: string): void {
  let at = 0;
  for (const s of segment(text)) {
    // What lies before a segment is whitespace; the segment is its own slice of the input.
    expect(text.slice(at, s.start).replace(SPACES, '')).toBe('');
    expect(text.slice(s.start, s.end)).toBe(s.text);
    at = s.end;
  }
  expect(text.slice(at).replace(SPACES, '')).toBe('');
}

describe('segment: every character in exactly one segment', () => {
  it('any string: the segments and what lies between them (whitespace only) rebuild the input', () => {
    fc.assert(fc.property(anyText, expectCovered), fcParams(3000));
  });

  it('a dateline glued to what follows: the same', () => {
    fc.assert(fc.property(datelineText, expectCovered), fcParams(2000));
  });

  it.each([
    'LONDON (Reuters) -2,000 people said the fire on Tuesday was the worst in years, police said.',
    'SEOUL (CNN) --3.5 million people voted on Sunday in the first round of the election.',
  ])('the dateline cases of issue 17: %s', expectCovered);
});

describe('rouge: properties', () => {
  const summaryText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 120 }),
    fc.string({ unit: 'grapheme', maxLength: 80 }),
    fc.array(fc.constantFrom(...REAL.slice(0, 30), ...WORDS, '\n', ''), { maxLength: 6 }).map((parts) => parts.join(' ')),
  );
  const input = fc.oneof(summaryText, fc.array(summaryText, { maxLength: 5 }));
  const measures = ['rouge1', 'rouge2', 'rougeL'] as const;
  /** True when ROUGE-1.5.5's tokenizer finds a token (an ASCII letter or digit) in the input. */
  const hasTokens = (x: string | readonly string[]): boolean => /[A-Za-z0-9]/.test(typeof x === 'string' ? x : x.join('\n'));

  it('never throws on strings and arrays of strings; scores in [0, 1]; F lies between P and R', () => {
    fc.assert(
      fc.property(input, input, (system, reference) => {
        const scores = rouge(system, reference);
        for (const m of measures) {
          const { p, r, f } = scores[m];
          for (const x of [p, r, f]) {
            expect(x).toBeGreaterThanOrEqual(0);
            expect(x).toBeLessThanOrEqual(1);
          }
          // F1 is the harmonic mean of the rounded P and R: between them (to the rounding).
          expect(f).toBeGreaterThanOrEqual(Math.min(p, r) - 1e-5);
          expect(f).toBeLessThanOrEqual(Math.max(p, r) + 1e-5);
          if (p === 0 || r === 0) expect(f).toBe(0);
          else expect(Math.abs(f - (2 * p * r) / (p + r))).toBeLessThanOrEqual(1e-5);
        }
        // Summary-level LCS hits are clipped by unigram counts: ROUGE-L never exceeds ROUGE-1.
        expect(scores.rougeL.r).toBeLessThanOrEqual(scores.rouge1.r);
        if (!hasTokens(system) || !hasTokens(reference)) for (const m of measures) expect(scores[m]).toEqual({ p: 0, r: 0, f: 0 });
      }),
      fcParams(2000),
    );
  });

  it('a summary against itself scores 1 wherever it has tokens', () => {
    fc.assert(
      fc.property(input, (x) => {
        const scores = rouge(x, x);
        const tokens = typeof x === 'string' ? x : x.join('\n');
        const count = (tokens.match(/[A-Za-z0-9]+/g) ?? []).length;
        expect(scores.rouge1).toEqual(count > 0 ? { p: 1, r: 1, f: 1 } : { p: 0, r: 0, f: 0 });
        expect(scores.rougeL).toEqual(count > 0 ? { p: 1, r: 1, f: 1 } : { p: 0, r: 0, f: 0 });
        expect(scores.rouge2).toEqual(count > 1 ? { p: 1, r: 1, f: 1 } : { p: 0, r: 0, f: 0 });
      }),
      fcParams(1000),
    );
  });

  it('swapping system and reference swaps P and R and keeps F', () => {
    fc.assert(
      fc.property(input, input, (a, b) => {
        const ab = rouge(a, b);
        const ba = rouge(b, a);
        for (const m of ['rouge1', 'rouge2'] as const) {
          expect(ba[m].p).toBe(ab[m].r);
          expect(ba[m].r).toBe(ab[m].p);
          expect(ba[m].f).toBe(ab[m].f);
        }
      }),
      fcParams(1000),
    );
  });

  it('anything but a string or an array of strings is a TypeError', () => {
    fc.assert(
      fc.property(fc.anything().filter((v) => typeof v !== 'string' && !(Array.isArray(v) && v.every((x) => typeof x === 'string'))), (bad) => {
        expect(() => rouge(bad as string, 'a b')).toThrow(TypeError);
        expect(() => rouge('a b', bad as string)).toThrow(TypeError);
      }),
      fcParams(300),
    );
  });
});
