import { isWhitespaceCode } from './whitespace';

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True for a UTF-16 code unit that is a letter or digit (surrogate halves: see `countWords`). */
function isWordCode(text: string, i: number, c: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  if (c >= 0xd800 && c <= 0xdbff) return WORD_CHAR.test(text.slice(i, i + 2));
  return WORD_CHAR.test(text[i] as string);
}

/**
 * Words as a reader counts them: the whitespace-separated parts of `text` that hold at least one
 * letter or digit (`don't`, `U.S.`, `$4` and `co-operate` are one word each; `--` and `»` none).
 * This is the count of the `maxWords` budget, `minSentenceWords`/`maxSentenceWords`, the summary's
 * `stats.summaryWords`, and the words column of `precis eval`. One pass, no allocation.
 *
 * @example
 * countWords('He said -- "it\'s 3.5 times U.S. levels."'); // 6
 */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isWhitespaceCode(c)) inWord = false;
    else if (!inWord && isWordCode(text, i, c)) {
      n++;
      inWord = true;
    }
  }
  return n;
}
