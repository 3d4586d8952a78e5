import { describe, expect, it } from 'vitest';
import { createFileGrants } from './file-grants';

describe('file grants', () => {
  it('hands out a token and the file name, never the folder', () => {
    const grants = createFileGrants(() => 'token-0001');
    expect(grants.grant('/home/ana/Exports/Nordlicht.xlsx', 'write')).toEqual({ token: 'token-0001', name: 'Nordlicht.xlsx' });
    expect(grants.resolve('token-0001', 'write')).toBe('/home/ana/Exports/Nordlicht.xlsx');
  });

  it('refuses a token it never issued, or one granted for the other mode', () => {
    const grants = createFileGrants(() => 'token-0001');
    grants.grant('/tmp/in.cairn', 'read');
    expect(grants.resolve('token-0001', 'write')).toBeNull();
    expect(grants.resolve('made-up-token', 'read')).toBeNull();
  });
});
