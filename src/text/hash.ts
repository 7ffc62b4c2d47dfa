/** FNV-1a's 32-bit offset basis and prime. */
export const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * Mixes one 16-bit code unit into a running 32-bit FNV-1a hash (start from {@link FNV_OFFSET}).
 *
 * @example
 * let h = FNV_OFFSET; for (const c of [104, 105]) h = fnv1aStep(h, c); // the hash of 'hi'
 */
export function fnv1aStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME);
}

/**
 * The FNV-1a hash of a string's UTF-16 code units, as an unsigned 32-bit integer.
 *
 * @example
 * fnv1a('') === 0x811c9dc5; // true
 */
export function fnv1a(text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) hash = fnv1aStep(hash, text.charCodeAt(i));
  return hash >>> 0;
}
