/**
 * Errors cross the IPC bridge as data, never as thrown exceptions.
 * `message` is one sentence a consultant can read; `code` is what code branches on.
 */
export const ERROR_CODES = [
  'invalid-request',
  'not-found',
  'disk-full',
  'read-only',
  'locked',
  /** The document on disk changed since it was read (another process, a sync tool): nothing was written. */
  'conflict',
  'io',
  'forbidden',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });
