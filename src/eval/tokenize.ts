/**
 * ROUGE-1.5.5's tokenizer. The Perl script lower-cases A-Z, puts spaces around `-`, turns every
 * byte other than `A-Z a-z 0-9 -` into a space, splits on whitespace and drops the `-` tokens.
 * That is the same as taking the maximal runs of ASCII letters and digits: every other character
 * (any byte of a non-ASCII character included) separates tokens.
 */

/** True for the char codes of 0-9, A-Z and a-z. */
function isAsciiAlnum(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

/**
 * Split one sentence into ROUGE-1.5.5 tokens (before stemming): runs of ASCII letters and digits,
 * lower-cased. Non-ASCII letters, punctuation, hyphens and apostrophes all separate tokens.
 *
 * @example
 * tokenize("Café owners don't co-operate, 2x!"); // ['caf', 'owners', 'don', 't', 'co', 'operate', '2x']
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && !isAsciiAlnum(text.charCodeAt(i))) i++;
    const start = i;
    while (i < n && isAsciiAlnum(text.charCodeAt(i))) i++;
    // toLowerCase is safe here: the slice holds ASCII only, where it equals Perl's tr/A-Z/a-z/.
    if (i > start) tokens.push(text.slice(start, i).toLowerCase());
  }
  return tokens;
}
