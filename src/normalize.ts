/**
 * Characters wink-nlp drops silently. Replacing each with one space keeps every offset in place, so
 * offsets rebuilt from wink's tokens match the original input exactly.
 */
const DROPPED = /[\f\v\r\u0085\u2028\u2029\uFEFF]/g;

/**
 * Returns `text` with the characters wink drops (form feed, vertical tab, carriage return, NEL,
 * U+2028, U+2029, BOM) replaced by spaces. The result has the same length as the input.
 *
 * @example
 * normalize('a\r\nb') // 'a \nb'
 */
export function normalize(text: string): string {
  return text.replace(DROPPED, ' ');
}
