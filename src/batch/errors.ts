export { BatchError, type BatchFailure } from '../errors/batch-error';
export { isClosedPipe, reason } from '../io/errno';
