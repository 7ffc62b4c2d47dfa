/**
 * True for the UTF-16 code units JavaScript's `\s` matches (ASCII tab to carriage return, space,
 * no-break space, U+1680, U+2000 to U+200A, the line and paragraph separators, U+202F, U+205F,
 * U+3000 and the byte order mark), without a regular expression.
 *
 * @example
 * isWhitespaceCode(' '.charCodeAt(0)); // true
 * isWhitespaceCode(0x200b);            // false (a zero-width space is not whitespace to `\s`)
 */
export function isWhitespaceCode(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
