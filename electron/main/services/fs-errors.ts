import type { ApiError } from '../../../shared/result';

export interface FsErrorContext {
  /**
   * True only for autosave's own writes (saving and purging a client), which the renderer
   * retries with the edit kept in memory. One-shot operations (export, import, backup,
   * restore) are not retried, so their messages must not say they will be.
   */
  retried?: boolean;
}

/** Map a Node file-system error to a readable ApiError, or null if it is not one. */
export function describeFsError(error: unknown, context: FsErrorContext = {}): ApiError | null {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  const after = context.retried ? ' Cairn keeps your changes and retries.' : ' Nothing was changed; try again once that is sorted out.';
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return { code: 'disk-full', message: context.retried ? 'The disk is full. Free some space; Cairn keeps your changes and retries.' : 'The disk is full. Nothing was changed; free some space and try again.' };
    case 'EROFS':
    case 'EACCES':
    case 'EPERM':
      return {
        code: 'read-only',
        message: context.retried
          ? 'Cairn cannot write to its data folder (read-only or no permission). Your changes are kept and retried.'
          : 'Cairn may not write there (read-only or no permission). Nothing was changed.',
      };
    case 'EBUSY':
    case 'ETXTBSY':
    case 'EAGAIN':
      return { code: 'locked', message: `The file is locked by another program.${after}` };
    case 'ENOENT':
    case 'ENOTDIR':
    case 'EISDIR':
    case 'EIO':
    case 'EMFILE':
    case 'ENFILE':
      return { code: 'io', message: context.retried ? `The data folder could not be written (${code}). Your changes are kept and retried.` : `A file could not be read or written (${code}).${after}` };
    default:
      return null;
  }
}
