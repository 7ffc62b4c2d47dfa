import type { PrecisErrorCode } from './codes';
import { BRAND } from './precis-error';

/**
 * A value of the wrong type, an unknown option or options that conflict: a `TypeError` that is
 * also `instanceof PrecisError`.
 *
 * @example
 * summarize(text, { sentences: '3' }); // throws PrecisTypeError, code 'ERR_INVALID_OPTION'
 */
export class PrecisTypeError extends TypeError {
  /** The stable code of the error (see {@link PrecisErrorCode}). */
  readonly code: PrecisErrorCode;

  constructor(code: PrecisErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = 'PrecisTypeError';
  }
}
Object.defineProperty(PrecisTypeError.prototype, BRAND, { value: true });
