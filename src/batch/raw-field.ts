const QUOTE = 0x22;
const BACKSLASH = 0x5c;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** The index just past the string that opens at `at` (a `"`). */
function stringEnd(source: string, at: number): number {
  for (let i = at + 1; ; ) {
    const quote = source.indexOf('"', i);
    if (quote === -1) return source.length;
    let backslashes = 0;
    for (let j = quote - 1; source.charCodeAt(j) === BACKSLASH; j--) backslashes += 1;
    if (backslashes % 2 === 0) return quote + 1;
    i = quote + 1;
  }
}

/** The index just past the JSON value that starts at `at`. */
function valueEnd(source: string, at: number): number {
  const first = source.charCodeAt(at);
  if (first === QUOTE) return stringEnd(source, at);
  if (first === 0x7b || first === 0x5b) {
    let depth = 0;
    for (let i = at; i < source.length; i++) {
      const c = source.charCodeAt(i);
      if (c === QUOTE) i = stringEnd(source, i) - 1;
      else if (c === 0x7b || c === 0x5b) depth += 1;
      else if ((c === 0x7d || c === 0x5d) && --depth === 0) return i + 1;
    }
    return source.length;
  }
  let i = at;
  while (i < source.length) {
    const c = source.charCodeAt(i);
    if (c === 0x2c || c === 0x7d || c === 0x5d || isSpace(c)) break;
    i += 1;
  }
  return i;
}

/**
 * The JSON text of the value of the top-level key `field` in `source`, exactly as written
 * (`9007199254740993`, `1e2`, `"caf\u00e9"`), or `undefined` when the key is absent. `source` must
 * be a JSON object that `JSON.parse` accepted; like `JSON.parse`, the last of repeated keys wins.
 *
 * Parsing a number loses what a double cannot hold (`12345678901234567890` reads back as
 * `12345678901234567000`), so an id is copied from here, not printed from its value.
 *
 * @example
 * rawField('{"id": 1e2, "text": "..."}', 'id'); // '1e2'
 */
export function rawField(source: string, field: string): string | undefined {
  let found: string | undefined;
  let i = source.indexOf('{') + 1;
  const skip = (): void => {
    while (i < source.length && isSpace(source.charCodeAt(i))) i += 1;
  };
  while (i > 0 && i < source.length) {
    skip();
    if (source.charCodeAt(i) !== QUOTE) break; // `}`: the end of the object
    const keyEnd = stringEnd(source, i);
    const rawKey = source.slice(i, keyEnd);
    const key = rawKey.includes('\\') ? (JSON.parse(rawKey) as string) : rawKey.slice(1, -1);
    i = keyEnd;
    skip();
    i += 1; // `:`
    skip();
    const end = valueEnd(source, i);
    if (key === field) found = source.slice(i, end);
    i = end;
    skip();
    if (source.charCodeAt(i) !== 0x2c) break;
    i += 1;
  }
  return found;
}
