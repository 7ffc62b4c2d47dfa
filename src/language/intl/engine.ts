import type { Engine, Split, SplitSentence, TextForm, TokenTable } from '../engine';
import type { LanguagePack } from '../pack';

/**
 * The engine for every language but wink's English: `Intl.Segmenter` (ICU's word and sentence
 * boundaries, with dictionaries for Chinese, Japanese and Thai; in Node and every current
 * browser, no model to download), the pack's stemmer and stopwords, and a few corrections on top
 * of ICU's sentence boundaries, each a fact about writing, not about one corpus:
 *
 * - ICU has no abbreviations: `M. Macron`, `Dr. Müller`, `z. B.`, `EE. UU.` do not end sentences
 *   (the pack's list, and any single capital letter with a period: an initial).
 * - Where ordinals take a period (German), `am 3. Oktober` is a date.
 * - ICU leaves an opening bracket or quote at the end of the sentence before it
 *   (`確認した。「外出を…`): it moves to the sentence it opens.
 * - A boundary with no whitespace at it, after a period, is inside a run (`TP.HCM`, `www.x.vn`).
 * - Thai writes no sentence punctuation: a space between two Thai words ends a sentence when both
 *   sides are long enough to be one.
 */

/** Longest token stemmed: stemmers can be slow on a long run, and no word is this long. */
export const MAX_STEM = 64;
/** Most distinct words a stem cache holds before it starts over. */
const STEM_CACHE_SIZE = 50_000;

const NUMBER = /^[\p{N}][\p{N}.,:/'’-]*$/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const PUNCTUATION = /^\p{P}+$/u;
const WHITESPACE = /^\s+$/;
/** Opening brackets and low quotes ICU may leave at the end of the sentence before the one they open (not `"` `'` `“` `«`: they close a quotation in some languages). */
const OPENING = /^[\p{Ps}„‚]+$/u;
const CURLY_OPENING = /^[“‘]$/;
const CJK_END = /^[。！？]$/;
/** A single letter: an initial (`J.`, `M.`) or part of an abbreviation (`z. B.`, `т. е.`). */
const INITIAL = /^\p{L}$/u;
/** A closing quote or bracket. */
const CLOSING = /^[\p{Pe}\p{Pf}"'」』）】〉》»]+$/u;
const LETTER = /^\p{L}/u;
/** Sentence-final punctuation, for text without capitals. */
const TERMINAL_MARK = /^(?:[.!?…]+|[。！？])$/;
const THAI = /[\u0e00-\u0e7f]/;
/** Thai characters after which a space does not end a sentence: ฯ (abbreviation), ๆ (repetition). */
const THAI_CONTINUES = /[ฯๆ]$/;
/**
 * Thai words a sentence cannot end on: `ว่า` (that) and the reporting verbs written with it
 * (`เปิดเผยว่า`, revealed that), conjunctions and prepositions. A space after one of them is a
 * pause inside the sentence. Whole words only: `พื้นที่` (area), `เจ้าของ` (owner), `ภายใน`
 * (inside) and `ดีกว่า` (better) end sentences.
 */
const THAI_OPEN_END = /^(?:ว่า|และ|หรือ|แต่|ซึ่ง|โดย|เพื่อ|จึง|ของ|ใน|จาก|กับ|แก่|คือ|ที่|(?:กล่าว|เปิดเผย|ระบุ|เห็น|ชี้|ยืนยัน|เตือน|คาด|เชื่อ|แถลง|รายงาน)ว่า)$/;
/** Thai sentences shorter than this many words are clauses of a longer one. */
const THAI_MIN_WORDS = 4;

function cachedStem(stem: (word: string) => string): (word: string) => string {
  let cache = new Map<string, string>();
  return (word) => {
    let s = cache.get(word);
    if (s === undefined) {
      s = word.length > MAX_STEM ? word : stem(word);
      if (cache.size >= STEM_CACHE_SIZE) cache = new Map();
      cache.set(word, s);
    }
    return s;
  };
}

function tokenType(segment: string, wordLike: boolean): string {
  if (wordLike) return NUMBER.test(segment) ? 'number' : 'word';
  if (PUNCTUATION.test(segment)) return 'punctuation';
  if (PICTOGRAPHIC.test(segment)) return 'emoji';
  return 'symbol';
}

/** The normal form: lower case, typographic apostrophes as `'`. */
function normalOf(value: string): string {
  const lower = value.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/** Creates the engine of one language from its pack. `Intl.Segmenter`s are made once per engine. */
export function intlEngine(pack: LanguagePack): Engine {
  const locale = pack.code === 'und' ? undefined : pack.code;
  const words = new Intl.Segmenter(locale, { granularity: 'word' });
  const sentencesOf = new Intl.Segmenter(locale, { granularity: 'sentence' });
  const stopwords = new Set(pack.stopwords);
  const abbreviations = new Set(pack.abbreviations);
  const months = new Set(pack.ordinalMonths ?? []);
  const continuations = new Set(pack.continuations ?? []);
  const stem = pack.stem === undefined ? undefined : cachedStem(pack.stem);

  function split(text: string, blockStart: number, blockEnd: number, form?: TextForm): Split {
    const block = text.slice(blockStart, blockEnd);
    const value: string[] = [];
    const normal: string[] = [];
    const type: string[] = [];
    const stop: boolean[] = [];
    const starts: number[] = [];
    // ICU's dictionary word breaking (Chinese, Japanese, Thai) takes time quadratic in the length
    // of a run without spaces or punctuation (128 K characters of Chinese: 37 s), so the block is
    // read in pieces of at most MAX_PIECE characters, cut after a space or punctuation when there
    // is one (then no word changes), else anywhere (one word in a thousand characters may split).
    for (let at = 0; at < block.length; ) {
      const cut = pieceEnd(block, at);
      for (const s of words.segment(block.slice(at, cut))) {
        const v = s.segment;
        if (!s.isWordLike && WHITESPACE.test(v)) continue;
        const n = normalOf(v);
        value.push(v);
        normal.push(n);
        type.push(tokenType(v, s.isWordLike === true));
        stop.push(stopwords.has(n));
        starts.push(blockStart + at + s.index);
      }
      at = cut;
    }
    const count = value.length;
    const start = Int32Array.from(starts);
    const end = new Int32Array(count);
    for (let i = 0; i < count; i++) end[i] = (start[i] as number) + (value[i] as string).length;
    const tokens: TokenTable = {
      value,
      normal,
      stem: stem === undefined ? (i) => normal[i] as string : (i) => stem(normal[i] as string),
      stop,
      type,
      start,
      end,
    };

    // ICU's sentences as token ranges [from, to): a sentence holds the tokens starting inside it.
    const cuts: number[] = [];
    let t = 0;
    for (const s of sentencesOf.segment(block)) {
      const segEnd = blockStart + s.index + s.segment.length;
      while (t < count && (start[t] as number) < segEnd) t++;
      // A boundary inside a word (`ดร.|สมชาย`, a Thai title glued to a name) is none.
      if (t > 0 && (end[t - 1] as number) > segEnd) continue;
      if (cuts[cuts.length - 1] !== t) cuts.push(t);
    }
    if (cuts[cuts.length - 1] !== count) cuts.push(count);
    // Text without capitals (lower-cased, or all in capitals): ICU wants a capital after a period,
    // so a sentence also ends after `.`, `!`, `?` or `…` (and the closing quotes after it) followed
    // by whitespace; the abbreviation rules below still apply.
    if (form?.caseless === true) {
      const extra: number[] = [];
      for (let i = 0; i < count - 1; i++) {
        if (!TERMINAL_MARK.test(value[i] as string)) continue;
        let last = i;
        while (last + 1 < count - 1 && CLOSING.test(value[last + 1] as string) && (form.tokenized || (end[last] as number) === (start[last + 1] as number))) last++;
        if ((end[last] as number) < (start[last + 1] as number)) extra.push(last + 1);
        i = last;
      }
      // Tokenized text closes a quotation with `''` after the period: the quote ends the sentence.
      const moved = [...cuts, ...extra].map((c) =>
        form.tokenized && c > 0 && c + 1 < count && TERMINAL_MARK.test(value[c - 1] as string) && value[c] === "'" && value[c + 1] === "'" && (end[c] as number) === (start[c + 1] as number) ? c + 2 : c,
      );
      const all = [...new Set(moved)].sort((a, b) => a - b);
      cuts.length = 0;
      cuts.push(...all);
    }

    const keep = (cut: number): boolean => {
      // The cut is between token cut-1 (the last of a sentence) and token cut.
      const last = cut - 1;
      const lastValue = value[last] as string;
      // No whitespace at the cut: one run of characters (`TP.HCM`), unless after CJK punctuation.
      if ((end[last] as number) === (start[cut] as number) && (lastValue === '.' || lastValue === ':')) return false;
      if (lastValue === '.' && last > 0 && (end[last - 1] as number) === (start[last] as number)) {
        const before = value[last - 1] as string;
        if (abbreviations.has(normal[last - 1] as string) || INITIAL.test(before)) return false;
        if (months.size > 0 && /^\d{1,2}$/.test(before) && months.has(normal[cut] as string)) return false;
      }
      // A quotation closed and followed at once by text goes on: `「…。」と話した`, `“…。”他说。`
      if (CLOSING.test(lastValue) && (end[last] as number) === (start[cut] as number) && LETTER.test(value[cut] as string)) return false;
      return true;
    };
    const ranges: [number, number][] = [];
    let from = 0;
    for (const cut of cuts) {
      if (cut <= from) continue;
      if (cut < count && !keep(cut)) continue;
      // Opening quotes and brackets at the end go to the sentence they open.
      let to = cut;
      // (A curly quote only after CJK punctuation, `。“`: elsewhere `“` may close a German quotation.)
      while (cut < count && to - 1 > from && (OPENING.test(value[to - 1] as string) || (CURLY_OPENING.test(value[to - 1] as string) && CJK_END.test(value[to - 2] as string)))) to--;
      ranges.push([from, to]);
      from = to;
    }
    if (from < count) ranges.push([from, count]);

    const sentences: SplitSentence[] = [];
    const push = (a: number, b: number): void => {
      sentences.push({ start: start[a] as number, end: end[b - 1] as number, from: a, to: b });
    };
    for (const [a, b] of ranges) {
      if (pack.spaceEndsSentence !== true) {
        push(a, b);
        continue;
      }
      let s = a;
      let wordsSince = 0;
      for (let i = a; i < b - 1; i++) {
        if (type[i] === 'word') wordsSince++;
        if ((end[i] as number) === (start[i + 1] as number)) continue;
        if (!THAI.test(value[i] as string) || !THAI.test(value[i + 1] as string) || THAI_CONTINUES.test(value[i] as string) || THAI_OPEN_END.test(value[i] as string)) continue;
        if (wordsSince < THAI_MIN_WORDS || wordsAhead(type, i + 1, b) < THAI_MIN_WORDS) continue;
        // A space before `กล่าวว่า` (said that), `ซึ่ง` (which), `และ` (and)... separates clauses of one sentence.
        const next = normal[i + 1] as string;
        if (continuations.has(next) || continuations.has(next + (normal[i + 2] ?? ''))) continue;
        push(s, i + 1);
        s = i + 1;
        wordsSince = 0;
      }
      push(s, b);
    }
    return { tokens, sentences };
  }

  return Object.freeze({
    language: pack.code,
    split,
    furniture: pack.furniture,
    unpunctuated: pack.spaceEndsSentence === true,
    ...(pack.minSentenceWords === undefined ? {} : { minSentenceWords: pack.minSentenceWords }),
    ...(pack.glue === undefined ? {} : { glue: pack.glue }),
  });
}

/** Longest piece of a block given to the word segmenter at once. */
export const MAX_PIECE = 1_000;
/** How far back from a piece's end a space or punctuation is looked for. */
const CUT_SEARCH = 200;
const CUTTABLE = /[\s\p{P}]/u;

/** Where the piece of `block` starting at `at` ends (see `split`). */
function pieceEnd(block: string, at: number): number {
  const limit = at + MAX_PIECE;
  if (limit >= block.length) return block.length;
  for (let i = limit; i > limit - CUT_SEARCH; i--) if (CUTTABLE.test(block[i - 1] as string)) return i;
  // A hard cut, never between the two halves of a surrogate pair.
  return (block.charCodeAt(limit) & 0xfc00) === 0xdc00 ? limit + 1 : limit;
}

/** Word tokens in `[from, to)`, counting no further than needed. */
function wordsAhead(type: readonly string[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to && n < THAI_MIN_WORDS; i++) if (type[i] === 'word') n++;
  return n;
}
