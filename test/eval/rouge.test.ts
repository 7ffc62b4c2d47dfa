import { readFileSync } from 'node:fs';
import path from 'node:path';

import { rouge, type RougeScores } from '../../src/eval/rouge';
import { porterStem, stem } from '../../src/eval/porter';
import { tokenize } from '../../src/eval/tokenize';
import { wordnetBase } from '../../src/eval/wordnet-exceptions';

const fixtures = path.join(__dirname, '..', '..', 'fixtures');

interface GoldenPair extends RougeScores {
  readonly id: string;
  readonly system: string;
  readonly reference: string;
}

const golden: GoldenPair[] = readFileSync(path.join(fixtures, 'rouge-golden.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.length > 0)
  .map((line) => JSON.parse(line) as GoldenPair);

const summary = JSON.parse(readFileSync(path.join(fixtures, 'rouge-golden.summary.json'), 'utf8')) as {
  pairs: number;
  mean_of_pairs: RougeScores;
};

const MEASURES = ['rouge1', 'rouge2', 'rougeL'] as const;
const PARTS = ['p', 'r', 'f'] as const;

describe('agreement with ROUGE-1.5.5 (-c 95 -2 -1 -U -r 1000 -n 4 -w 1.2 -a -m)', () => {
  const scores = golden.map((pair) => rouge(pair.system, pair.reference));

  it('has the 300 golden pairs', () => {
    expect(golden).toHaveLength(300);
    expect(summary.pairs).toBe(300);
  });

  it('reproduces every P, R and F of every pair to the 5th decimal', () => {
    const mismatches: string[] = [];
    golden.forEach((pair, i) => {
      const ours = scores[i]!;
      const diffs = MEASURES.flatMap((m) =>
        PARTS.filter((k) => ours[m][k] !== pair[m][k]).map((k) => `${m}.${k} ${ours[m][k]} != ${pair[m][k]}`),
      );
      if (diffs.length > 0) mismatches.push(`${pair.id}: ${diffs.join(', ')}`);
    });
    // Listing every mismatching pair id (and what differs) makes the failure message the report.
    expect(mismatches).toEqual([]);
  });

  it('reproduces mean_of_pairs within half a unit of its 5th decimal (tolerance 0.000005)', () => {
    for (const m of MEASURES) {
      for (const k of PARTS) {
        const mean = scores.reduce((sum, s) => sum + s[m][k], 0) / scores.length;
        expect(Math.abs(mean - summary.mean_of_pairs[m][k])).toBeLessThanOrEqual(0.000005 + 1e-12);
      }
    }
  });
});

describe('tokenize', () => {
  it('treats non-ASCII letters as separators', () => {
    expect(tokenize('Café')).toEqual(['caf']);
    expect(tokenize('naïve Bjørnar')).toEqual(['na', 've', 'bj', 'rnar']);
    expect(tokenize('SuÃ¡rez scored €5 • «again»')).toEqual(['su', 'rez', 'scored', '5', 'again']);
  });

  it('splits apostrophes and hyphens', () => {
    expect(tokenize("don't")).toEqual(['don', 't']);
    expect(tokenize('do n\'t')).toEqual(['do', 'n', 't']);
    expect(tokenize('state-of-the-art -- a 9-year-old')).toEqual(['state', 'of', 'the', 'art', 'a', '9', 'year', 'old']);
    expect(tokenize('- -- ---')).toEqual([]);
  });

  it('lower-cases ASCII and keeps digits', () => {
    expect(tokenize('NASA said 3.5% in Q3\tof 2014')).toEqual(['nasa', 'said', '3', '5', 'in', 'q3', 'of', '2014']);
  });

  it('gives no tokens for punctuation and empty text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' ... !?! “” — 🙂 ')).toEqual([]);
  });
});

describe('stem', () => {
  it('looks up WordNet irregular forms first', () => {
    expect(stem('said')).toBe('say');
    expect(stem('were')).toBe('be');
    expect(stem('been')).toBe('be');
    expect(stem('told')).toBe('tell');
    expect(stem('children')).toBe('child');
    expect(stem('mice')).toBe('mouse');
    expect(stem('media')).toBe('medium');
    expect(stem('better')).toBe('well');
    expect(stem('axes')).toBe('ax');
  });

  it('leaves tokens of 1-3 characters alone, even irregular ones', () => {
    expect(stem('was')).toBe('was');
    expect(stem('men')).toBe('men'); // the table has men -> man, but ROUGE only stems length > 3
    expect(stem('ran')).toBe('ran');
    expect(stem('its')).toBe('its');
    expect(wordnetBase('men')).toBe('man');
  });

  it('lower-cases ASCII letters like ROUGE', () => {
    expect(stem('SAID')).toBe('say');
    expect(stem('WAS')).toBe('was');
  });

  it('applies the original Porter algorithm', () => {
    expect(stem('caresses')).toBe('caress');
    expect(stem('ponies')).toBe('poni');
    expect(stem('running')).toBe('run');
    expect(stem('hoping')).toBe('hope');
    expect(stem('relational')).toBe('relat');
    expect(stem('happiness')).toBe('happi');
    expect(stem('yelling')).toBe('yell');
    expect(stem('sayyed')).toBe('sayi'); // "yy" is not a double consonant (Porter's Perl Release 1)
    expect(stem('lyall')).toBe('lyall'); // m = 1, so -ll stays
  });

  it('tries -ment and -ent after the main step-4 list, each in its own step (ROUGE deviation)', () => {
    // Original Porter keeps these: -ement matches first and its stem is too short.
    expect(porterStem('agreement')).toBe('agreem');
    expect(porterStem('element')).toBe('elem');
    expect(porterStem('statement')).toBe('statem');
    expect(porterStem('movement')).toBe('movem');
    // -ment, then -ent, as in original Porter.
    expect(porterStem('adjustment')).toBe('adjust');
    expect(porterStem('dependent')).toBe('depend');
    // Steps run one after another: -al then -ment; -ate then -ent; -al then -(t)ion.
    expect(porterStem('governmental')).toBe('govern');
    expect(porterStem('representation')).toBe('repres');
    expect(porterStem('accidental')).toBe('accid');
    expect(porterStem('professional')).toBe('profess');
    // A stem that is too short keeps the suffix.
    expect(porterStem('cement')).toBe('cement');
  });
});

describe('rouge: ROUGE-N', () => {
  it('clips n-gram counts by the reference counts', () => {
    const s = rouge('the the the cat', 'the cat sat');
    // unigram hits min(1,3) + min(1,1) = 2: R = 2/3, P = 2/4
    expect(s.rouge1).toEqual({ p: 0.5, r: 0.66667, f: 0.57143 });
    // bigram hits: "the cat" once: R = 1/2, P = 1/3
    expect(s.rouge2).toEqual({ p: 0.33333, r: 0.5, f: 0.4 });
  });

  it('counts bigrams across sentence boundaries', () => {
    const s = rouge(['new', 'york'], 'new york');
    expect(s.rouge2).toEqual({ p: 1, r: 1, f: 1 });
    expect(rouge('york\nnew', 'new york').rouge2).toEqual({ p: 0, r: 0, f: 0 });
  });

  it('matches stemmed forms', () => {
    // said -> say, children -> child, were -> be, running -> run: hits say, child, run.
    const s = rouge('He said the children were running', 'they say a child is to run');
    expect(s.rouge1).toEqual({ p: 0.5, r: 0.42857, f: 0.46154 });
  });
});

describe('rouge: summary-level ROUGE-L', () => {
  it('takes the union of the LCS marks over the system sentences (worked by hand)', () => {
    // Reference "aa bb cc dd ee". LCS with line 1 "cc dd ff" = cc dd; with line 2 "aa bb ee" =
    // aa bb ee; the union marks all 5 reference tokens: R = 5/5, P = 5/6 = 0.83333,
    // F = 0.83333 / (0.5 * 0.83333 + 0.5) = 0.90909. (The LCS of the joined texts is only 3.)
    const s = rouge('cc dd ff\naa bb ee', 'aa bb cc dd ee');
    expect(s.rougeL).toEqual({ p: 0.83333, r: 1, f: 0.90909 });
  });

  it('marks the LCS path that the back-trace finds, not every common token', () => {
    // Against line 2 "ee cc gg" the LCS has length 1; tracing back from the end goes up past
    // ee and dd and marks cc. Union: aa bb cc = 3 hits. R = 3/5, P = 3/6, F = 0.3 / 0.55.
    const s = rouge('aa bb ff\nee cc gg', 'aa bb cc dd ee');
    expect(s.rougeL).toEqual({ p: 0.5, r: 0.6, f: 0.54545 });
    expect(s.rouge1).toEqual({ p: 0.66667, r: 0.8, f: 0.72727 });
  });

  it("follows ROUGE's back-trace: up when the cell above ties with the cell to the left", () => {
    // Reference line 1 "aa bb" against "bb aa": the LCS has length 1 and ROUGE's back-trace marks
    // "aa". That leaves the system's single "bb" for reference line 2: 2 hits. (Marking "bb" on
    // line 1 would use it up and give 1 hit.)
    const s = rouge('bb aa', 'aa bb\nbb');
    expect(s.rougeL).toEqual({ p: 1, r: 0.66667, f: 0.8 });
  });

  it('clips hits by unigram counts across reference sentences', () => {
    // Both reference lines mark "aa", but the system has only one "aa" to give.
    expect(rouge('aa', 'aa bb\naa cc').rougeL).toEqual({ p: 1, r: 0.25, f: 0.4 });
  });

  it('ignores empty lines and lines without tokens', () => {
    const a = rouge('aa bb\n\n--\ncc', 'bb cc\naa');
    const b = rouge(['aa bb', 'cc'], ['bb cc', '', 'aa']);
    expect(a).toEqual(b);
    expect(rouge(['aa bb\ncc'], 'bb cc\naa')).toEqual(a);
  });
});

describe('rouge: edge cases', () => {
  const zero = { p: 0, r: 0, f: 0 };
  const zeros = { rouge1: zero, rouge2: zero, rougeL: zero };

  it('scores empty and punctuation-only summaries 0 everywhere', () => {
    expect(rouge('', 'the cat sat')).toEqual(zeros);
    expect(rouge('... !!! — “”', 'the cat sat')).toEqual(zeros);
    expect(rouge('the cat sat', '')).toEqual(zeros);
    expect(rouge([], [])).toEqual(zeros);
    expect(rouge('\n\n', '?')).toEqual(zeros);
  });

  it('rounds exact halves to even like Perl sprintf', () => {
    // R = 1/64 = 0.015625 exactly: printf gives 0.01562 (toFixed would give 0.01563),
    // and F is computed from the rounded P and R: 0.01562 / 0.50781 = 0.030759...
    const reference = Array.from({ length: 64 }, (_, i) => `t${i}`).join(' ');
    expect(rouge('t0', reference).rouge1).toEqual({ p: 1, r: 0.01562, f: 0.03076 });
  });

  it('gives 1 for a summary equal to the reference', () => {
    const text = 'Police said the suspect fled.\nNo one was hurt.';
    expect(rouge(text, text)).toEqual({ rouge1: { p: 1, r: 1, f: 1 }, rouge2: { p: 1, r: 1, f: 1 }, rougeL: { p: 1, r: 1, f: 1 } });
  });
});

describe('rouge: input validation', () => {
  const call = (system: unknown, reference: unknown) => () => rouge(system as string, reference as string);

  it('rejects non-string, non-array arguments with a TypeError naming the argument', () => {
    expect(call(42, 'x')).toThrow(TypeError);
    expect(call(42, 'x')).toThrow(/Expected `system` of rouge\(\) to be a string .* got `42` \(number\)/);
    expect(call('x', null)).toThrow(/Expected `reference` of rouge\(\) to be a string .* got `null`/);
    expect(call(undefined, 'x')).toThrow(/`system` .* got `undefined`/);
    expect(call('x', { text: 'x' })).toThrow(/`reference` .* got an object/);
  });

  it('rejects arrays holding non-strings, naming the index', () => {
    expect(call(['ok', 3], 'x')).toThrow(TypeError);
    expect(call(['ok', 3], 'x')).toThrow('Expected `system[1]` of rouge() to be a string, got `3` (number)');
    expect(call('x', [null])).toThrow('Expected `reference[0]` of rouge() to be a string, got `null`');
  });
});

describe('WordNet exception table', () => {
  it('decodes to exactly the vendored TSV', () => {
    const tsv = readFileSync(path.join(__dirname, '..', '..', 'src', 'eval', 'data', 'wordnet-2.0-exceptions.tsv'), 'utf8');
    const rows = tsv.split('\n').filter((line) => line.length > 0).map((line) => line.split('\t'));
    expect(rows).toHaveLength(5930);
    const wrong = rows.filter(([form, base]) => wordnetBase(form!) !== base).map(([form]) => form);
    expect(wrong).toEqual([]);
    expect(wordnetBase('cats')).toBeUndefined();
  });
});
