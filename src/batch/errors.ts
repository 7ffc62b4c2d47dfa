export { BatchError, type BatchFailure } from '../entries/internal';
export { isClosedPipe, reason } from '../io/errno';
