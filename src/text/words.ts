import { isWhitespaceCode } from './whitespace';

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Longest word: no word of a language is longer (English's longest in use have about 45 letters),
 * so a longer run without whitespace (a URL, base64, a line of letters) counts as one word per 64
 * characters begun, as a reader would measure a run of text, not as a single word.
 */
export const MAX_WORD_CHARS = 64;

/** True for a UTF-16 code unit that is a letter or digit (a high surrogate: the pair is tested). */
function isWordCode(text: string, i: number, c: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  if (c >= 0xd800 && c <= 0xdbff) return WORD_CHAR.test(text.slice(i, i + 2));
  return WORD_CHAR.test(text[i] as string);
}

/**
 * Words as a reader counts them: the whitespace-separated parts of `text` that hold at least one
 * letter or digit (`don't`, `U.S.`, `$4` and `co-operate` are one word each; `--` and `»` none),
 * a part of more than {@link MAX_WORD_CHARS} characters counting one word per 64 characters begun.
 * This is the count of the `maxWords` budget, `minSentenceWords`/`maxSentenceWords`, the summary's
 * `stats.summaryWords`, and the words column of `precis eval`. One pass, no allocation.
 *
 * @example
 * countWords('He said -- "it\'s 3.5 times U.S. levels."'); // 7
 */
export function countWords(text: string): number {
  let n = 0;
  let start = -1; // where the current part began, -1 between parts
  let hasWord = false;
  const close = (end: number): void => {
    if (start !== -1 && hasWord) n += Math.max(1, Math.ceil((end - start) / MAX_WORD_CHARS));
    start = -1;
    hasWord = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isWhitespaceCode(c)) {
      close(i);
      continue;
    }
    if (start === -1) start = i;
    if (!hasWord && isWordCode(text, i, c)) hasWord = true;
  }
  close(text.length);
  return n;
}
