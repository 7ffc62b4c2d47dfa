import type { PrecisErrorCode } from './codes';
import { BRAND } from './precis-error';

/**
 * A value of the right type outside its allowed range (e.g. `ratio: 1.5`): a `RangeError` that is
 * also `instanceof PrecisError`.
 *
 * @example
 * summarize(text, { ratio: 1.5 }); // throws PrecisRangeError, code 'ERR_INVALID_OPTION'
 */
export class PrecisRangeError extends RangeError {
  /** The stable code of the error (see {@link PrecisErrorCode}). */
  readonly code: PrecisErrorCode;

  constructor(code: PrecisErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = 'PrecisRangeError';
  }
}
Object.defineProperty(PrecisRangeError.prototype, BRAND, { value: true });
