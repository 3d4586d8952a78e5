import type { ApiError } from '../../../shared/result';

/** Map a Node file-system error to a readable ApiError, or null if it is not one. */
export function describeFsError(error: unknown): ApiError | null {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return { code: 'disk-full', message: 'The disk is full. Free some space; Cairn keeps your changes and retries.' };
    case 'EROFS':
    case 'EACCES':
    case 'EPERM':
      return { code: 'read-only', message: 'Cairn cannot write to its data folder (read-only or no permission). Your changes are kept and retried.' };
    case 'EBUSY':
    case 'ETXTBSY':
    case 'EAGAIN':
      return { code: 'locked', message: 'The file is locked by another program. Cairn keeps your changes and retries.' };
    case 'ENOENT':
    case 'ENOTDIR':
    case 'EISDIR':
    case 'EIO':
    case 'EMFILE':
    case 'ENFILE':
      return { code: 'io', message: `The data folder could not be written (${code}). Your changes are kept and retried.` };
    default:
      return null;
  }
}
