import type { WinkNlp } from '../language/wink/nlp';
import { splitSentences, type SplitSentence } from './sentences';
import type { TextShape } from './shape';

/**
 * Most characters wink reads in one pass. wink keeps four numbers per token and precis reads
 * several values per token, about 100 to 150 bytes per token at the peak; a block of one token per
 * character (letters of two scripts alternating, with no space) took 1.1 GB of heap for 10 million
 * characters read in one pass. A longer block is read in windows of at most this many characters,
 * so a pass never holds more than about 15 MB, however long the block.
 */
export const MAX_WINDOW = 100_000;

/** Ends a sentence when followed by whitespace: terminal punctuation, closing quotes or brackets after it. */
const TERMINAL = /[.!?…]["'”’»)\]]*$/;
const SPACE = /\s/;

function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && SPACE.test(text[i] as string));
}

/**
 * The windows `[start, end)` in which to read the block `text[start, end)` (a single window when it
 * is at most `max` characters long, as any paragraph of an article is). A window ends, by
 * preference, at the last sentence end (terminal punctuation, then whitespace) in its second half;
 * else at its last whitespace; else (a run of `max` characters without a space) at `max`
 * characters, never between the two halves of a surrogate pair. The next window starts at the
 * next non-space character. Windows depend only on the text, so results stay deterministic; a
 * sentence longer than a window (far too long to be a candidate) is read as several.
 */
export function readingWindows(text: string, start: number, end: number, max = MAX_WINDOW): [number, number][] {
  const windows: [number, number][] = [];
  let from = start;
  while (end - from > max) {
    const limit = from + max;
    let cut = -1;
    let space = -1;
    // Backwards from the limit over the window's second half: the first whitespace that follows a
    // sentence end, remembering the last whitespace as the fallback.
    for (let i = limit; i > from + max / 2; i--) {
      if (!isSpace(text, i)) continue;
      if (space < 0) space = i;
      if (!isSpace(text, i - 1) && TERMINAL.test(text.slice(Math.max(from, i - 8), i))) {
        cut = i;
        break;
      }
    }
    if (cut < 0) cut = space;
    if (cut < 0) {
      cut = limit;
      if ((text.charCodeAt(cut) & 0xfc00) === 0xdc00 && (text.charCodeAt(cut - 1) & 0xfc00) === 0xd800) cut--;
    }
    let stop = cut;
    while (stop > from && isSpace(text, stop - 1)) stop--;
    windows.push([from, stop]);
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
  nlp: WinkNlp,
  text: string,
  start: number,
  end: number,
  shape: TextShape,
  each: (split: ReturnType<typeof splitSentences>, sentence: SplitSentence, index: number) => void,
): void {
  let index = 0;
  for (const [from, to] of readingWindows(text, start, end)) {
    const split = splitSentences(nlp, text, from, to, shape);
    for (const sentence of split.sentences) each(split, sentence, index++);
  }
}
