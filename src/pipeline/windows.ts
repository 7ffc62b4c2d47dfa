import type { Engine, Split, SplitSentence } from '../language/engine';
import type { TextShape } from './shape';

/**
 * Characters of a long block wink reads in one pass, when the block has sentence ends to cut at.
 * wink keeps four numbers per token and precis reads several values per token, about 100 to 150
 * bytes per token at the peak; a block longer than this (a book without blank lines, say) is read
 * in windows of about this many characters, cut only where a sentence clearly ends, so that the
 * sentences are those of one pass. A block without such a place (a run without spaces, a text
 * without full stops) is read in one pass: cutting it would change its sentences. `maxInputChars`
 * bounds that case.
 */
export const MAX_WINDOW = 100_000;

/**
 * A clear sentence end: a word of at least four lower-case letters (not an abbreviation such as
 * `Mr.`, `U.S.`, `Inc.`), terminal punctuation, closing quotes or brackets; then whitespace and a
 * capital or an opening quote.
 */
const SENTENCE_END = /\p{Ll}{4}[.!?…]["'”’»)\]]*\s+["'“‘(]?\p{Lu}/uy;

/**
 * True when a window may end at offset `i`: the whitespace there closes a clear sentence end that
 * starts in `text[i - 12, i - 4)` (four letters, the mark, at most seven closing characters).
 */
function sentenceEndAt(text: string, i: number, from: number): boolean {
  // The whitespace at `i` must follow the punctuation and its closing characters.
  for (let k = Math.max(from, i - 12); k < i - 4; k++) {
    SENTENCE_END.lastIndex = k;
    const m = SENTENCE_END.exec(text);
    if (m !== null && k + m[0].search(/\s/u) === i) return true;
  }
  return false;
}

const SPACE = /\s/;

function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && SPACE.test(text[i] as string));
}

/**
 * The windows `[start, end)` in which to read the block `text[start, end)`: a single window when it
 * is at most `max` characters long (any paragraph of an article), or when it has no clear sentence
 * end to cut at. Otherwise a window ends at the last clear sentence end before `max` characters
 * (or the first after, when its second half has none); the next one starts at the next non-space
 * character. Windows depend only on the text, so results stay deterministic.
 */
export function readingWindows(text: string, start: number, end: number, max = MAX_WINDOW): [number, number][] {
  const windows: [number, number][] = [];
  let from = start;
  while (end - from > max) {
    let cut = -1;
    // Backwards from the limit over the window's second half, then forwards past the limit.
    for (let i = from + max; i > from + max / 2 && cut < 0; i--) if (isSpace(text, i) && !isSpace(text, i - 1) && sentenceEndAt(text, i, from)) cut = i;
    for (let i = from + max + 1; i < end && cut < 0; i++) if (isSpace(text, i) && !isSpace(text, i - 1) && sentenceEndAt(text, i, from)) cut = i;
    if (cut < 0) break;
    windows.push([from, cut]);
    from = cut;
    while (from < end && isSpace(text, from)) from++;
  }
  if (from < end) windows.push([from, end]);
  return windows;
}

/**
 * Calls `each` for every sentence of the block `text[start, end)` (read as a text of `shape`) with the split of its window
 * and the sentence's number in the block, one window at a time (so only one window's tokens are
 * alive at once).
 */
export function eachSentence(
  engine: Engine,
  text: string,
  start: number,
  end: number,
  shape: TextShape,
  each: (split: Split, sentence: SplitSentence, index: number) => void,
): void {
  let index = 0;
  for (const [from, to] of readingWindows(text, start, end)) {
    const split = engine.split(text, from, to, shape);
    for (const sentence of split.sentences) each(split, sentence, index++);
  }
}
