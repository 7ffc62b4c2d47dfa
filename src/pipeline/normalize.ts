/**
 * Characters wink-nlp drops silently (form feed, vertical tab, carriage return, NEL, U+1680, the
 * en and em quads U+2000 and U+2001, the six-per-em, figure and punctuation spaces U+2006 to
 * U+2008, U+2028, U+2029, U+3000, BOM), and the line breaks and tabs it turns into tokens of their
 * own (which would hide the space between two sentences). Replacing each with one space keeps every
 * offset in place, so offsets rebuilt from wink's tokens match the original input exactly; line
 * structure is read from the raw text before this.
 */
const DROPPED = /[\t\n\f\v\r\u0085\u1680\u2000\u2001\u2006-\u2008\u2028\u2029\u3000\uFEFF]/g;

/**
 * Returns `text` with the characters above replaced by spaces. The result has the same length as
 * the input.
 *
 * @example
 * normalize('a\r\nb\tc') // 'a  b c'
 */
export function normalize(text: string): string {
  return text.replace(DROPPED, ' ');
}
