import { stemmerOf, type WinkNlp } from '../language/wink/nlp';
import type { SplitSentence, TokenTable } from '../language/engine';
import { PROSE, type TextShape } from './shape';

// The token table and the sentence ranges are the engines' (one definition for every engine).
export type { SplitSentence, TokenTable } from '../language/engine';

/** No words known to open sentences: only punctuation ends one. */
const NO_OPENERS: ReadonlySet<string> = new Set();
const CAPITALISED = /^\p{Lu}\p{Ll}*$/u;
const OPENS_LOWER = /^\p{Ll}/u;
const ENDS_WORD = /[\p{L}\p{N}]$/u;

/**
 * Stems on demand: through the instance's cached stemmer when precis made the instance (only the
 * tokens scoring looks at are stemmed, each distinct word once), else all at once through wink.
 */
function stemsOf(nlp: WinkNlp, value: readonly string[], tokens: ReturnType<ReturnType<WinkNlp['readDoc']>['tokens']>): (i: number) => string {
  // A token longer than any word is its own stem: the stemmer's time is quadratic in its length.
  const stemmer = stemmerOf(nlp);
  if (stemmer !== undefined) return (i) => (value[i] as string).length > MAX_STEM ? (value[i] as string).toLowerCase() : stemmer(value[i] as string);
  if (!value.some((v) => v.length > MAX_STEM)) {
    const stems = tokens.out(nlp.its.stem as never) as unknown as string[];
    return (i) => (stems[i] as string).toLowerCase();
  }
  const stemmed = tokens.filter((t) => (t.out(nlp.its.value) as string).length <= MAX_STEM).out(nlp.its.stem as never) as unknown as string[];
  const stems: string[] = [];
  let next = 0;
  for (const v of value) stems.push(v.length > MAX_STEM ? v : stemmed[next++] as string);
  return (i) => (stems[i] as string).toLowerCase();
}

const ELLIPSIS = /^(?:\.{3,}|…)$/;
/** A list marker wink splits off as a sentence of its own: `1.`, `(2)`, `a)`, `•`. */
const MARKER = /^(?:\(?\d{1,3}[.)]|\(?[a-z][.)]|[•·▪◦‣*+\-–—])$/;
const STARTS_UPPER = /^["'“‘(]?\p{Lu}/u;

/**
 * Longest run without whitespace wink reads in one piece. wink's tokenizer takes time quadratic in
 * the length of a run (about 5 s for 40,000 characters of base64), so a longer run is cut for wink
 * by a space every `MAX_RUN` characters; no word or URL of an article comes near it.
 */
export const MAX_RUN = 256;
/** Longest token wink stems: its stemmer is quadratic in a word's length, and no word is this long. */
export const MAX_STEM = 64;

const SPACE = /\s/;

/** True for the characters wink splits tokens at (every `\s`). */
function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 32 || c === 0xa0 || (c >= 0x1680 && SPACE.test(text[i] as string));
}

/**
 * `text` from `start` to `end` as wink reads it: every `MAX_RUN`-th character of a longer run
 * without whitespace becomes a space. The result has the same length, so offsets stay exact, and
 * differs from `text` only where a character was cut. A cut falls between two characters of the
 * run (so it never ends a token or a sentence), and takes both halves of a surrogate pair or none.
 */
function forWink(text: string, start: number, end: number): string {
  let out: string[] | undefined;
  let from = start;
  let run = 0;
  for (let i = start; i < end; i++) {
    if (isSpace(text, i)) run = 0;
    else if (++run > MAX_RUN && (text.charCodeAt(i) & 0xfc00) !== 0xdc00) {
      const pair = (text.charCodeAt(i) & 0xfc00) === 0xd800 && i + 1 < end && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      const next = pair ? i + 2 : i + 1;
      if (next >= end || isSpace(text, next)) continue;
      (out ??= []).push(text.slice(from, i), pair ? '  ' : ' ');
      from = next;
      i = next - 1;
      run = 0;
    }
  }
  if (out === undefined) return text.slice(start, end);
  out.push(text.slice(from, end));
  return out.join('');
}

/** A word in lower case that is not a brand written that way (`iPhone`, `eBay`). */
function continuesLowercase(token: string): boolean {
  return /^\p{Ll}/u.test(token) && !/^\p{Ll}+\p{Lu}/u.test(token);
}

/** A token that ends a sentence whatever the case of the next word: `.`, `!`, `?`, `?!` (not `...`). */
const TERMINAL_TOKEN = /^(?:\.|[.!?]*[!?][.!?]*)$/;
/** Closing quotes and brackets that stay with the sentence they close when written against it. */
const CLOSE_JOINED = new Set(['"', "'", ')', ']']);
/** Marks that close whatever precedes them, spaced or not. */
const CLOSE_ALWAYS = new Set(['”', '’', '»']);
/** Tokens that cannot open a sentence: a boundary is never put before them. */
const NO_OPEN = /^[,;:%)\]}”’»]/;

/**
 * Sentence boundaries of a block whose capitals say nothing (see `TextShape.caseless`), from its
 * punctuation alone: after a `.`, `!` or `?` that wink tokenized apart from the word before it
 * (so not an abbreviation it knows, `mr.`, `u.s.`, `jan.`, `p.m.`, nor a number), with the closing
 * quotes and brackets that follow it. Returns `[from, to)` token ranges.
 */
function punctuationRanges(value: readonly string[], shape: TextShape, joined: (a: number, b: number) => boolean): [number, number][] {
  const ranges: [number, number][] = [];
  const n = value.length;
  let first = 0;
  for (let i = 0; i < n; i++) {
    if (!TERMINAL_TOKEN.test(value[i] as string)) continue;
    let last = i;
    for (;;) {
      const next = value[last + 1];
      if (next === undefined) break;
      // `''` (two tokens for wink) closes a quotation in tokenized text wherever it stands.
      if (shape.tokenized && next === "'" && value[last + 2] === "'" && joined(last + 1, last + 2)) last += 2;
      else if (CLOSE_ALWAYS.has(next) || (CLOSE_JOINED.has(next) && joined(last, last + 1))) last++;
      else break;
    }
    i = last;
    const open = value[last + 1];
    if (open === undefined || NO_OPEN.test(open)) continue;
    ranges.push([first, last + 1]);
    first = last + 1;
  }
  if (first < n) ranges.push([first, n]);
  return ranges;
}

/**
 * Splits one block of `text` (already normalised, see `normalize`) into sentences with wink-nlp,
 * and returns each sentence's exact offsets and the block's tokens.
 *
 * Two corrections on top of wink: a boundary with no whitespace at it is not a boundary (wink
 * splits `www.example.co.uk` and `done..."`), and `...` followed by a capitalised word ends a
 * sentence (wink does not split there although it does after `…`).
 */
export function splitSentences(nlp: WinkNlp, text: string, blockStart: number, blockEnd: number, shape: TextShape = PROSE, openers: ReadonlySet<string> = NO_OPENERS): {
  tokens: TokenTable;
  sentences: SplitSentence[];
} {
  const its = nlp.its;
  const input = forWink(text, blockStart, blockEnd);
  const doc = nlp.readDoc(input);
  const tokens = doc.tokens();
  const value = tokens.out(its.value) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const n = value.length;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  let at = blockStart;
  for (let i = 0; i < n; i++) {
    const v = value[i] as string;
    let s = at + (spaces[i] as string).length;
    // wink's offsets rebuild exactly after `normalize`; this guard keeps them exact if it ever drifts.
    if (text.startsWith(v, s) === false) {
      const found = text.slice(at, blockEnd).indexOf(v);
      s = found >= 0 ? at + found : s;
    }
    start[i] = s;
    end[i] = s + v.length;
    at = end[i] as number;
  }
  const table: TokenTable = {
    value,
    normal: tokens.out(its.normal) as string[],
    stem: stemsOf(nlp, value, tokens),
    stop: tokens.out(its.stopWordFlag) as unknown as boolean[],
    type: tokens.out(its.type) as string[],
    start,
    end,
  };

  // True when no whitespace separates token a from a later token b: the gap is empty or only
  // characters `forWink` cut (the only places where wink's input differs from the text).
  const joined = (a: number, b: number): boolean => {
    for (let p = end[a] as number; p < (start[b] as number); p++) {
      if (input.charCodeAt(p - blockStart) === text.charCodeAt(p)) return false;
    }
    return true;
  };

  const ranges: [number, number][] = [];
  const merge = (first: number, last: number): void => {
    const prev = ranges[ranges.length - 1];
    // No whitespace between two "sentences": one run of characters such as a URL or `..."`.
    if (prev !== undefined && joined(prev[1] - 1, first)) prev[1] = last + 1;
    // A list marker alone ("1.") belongs to the item that follows it.
    else if (prev !== undefined && isMarker(prev)) prev[1] = last + 1;
    // A "sentence" opening in lower case continues the one before: wink split after an
    // abbreviation or a title ("Warner Bros. | scored", "Know It's Christmas? | has gone").
    // Not in a text without capitals, where every sentence opens in lower case.
    else if (prev !== undefined && !shape.caseless && continuesLowercase(value[first] as string)) prev[1] = last + 1;
    else ranges.push([first, last + 1]);
  };
  if (shape.caseless) {
    // wink finds boundaries by capitals: without them it misses most (one in six).
    for (const [first, to] of punctuationRanges(value, shape, joined)) merge(first, to - 1);
  } else {
    for (const [first, last] of doc.sentences().out(its.span) as unknown as [number, number][]) {
      if (last >= first) merge(first, last);
    }
  }
  const sentences: SplitSentence[] = [];
  function isMarker(range: [number, number]): boolean {
    return range[1] - range[0] <= 3 && MARKER.test(value.slice(range[0], range[1]).join(''));
  }
  // A sentence starts where the one before it ended, past the whitespace: characters wink read as
  // no token (the backticks of `` `` `` quotes) belong to the sentence they open.
  let previousEnd = blockStart;
  const push = (from: number, to: number, unterminated = false): void => {
    let first = previousEnd;
    while (first < (start[from] as number) && isSpace(text, first)) first++;
    sentences.push({ start: first, end: end[to - 1] as number, from, to, ...(unterminated ? { unterminated } : {}) });
    previousEnd = end[to - 1] as number;
  };
  // The link closed by the `»` at `i` starts after the last sentence end before it, which wink
  // may have missed (`...surrounded by water. See the path of damage »`): that sentence is pushed.
  const linkStart = (s: number, i: number): number => {
    for (let k = i - 1; k > s; k--) {
      if (!TERMINAL_TOKEN.test(value[k] as string)) continue;
      let last = k;
      while (last + 1 < i && (CLOSE_ALWAYS.has(value[last + 1] as string) || (CLOSE_JOINED.has(value[last + 1] as string) && joined(last, last + 1)))) last++;
      if (last + 1 >= i || joined(last, last + 1)) return s;
      push(s, last + 1);
      return last + 1;
    }
    return s;
  };
  // A capitalised opener after a word, with only a space between (`Glasgow Another independent`).
  const missingStop = (i: number): boolean => {
    const next = value[i + 1] as string;
    return !shape.caseless && CAPITALISED.test(next) && openers.has(next.toLowerCase()) &&
      OPENS_LOWER.test(value[i + 2] ?? '') && ENDS_WORD.test(value[i] as string) && table.stop[i] !== true && !joined(i, i + 1);
  };
  // A `«` quotation open in the block: it may run over several sentences, and the `»` that closes
  // it is no link.
  let guillemet = false;
  const link = (v: string): boolean => {
    const closesNothing = v === '»' && !guillemet;
    if (v === '«') guillemet = true;
    else if (v === '»') guillemet = false;
    return closesNothing;
  };
  for (const [from, to] of ranges) {
    let s = from;
    for (let i = from; i < to - 1; i++) {
      const v = value[i] as string;
      // `...` before a capital ends a sentence; so does a link's `»` written apart from its text
      // (`Watch the rescue » The storm...`), unless it closes a `«` quotation.
      const isLink = link(v);
      const ends = (isLink && i > from && !joined(i - 1, i) && !NO_OPEN.test(value[i + 1] as string)) ||
        // The `»` closing a quotation after its final mark, before a capital (wink does not split
        // there; it may read the mark with the word, `in.`).
        (v === '»' && !isLink && i > from && /[.!?…]$/.test(value[i - 1] as string) && STARTS_UPPER.test(value[i + 1] as string)) ||
        (ELLIPSIS.test(v) && !joined(i, i + 1) && STARTS_UPPER.test(value[i + 1] as string)) ||
        // A URL that ends the sentence: wink reads its full stop as part of it (`.../report.`).
        (table.type[i] === 'url' && /[.!?]$/.test(v) && !joined(i, i + 1) && STARTS_UPPER.test(value[i + 1] as string));
      if (ends) {
        if (isLink) s = linkStart(s, i);
        push(s, i + 1);
        s = i + 1;
      } else if (missingStop(i)) {
        push(s, i + 1, true);
        s = i + 1;
      }
    }
    if (link(value[to - 1] as string) && to - 1 > s) s = linkStart(s, to - 1);
    push(s, to);
  }
  return { tokens: table, sentences };
}

/** Where a long sentence may be cut, best kind first: a semicolon, a quotation's edge, a colon, a spaced dash. */
const CUT_KINDS = ['semicolon', 'quote', 'colon', 'dash'] as const;
type CutKind = (typeof CUT_KINDS)[number];
const DASH = /^(?:-{2,3}|—|–)$/;
const OPENING_QUOTE_TOKEN = /^[“«]$/;
const CLOSING_QUOTE_TOKEN = /^[”»]$/;

/**
 * Cuts a sentence of more than `maxWords` words at secondary boundaries (`;`, the edge of a
 * quotation, `:`, a spaced dash), each time at the cut of the best kind nearest the middle, until
 * every piece fits or no cut is left. A giant "sentence" from a text whose boundaries the splitter
 * could not see becomes readable pieces instead of being dropped. `words(from, to)` counts the
 * words of a token range.
 */
export function cutLongSentence(
  text: string,
  tokens: TokenTable,
  sentence: SplitSentence,
  maxWords: number,
  words: (from: number, to: number) => number,
): SplitSentence[] {
  const { value, start, end } = tokens;
  const kindAt = (k: number): CutKind | undefined => {
    // As for sentences: no cut without whitespace (`a;b`, `http://`).
    if (!/\s/.test(text.slice(end[k - 1] as number, start[k] as number))) return undefined;
    const before = value[k - 1] as string;
    const at = value[k] as string;
    if (before === ';') return 'semicolon';
    if (CLOSING_QUOTE_TOKEN.test(before) || OPENING_QUOTE_TOKEN.test(at) || (before === "'" && value[k - 2] === "'") || text.slice(end[k - 1] as number, start[k] as number).includes('`')) return 'quote';
    if (before === ':') return 'colon';
    if (DASH.test(before) && (start[k - 1] as number) > (end[k - 2] ?? -1)) return 'dash';
    return undefined;
  };
  const piece = (from: number, to: number, first: number): SplitSentence => ({ start: first, end: end[to - 1] as number, from, to });
  const cut = (s: SplitSentence): SplitSentence[] => {
    const total = words(s.from, s.to);
    if (total <= maxWords) return [s];
    let best: { k: number; rank: number; distance: number } | undefined;
    let left = 0;
    for (let k = s.from + 1; k < s.to; k++) {
      left += words(k - 1, k);
      const kind = kindAt(k);
      // A piece of fewer than three words is no sentence: do not cut there.
      if (kind === undefined || left < 3 || total - left < 3) continue;
      const rank = CUT_KINDS.indexOf(kind);
      const distance = Math.abs(total / 2 - left);
      if (best === undefined || rank < best.rank || (rank === best.rank && distance < best.distance)) best = { k, rank, distance };
    }
    if (best === undefined) return [s];
    let next = end[best.k - 1] as number;
    while (next < (start[best.k] as number) && /\s/.test(text[next] as string)) next++;
    return [...cut(piece(s.from, best.k, s.start)), ...cut(piece(best.k, s.to, next))];
  };
  return cut(sentence);
}
