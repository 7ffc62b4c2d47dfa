import { isUtf8 } from 'node:buffer';

/**
 * The offset of the first byte of `bytes` that is not part of well-formed UTF-8 (an invalid byte, a
 * truncated or overlong sequence, a surrogate, a code point above U+10FFFF), or -1 when all of it
 * is UTF-8. Decoding replaces each such maximal invalid subsequence by U+FFFD (WHATWG, and Python's
 * `errors='replace'`); this says where the first one is, for a warning a user can act on.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  if (isUtf8(bytes)) return -1; // the common case, at native speed
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    let length: number;
    let min: number;
    if (b < 0x80) {
      i += 1;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      length = 2;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      min = 0x10000;
    } else {
      return i;
    }
    if (i + length > bytes.length) return i;
    let code = b & (0xff >> (length + 1));
    for (let j = 1; j < length; j++) {
      const c = bytes[i + j]!;
      if ((c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += length;
  }
  return -1;
}
