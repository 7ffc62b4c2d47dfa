import { splitBlocks } from './blocks';
import { classifyLine, classifySentence, datelineLength, headerLength, inlineFurniture, lineKey, longLineKey, MAX_FURNITURE_CHARS, type LineContext } from './furniture';
import type { Engine } from '../language/engine';
import type { FurniturePhrases } from '../language/pack';
import { DEFAULT_MIN_SENTENCE_WORDS } from '../options';
import { normalize } from './normalize';
import { countWords } from '../text/words';
import { isWhitespaceCode } from '../text/whitespace';
import { analyze, type StopwordTest } from './terms';
import { quoteOpenAfter } from './quotes';
import { cutLongSentence, type SplitSentence } from './sentences';
import { eachSentence } from './windows';
import { textShape, type TextShape } from './shape';
import type { Segment, SegmentRule } from '../types';

/** What the segmenter needs to know from the options. */
export interface SegmentOptions {
  /** Apply the furniture rules (when false, every line is prose). */
  readonly furniture: boolean;
  /** The given title, or `false` to turn title detection off. */
  readonly title: string | false | undefined;
  /** `undefined`: the engine's (the language's) minimum, else the default. */
  readonly minSentenceWords: number | undefined;
  readonly maxSentenceWords: number;
  /** Which words are stopwords (not terms). */
  readonly isStop: StopwordTest;
}

/** A sentence segment with what scoring reads of it. */
export interface SentenceSlot {
  readonly segment: Segment;
  /**
   * Content terms of a candidate, read while its block's tokens are at hand (so the tokens of a
   * long text are never all alive at once); empty for a sentence that is not a candidate.
   */
  readonly terms: readonly string[];
  readonly words: number;
  /** True for the first sentence of its line or paragraph (a block: see `splitBlocks`). */
  readonly paragraphStart: boolean;
  /** True when a quotation opened by an earlier sentence of the paragraph is still open. */
  readonly insideQuote: boolean;
}

export interface Segmentation {
  readonly segments: Segment[];
  readonly sentences: SentenceSlot[];
  readonly paragraphs: number;
  /** The text of the title segment, if one was found. */
  readonly title: string | undefined;
  /** What the text's form says about how it was read (see `textShape`). */
  readonly shape: TextShape;
}

const NO_TERMS: readonly string[] = Object.freeze([]);

/** Longest unterminated piece (see `SplitSentence.unterminated`) taken for furniture, as for a line. */
const MAX_UNTERMINATED_WORDS = 40;

/** Prose blocks from the top in which a block-opening dateline is still cut off. */
const DATELINE_BLOCKS = 5;
/** What may open a story's first sentence, in the order it is written: a tabloid header, a dateline. */
const LEAD_INS: readonly [SegmentRule, (sentence: string, storyStart: boolean, phrases: FurniturePhrases | undefined) => number][] = [
  ['byline', headerLength],
  ['dateline', datelineLength],
];



/**
 * `piece` without the widget phrases that ran into it (see `inlineFurniture`): each phrase becomes
 * a furniture segment, and the text before it a piece of its own that lost its final punctuation.
 */
function withoutWidgets(
  text: string,
  tokens: { readonly start: Int32Array; readonly end: Int32Array },
  piece: SplitSentence,
  paragraph: number,
  furniture: (start: number, end: number, paragraph: number, rule: SegmentRule) => void,
  phrases: FurniturePhrases | undefined,
): SplitSentence[] {
  const widgets = inlineFurniture(text.slice(piece.start, piece.end), phrases);
  if (widgets.length === 0) return [piece];
  const out: SplitSentence[] = [];
  let from = piece.from;
  let start = piece.start;
  const tokenAt = (offset: number): number => {
    let t = from;
    while (t < piece.to && (tokens.start[t] as number) < offset) t++;
    return t;
  };
  for (const [a, b] of widgets) {
    const first = tokenAt(piece.start + a);
    // A token the widget begins inside (a phrase glued to the word before it) is cut at the phrase.
    if (first > from) out.push({ start, end: Math.min(tokens.end[first - 1] as number, trimEnd(text, start, piece.start + a)), from, to: first, unterminated: true });
    furniture(piece.start + a, piece.start + b, paragraph, 'navigation');
    from = tokenAt(piece.start + b);
    // A token the widget ends inside (`관련기사야당은`: the phrase glued to the next word) keeps
    // the characters after the phrase: the sentence starts there, not at the next token.
    if (from > piece.from && (tokens.end[from - 1] as number) > piece.start + b) {
      from--;
      start = trimStart(text, piece.start + b, piece.end);
    } else {
      start = (tokens.start[from] as number | undefined) ?? piece.end;
    }
  }
  if (from < piece.to) out.push({ ...piece, start, from });
  return out;
}

/**
 * The article as the pipeline sees it: every paragraph-level line and sentence of `text`, in order,
 * each with exact offsets, its paragraph and its kind (`sentence`, `title`, `furniture` with the
 * rule that matched). Sentences are numbered in order (`index`); `candidate` tells which ones a
 * summary may select.
 */
export function segmentText(engine: Engine, text: string, options: SegmentOptions): Segmentation {
  const normalized = normalize(text);
  const shape = textShape(text);
  const { blocks, paragraphs } = splitBlocks(text, engine.glue);
  const segments: Segment[] = [];
  const sentences: SentenceSlot[] = [];
  const given = typeof options.title === 'string' ? lineKey(options.title) : options.title;
  const minSentenceWords = options.minSentenceWords ?? engine.minSentenceWords ?? DEFAULT_MIN_SENTENCE_WORDS;

  const counts = new Map<string, number>();
  // A key per block, to find repeated lines; a long block gets a hashed key, since a lower-cased
  // copy of every paragraph of a book would be a copy of the book.
  const keys = blocks.map((b) => {
    const blockText = text.slice(b.start, b.end);
    return b.end - b.start <= MAX_FURNITURE_CHARS ? lineKey(blockText) : longLineKey(blockText);
  });
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  const seen = new Set<string>();

  let beforeProse = true;
  let previousRule: SegmentRule | 'title' | undefined;
  let previousText = '';
  let title: string | undefined;
  let index = 0;
  let proseBlocks = 0;
  let quoteParagraph = -1;
  let insideQuote = false;
  const furniture = (start: number, end: number, paragraph: number, rule: SegmentRule): void => {
    segments.push({ text: text.slice(start, end), start, end, paragraph, kind: 'furniture', candidate: false, rule });
  };

  blocks.forEach((block, b) => {
    const blockText = text.slice(block.start, block.end);
    const key = keys[b] as string;
    // Words as the budgets count them (`countWords`): the line rules run first, so furniture lines
    // never cost a wink pass.
    const words = countWords(blockText);
    let rule: SegmentRule | 'title' | undefined;
    if (block.lines <= 2 && (options.furniture || (given !== false && beforeProse && b === 0))) {
      const occurrences = counts.get(key) ?? 1;
      const context: LineContext = {
        block: b,
        beforeProse,
        previousRule,
        previousText,
        // A long paragraph repeated verbatim keeps its first copy; a repeated short line is a widget.
        occurrences: words > 30 && !seen.has(key) ? 1 : occurrences,
        words,
        titleSeen: title !== undefined,
        title: given,
        phrases: engine.furniture,
        unpunctuated: engine.unpunctuated,
      };
      rule = classifyLine(blockText, context);
      if (!options.furniture && rule !== 'title') rule = undefined;
    }
    seen.add(key);
    previousRule = rule;
    previousText = key;
    if (rule === 'title') {
      title ??= blockText;
      segments.push({ text: blockText, start: block.start, end: block.end, paragraph: block.paragraph, kind: 'title', candidate: false });
      return;
    }
    if (rule !== undefined) {
      furniture(block.start, block.end, block.paragraph, rule);
      return;
    }

    if (quoteParagraph !== block.paragraph) insideQuote = false; // each paragraph of a quote reopens it
    quoteParagraph = block.paragraph;
    // Window by window for a block too long to read at once (see readingWindows); `s` counts the block's sentences.
    // The block's first sentence of prose opens its paragraph, even after a furniture piece (a
    // widget phrase, a byline) that came first.
    let opened = false;
    eachSentence(engine, normalized, block.start, block.end, shape, (split, whole, s) => {
      // Words of a token range, counted as the budgets count them (`countWords` on its text).
      const wordsOf = (from: number, to: number): number =>
        to <= from ? 0 : countWords(text.slice(split.tokens.start[from] as number, split.tokens.end[to - 1] as number));
      let sentence: SplitSentence = whole;
      // A tabloid header run into the story's first line, then a dateline, open the story: the
      // first prose sentence, or the first sentence of one of the first prose blocks (after an
      // editor's note or an author's bio). Each is cut off as furniture of its own.
      if (options.furniture && (beforeProse || (s === 0 && proseBlocks < DATELINE_BLOCKS))) {
        for (const [rule, length] of LEAD_INS) {
          const cut = length(text.slice(sentence.start, sentence.end), beforeProse, engine.furniture);
          if (cut === 0) continue;
          furniture(sentence.start, trimEnd(text, sentence.start, sentence.start + cut), block.paragraph, rule);
          const start = trimStart(text, sentence.start + cut, sentence.end);
          // A token the cut falls inside (`-2,000` after `(Reuters) `) stays with the sentence.
          let from = sentence.from;
          while (from < sentence.to && (split.tokens.end[from] as number) <= start) from++;
          // The rest keeps what the splitter found about its end (`unterminated`: a caption).
          sentence = { ...sentence, start, from };
        }
      }
      // Where capitals or spacing hid the boundaries, an over-long "sentence" is several run
      // together: cut it at secondary boundaries. In ordinary prose it is a list or a table run
      // into one line, whose pieces read badly; it stays whole, reported as `too-long`.
      const pieces = (shape.caseless || shape.tokenized) && wordsOf(sentence.from, sentence.to) > options.maxSentenceWords
        ? cutLongSentence(normalized, split.tokens, sentence, options.maxSentenceWords, wordsOf)
        : [sentence];
      (options.furniture ? pieces.flatMap((piece) => withoutWidgets(text, split.tokens, piece, block.paragraph, furniture, engine.furniture)) : pieces).forEach((piece, p) => {
        const { start, end, from, to } = piece;
        const sentenceText = text.slice(start, end);
        const sentenceWords = countWords(sentenceText);
        // A piece that lost its line break (`...such as this one in Glasgow`, a caption; a headline
        // run into the story) has no final punctuation: furniture, as the line would have been.
        const furnitureRule = !options.furniture
          ? undefined
          : piece.unterminated === true && sentenceWords <= MAX_UNTERMINATED_WORDS
            ? 'no-terminal-punctuation'
            : classifySentence(sentenceText, sentenceWords, insideQuote, engine.furniture);
        if (furnitureRule !== undefined) {
          furniture(start, end, block.paragraph, furnitureRule);
          return;
        }
        beforeProse = false;
        let filter: SegmentRule | undefined;
        if (sentenceWords < minSentenceWords) filter = 'too-short';
        else if (sentenceWords > options.maxSentenceWords) filter = 'too-long';
        const segment: Segment = filter === undefined
          ? { text: sentenceText, start, end, paragraph: block.paragraph, kind: 'sentence', index, candidate: true }
          : { text: sentenceText, start, end, paragraph: block.paragraph, kind: 'sentence', index, candidate: false, rule: filter };
        index++;
        segments.push(segment);
        sentences.push({
          segment,
          terms: segment.candidate ? analyze(split.tokens, from, to, options.isStop).terms : NO_TERMS,
          words: sentenceWords,
          paragraphStart: !opened,
          insideQuote,
        });
        opened = true;
        insideQuote = quoteOpenAfter(sentenceText, insideQuote);
      });
    });
    proseBlocks++;
  });
  return { segments, sentences, paragraphs, title, shape };
}

/** `end`, moved back over whitespace, no further than `start`. */
function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && isWhitespaceCode(text.charCodeAt(e - 1))) e--;
  return e;
}

/** `start`, moved on over whitespace, no further than `end`. */
function trimStart(text: string, start: number, end: number): number {
  let s = start;
  while (s < end && isWhitespaceCode(text.charCodeAt(s))) s++;
  return s;
}
