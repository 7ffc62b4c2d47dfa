/**
 * Stable error codes. A code never changes meaning once published, so callers may branch on it.
 */
export type PrecisErrorCode =
  | 'ERR_INVALID_TEXT'
  | 'ERR_INVALID_OPTION'
  | 'ERR_UNKNOWN_OPTION'
  | 'ERR_CONFLICTING_OPTIONS'
  | 'ERR_INVALID_IDF'
  | 'ERR_INVALID_NLP'
  | 'ERR_NLP_FAILED'
  | 'ERR_INPUT_TOO_LONG';

const BRAND: unique symbol = Symbol.for('precis.error');

/**
 * The class every error thrown by precis is an instance of.
 *
 * precis throws {@link PrecisTypeError} (a `TypeError`: wrong type, unknown or conflicting
 * option) and {@link PrecisRangeError} (a `RangeError`: right type, value out of range).
 * Both are `instanceof PrecisError` and carry a stable {@link PrecisErrorCode}.
 *
 * @example
 * try { summarize(text, { sentences: 0 }); }
 * catch (error) { if (error instanceof PrecisError) console.log(error.code); } // 'ERR_INVALID_OPTION'
 */
export class PrecisError extends Error {
  readonly code: PrecisErrorCode;

  constructor(code: PrecisErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = 'PrecisError';
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true;
  }
}
Object.defineProperty(PrecisError.prototype, BRAND, { value: true });

/** A value of the wrong type, an unknown option or options that conflict. */
export class PrecisTypeError extends TypeError {
  readonly code: PrecisErrorCode;

  constructor(code: PrecisErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = 'PrecisTypeError';
  }
}
Object.defineProperty(PrecisTypeError.prototype, BRAND, { value: true });

/** A value of the right type outside its allowed range (e.g. `ratio: 1.5`). */
export class PrecisRangeError extends RangeError {
  readonly code: PrecisErrorCode;

  constructor(code: PrecisErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = 'PrecisRangeError';
  }
}
Object.defineProperty(PrecisRangeError.prototype, BRAND, { value: true });

/** True when `value` is an error thrown by precis. */
export function isPrecisError(value: unknown): value is PrecisTypeError | PrecisRangeError {
  return value instanceof PrecisError;
}

/** Describes a received value for error messages, e.g. `` `0` (number) ``. */
export function describe(value: unknown): string {
  try {
    return describeValue(value);
  } catch {
    return 'a value that cannot be inspected (a revoked proxy or a throwing getter)';
  }
}

function describeValue(value: unknown): string {
  if (value === null) return '`null`';
  if (value === undefined) return '`undefined`';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `\`${JSON.stringify(shown)}\` (string)`;
  }
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (typeof value === 'object') return `an object (${Object.prototype.toString.call(value).slice(8, -1)})`;
  if (typeof value === 'function') return 'a function';
  return `\`${String(value)}\` (${typeof value})`;
}
