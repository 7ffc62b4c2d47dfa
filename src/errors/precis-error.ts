import type { PrecisErrorCode } from './codes';

/** Marks every precis error, so that `instanceof PrecisError` holds across copies of the package. */
export const BRAND: unique symbol = Symbol.for('precis.error');

/**
 * The class every error thrown by precis is an instance of, with a stable {@link PrecisErrorCode}.
 *
 * Invalid arguments throw {@link PrecisTypeError} (a `TypeError`: wrong type, unknown or conflicting
 * option) or {@link PrecisRangeError} (a `RangeError`: right type, value out of range), so that code
 * written for the built-in errors keeps working; both are `instanceof PrecisError` too.
 *
 * @example
 * try { summarize(text, { sentences: 0 }); }
 * catch (error) { if (error instanceof PrecisError) console.log(error.code); } // 'ERR_INVALID_OPTION'
 */
export class PrecisError extends Error {
  /** The stable code of the error (see {@link PrecisErrorCode}). */
  readonly code: PrecisErrorCode;

  constructor(code: PrecisErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = 'PrecisError';
  }

  /** True for an error from any copy of precis (ESM or CJS, any entry), `PrecisTypeError` and `PrecisRangeError` included. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // Subclasses (BatchError) keep the ordinary prototype test; PrecisError itself matches the brand,
    // which PrecisTypeError and PrecisRangeError carry without PrecisError in their prototype chain.
    if (this !== PrecisError) return Function.prototype[Symbol.hasInstance].call(this, value);
    return typeof value === 'object' && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true;
  }
}
Object.defineProperty(PrecisError.prototype, BRAND, { value: true });

/**
 * True when `value` is an error thrown by precis.
 *
 * @example
 * if (isPrecisError(error)) console.error(error.code, error.message);
 */
export function isPrecisError(value: unknown): value is PrecisError {
  return value instanceof PrecisError;
}
