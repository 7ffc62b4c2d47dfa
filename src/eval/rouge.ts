/**
 * ROUGE-1, ROUGE-2 and summary-level ROUGE-L exactly as the official ROUGE-1.5.5 Perl script prints
 * them with `-c 95 -2 -1 -U -r 1000 -n 4 -w 1.2 -a -m` (Porter stemming with WordNet irregular
 * forms, no stopword removal, no length limit, alpha 0.5), for one system summary against one
 * reference. Checked against 300 pairs scored by the script itself (fixtures/rouge-golden.jsonl).
 */

import { PrecisTypeError, describe } from '../errors';
import { stem } from './porter';
import { tokenize } from './tokenize';


/**
 * Precision, recall and F1 of one ROUGE measure, each in 0..1 with at most 5 decimals.
 *
 * @example
 * rouge('The cat sat on the mat.', 'A cat sat on a mat').rouge1; // { p: 0.66667, r: 0.66667, f: 0.66667 }
 */
export interface RougeScore {
  /** Precision: the share of the system's units found in the reference. */
  readonly p: number;
  /** Recall: the share of the reference's units found in the system summary. */
  readonly r: number;
  /** F1: the harmonic mean of P and R (alpha 0.5). */
  readonly f: number;
}

/**
 * The three measures {@link rouge} reports.
 *
 * @example
 * const { rouge1, rouge2, rougeL } = rouge(summary.sentences.map((s) => s.text), reference);
 */
export interface RougeScores {
  /** ROUGE-1: unigram overlap. */
  readonly rouge1: RougeScore;
  /** ROUGE-2: bigram overlap. */
  readonly rouge2: RougeScore;
  /** Summary-level ROUGE-L (union LCS over sentences, often called ROUGE-Lsum). */
  readonly rougeL: RougeScore;
}

/**
 * A summary: one sentence per line (empty lines are skipped), or an array of sentences.
 *
 * @example
 * rouge('First sentence.\nSecond sentence.', ['First sentence.', 'Second sentence.']); // the same input twice
 */
export type RougeInput = string | readonly string[];

/**
 * Score a system summary against a reference summary with ROUGE-1.5.5's rules: ASCII-only tokens,
 * stemming of tokens longer than 3 characters, n-grams running across sentence boundaries, and
 * ROUGE-L as the union LCS of each reference sentence against every system sentence, with hits
 * clipped by unigram counts. P and R are rounded to 5 decimals as the script prints them, and F is
 * computed from those rounded values, then rounded again. A side without tokens scores 0.
 *
 * @example
 * const s = rouge('The cat sat on the mat.\nIt purred.', ['A cat sat on a mat']);
 * s.rouge1; // { p: 0.5, r: 0.66667, f: 0.57143 }
 */
export function rouge(system: RougeInput, reference: RougeInput): RougeScores {
  return rougeWith(system, reference, rouge155Tokens);
}

/** ROUGE-1.5.5's tokens of one sentence: ASCII runs, stemmed (see `tokenize` and `stem`). */
function rouge155Tokens(sentence: string): readonly string[] {
  return tokenize(sentence).map(stem);
}

/**
 * ROUGE-1, ROUGE-2 and summary-level ROUGE-L with ROUGE-1.5.5's counting, clipping and rounding,
 * on the tokens `tokens` gives each sentence (already stemmed if stemming is wanted). `rouge` is
 * this with ROUGE-1.5.5's own tokens; `rougeUnicode` with Unicode words.
 */
export function rougeWith(system: RougeInput, reference: RougeInput, tokens: (sentence: string) => readonly string[]): RougeScores {
  const sysSentences = sentencesOf(system, 'system');
  const refSentences = sentencesOf(reference, 'reference');

  // Token strings become small integers so that counting and the LCS compare numbers.
  const vocab = new Map<string, number>();
  const sys = encode(sysSentences, vocab, tokens);
  const ref = encode(refSentences, vocab, tokens);
  const vocabSize = vocab.size;

  const sysCounts = countUnigrams(sys.ids, vocabSize);
  const refCounts = countUnigrams(ref.ids, vocabSize);

  return {
    rouge1: score(unigramHits(sysCounts, refCounts), ref.ids.length, sys.ids.length),
    rouge2: score(
      bigramHits(sys.ids, ref.ids, vocabSize),
      Math.max(ref.ids.length - 1, 0),
      Math.max(sys.ids.length - 1, 0),
    ),
    rougeL: score(unionLcsHits(sys, ref, sysCounts, refCounts), ref.ids.length, sys.ids.length),
  };
}

/** A summary as one token-id sequence plus where each sentence starts in it. */
interface Encoded {
  readonly ids: Int32Array;
  /** Sentence k spans ids[starts[k]] .. ids[starts[k + 1] - 1]; only sentences with tokens. */
  readonly starts: readonly number[];
}

/** Validate one argument and return its non-empty lines. */
function sentencesOf(input: unknown, name: string): string[] {
  let lines: string[];
  if (typeof input === 'string') {
    lines = input.split('\n');
  } else if (Array.isArray(input)) {
    lines = [];
    input.forEach((item: unknown, i) => {
      if (typeof item !== 'string') {
        throw new PrecisTypeError('ERR_INVALID_ARGUMENT', `Expected \`${name}[${i}]\` of rouge() to be a string, got ${describe(item)}`);
      }
      // A sentence with a line break inside is two lines in the script's input files.
      for (const line of item.split('\n')) lines.push(line);
    });
  } else {
    throw new PrecisTypeError(
      'ERR_INVALID_ARGUMENT',
      `Expected \`${name}\` of rouge() to be a string (one sentence per line) or an array of strings, got ${describe(input)}`,
    );
  }
  return lines.filter((line) => line.length > 0);
}

function encode(sentences: readonly string[], vocab: Map<string, number>, tokens: (sentence: string) => readonly string[]): Encoded {
  const ids: number[] = [];
  const starts: number[] = [0];
  for (const sentence of sentences) {
    for (const stemmed of tokens(sentence)) {
      let id = vocab.get(stemmed);
      if (id === undefined) {
        id = vocab.size;
        vocab.set(stemmed, id);
      }
      ids.push(id);
    }
    // A sentence without tokens adds nothing to any count, LCS or n-gram: leave it out.
    if (ids.length > starts[starts.length - 1]!) starts.push(ids.length);
  }
  return { ids: Int32Array.from(ids), starts };
}

function countUnigrams(ids: Int32Array, vocabSize: number): Int32Array {
  const counts = new Int32Array(vocabSize);
  for (const id of ids) counts[id]!++;
  return counts;
}

/** Sum over token types of min(count in reference, count in system). */
function unigramHits(sysCounts: Int32Array, refCounts: Int32Array): number {
  let hits = 0;
  for (let t = 0; t < refCounts.length; t++) hits += Math.min(refCounts[t]!, sysCounts[t]!);
  return hits;
}

/** Clipped bigram matches over each summary taken as one sequence (across sentence breaks). */
function bigramHits(sys: Int32Array, ref: Int32Array, vocabSize: number): number {
  const left = new Map<number, number>();
  for (let i = 1; i < ref.length; i++) {
    const key = ref[i - 1]! * vocabSize + ref[i]!;
    left.set(key, (left.get(key) ?? 0) + 1);
  }
  let hits = 0;
  for (let i = 1; i < sys.length; i++) {
    const key = sys[i - 1]! * vocabSize + sys[i]!;
    const n = left.get(key);
    if (n) {
      hits++;
      left.set(key, n - 1);
    }
  }
  return hits;
}

// Scratch buffers reused across calls (scoring is synchronous, so sharing them is safe).
let lcsTable = new Int32Array(4096);
let hitMask = new Uint8Array(256);

/**
 * Mark in `mask` the reference tokens on the LCS path of ref[rs..re) and sys[ss..se), found with
 * ROUGE's back-trace from the end: diagonal on equal tokens, else up (drop a reference token) if
 * the cell above is at least the cell to the left, else left.
 */
function markLcs(ref: Int32Array, rs: number, re: number, sys: Int32Array, ss: number, se: number, mask: Uint8Array): void {
  const m = re - rs;
  const n = se - ss;
  const w = n + 1;
  const size = (m + 1) * w;
  if (lcsTable.length < size) lcsTable = new Int32Array(Math.max(size, lcsTable.length * 2));
  const c = lcsTable;
  c.fill(0, 0, w);
  for (let i = 1; i <= m; i++) {
    const a = ref[rs + i - 1];
    const row = i * w;
    const prev = row - w;
    c[row] = 0;
    for (let j = 1; j <= n; j++) {
      if (a === sys[ss + j - 1]) {
        c[row + j] = c[prev + j - 1]! + 1;
      } else {
        const up = c[prev + j]!;
        const leftCell = c[row + j - 1]!;
        c[row + j] = up >= leftCell ? up : leftCell;
      }
    }
  }
  let i = m;
  let j = n;
  while (i > 0 && j > 0) {
    if (ref[rs + i - 1] === sys[ss + j - 1]) {
      i--;
      j--;
      mask[i] = 1;
    } else if (c[(i - 1) * w + j]! >= c[i * w + j - 1]!) {
      i--;
    } else {
      j--;
    }
  }
}

/**
 * Summary-level LCS hits: per reference sentence, the union of its LCS marks against every system
 * sentence; a marked token is a hit only while it has unused occurrences in both summaries'
 * unigram counts, and each hit uses one up on both sides (ROUGE-1.5.5's clipping, so ROUGE-L
 * never exceeds ROUGE-1).
 */
function unionLcsHits(sys: Encoded, ref: Encoded, sysCounts: Int32Array, refCounts: Int32Array): number {
  const sysLeft = sysCounts.slice();
  const refLeft = refCounts.slice();
  let hits = 0;
  for (let a = 0; a + 1 < ref.starts.length; a++) {
    const rs = ref.starts[a]!;
    const re = ref.starts[a + 1]!;
    const m = re - rs;
    if (hitMask.length < m) hitMask = new Uint8Array(Math.max(m, hitMask.length * 2));
    const mask = hitMask;
    mask.fill(0, 0, m);
    for (let b = 0; b + 1 < sys.starts.length; b++) {
      markLcs(ref.ids, rs, re, sys.ids, sys.starts[b]!, sys.starts[b + 1]!, mask);
    }
    for (let k = 0; k < m; k++) {
      if (mask[k] === 0) continue;
      const t = ref.ids[rs + k]!;
      if (refLeft[t]! > 0 && sysLeft[t]! > 0) {
        hits++;
        refLeft[t]!--;
        sysLeft[t]!--;
      }
    }
  }
  return hits;
}

/**
 * Round to 5 decimals like Perl's sprintf("%7.5f"): C printf rounds the exact binary value, so
 * only values exactly halfway (x * 64 an odd integer, e.g. 1/64) need care; printf sends those to
 * the even digit where JavaScript's toFixed would round them up.
 */
function round5(x: number): number {
  const x64 = x * 64;
  if (Number.isInteger(x64) && x64 % 2 !== 0) {
    const lower = Math.floor(x * 100000); // exact: x * 1e5 = j * 1562.5 for odd j
    return (lower % 2 === 0 ? lower : lower + 1) / 100000;
  }
  return Number(x.toFixed(5));
}

function score(hits: number, refTotal: number, sysTotal: number): RougeScore {
  const r = refTotal > 0 ? round5(hits / refTotal) : 0;
  const p = sysTotal > 0 ? round5(hits / sysTotal) : 0;
  // ROUGE computes F from the printed (rounded) P and R, with alpha = 0.5.
  const denominator = 0.5 * p + 0.5 * r;
  const f = denominator > 0 ? round5((p * r) / denominator) : 0;
  return { p, r, f };
}
