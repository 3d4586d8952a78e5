import { describe, expect, it } from 'vitest';
import { describeFsError } from './fs-errors';

const fsError = (code: string) => Object.assign(new Error(code), { code });

describe('describeFsError', () => {
  it.each(['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EBUSY', 'EIO'])('promises no retry for a one-shot operation (%s)', (code) => {
    const described = describeFsError(fsError(code));
    expect(described?.message).not.toMatch(/retr/i);
    expect(described?.message).toMatch(/Nothing was changed/);
  });

  it('says autosave keeps the edit and retries', () => {
    expect(describeFsError(fsError('ENOSPC'), { retried: true })).toEqual({ code: 'disk-full', message: 'The disk is full. Free some space; Cairn keeps your changes and retries.' });
  });

  it('leaves other errors alone', () => {
    expect(describeFsError(new Error('boom'))).toBeNull();
  });
});
