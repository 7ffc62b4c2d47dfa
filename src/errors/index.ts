// The error model: one hierarchy under PrecisError, stable codes, one way to describe a received value.
export type { PrecisErrorCode } from './codes';
export { PrecisError, isPrecisError } from './precis-error';
export { PrecisTypeError } from './type-error';
export { PrecisRangeError } from './range-error';
export { BatchError, type BatchFailure } from './batch-error';
export { describe } from './describe';
