import type { ErrorCode } from '../../../shared/result';

/** An expected failure with a message a consultant can read (crosses the bridge as data). */
export class OperationError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'OperationError';
  }
}
