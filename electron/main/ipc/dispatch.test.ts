import { describe, expect, it } from 'vitest';
import { buildDemoClient } from '../../../shared/demo/demo-client';
import { fsError } from '../services/fault-injecting-fs';
import { dispatch } from './dispatch';
import type { Handlers } from './handler-types';

const full = () => Promise.reject(fsError('ENOSPC', '/data/x'));
const handlers = { saveClient: full, backupWorkspace: full, exportClientFile: full, applyImport: full } as unknown as Handlers;

describe('dispatch on a full disk', () => {
  it.each([
    ['backupWorkspace', { fileToken: 'token-123456' }],
    ['exportClientFile', { clientId: 'c1', fileToken: 'token-123456' }],
    ['applyImport', { previewId: 'p1' }],
  ])('does not promise a retry for the one-shot %s', async (name, payload) => {
    expect(await dispatch(handlers, name, payload)).toEqual({ ok: false, error: { code: 'disk-full', message: 'The disk is full. Nothing was changed; free some space and try again.' } });
  });

  it('says autosave keeps the edit and retries', async () => {
    let n = 0;
    const client = buildDemoClient({ newId: () => `d-${(n += 1)}`, now: new Date('2026-01-01T00:00:00.000Z') });
    expect(await dispatch(handlers, 'saveClient', { client })).toEqual({ ok: false, error: { code: 'disk-full', message: 'The disk is full. Free some space; Cairn keeps your changes and retries.' } });
  });
});
