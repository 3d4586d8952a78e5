import { describe, expect, it } from 'vitest';
import type { ClientSyncStatus, SyncStatus } from '../../../../shared/ipc/contract-sharing';
import { OFFLINE_TEXT, overallSyncText, shortSyncLabel, syncStatusText } from './sync-text';

const now = '2026-12-03T10:00:00.000Z';
const line = (patch: Partial<ClientSyncStatus>): ClientSyncStatus => ({
  clientId: 'c1',
  shared: true,
  sharedBy: null,
  state: 'synced',
  lastSyncedAt: '2026-12-03T09:58:00.000Z',
  progress: null,
  message: null,
  localRevision: null,
  ...patch,
});

describe('syncStatusText', () => {
  it.each<[Partial<ClientSyncStatus>, string]>([
    [{}, 'Synced 2 minutes ago'],
    [{ lastSyncedAt: '2026-12-03T09:59:40.000Z' }, 'Synced just now'],
    [{ lastSyncedAt: null }, 'Synced'],
    [{ state: 'syncing', progress: { done: 40, total: 120 } }, 'Syncing 40 of 120…'],
    [{ state: 'syncing' }, 'Syncing…'],
    [{ state: 'offline' }, OFFLINE_TEXT],
    [{ state: 'conflict', message: null }, 'Conflict with the server’s version. Last synced 2 minutes ago.'],
    [{ state: 'no-access', message: 'Your user may not read this database.', lastSyncedAt: null }, 'No access — Your user may not read this database.'],
    [{ state: 'error', message: 'The server answered 500', lastSyncedAt: null }, 'Sync error — The server answered 500.'],
  ])('%o reads "%s"', (patch, expected) => {
    expect(syncStatusText(line(patch), now)).toBe(expected);
  });

  it('says offline in the words the consultant is promised', () => {
    expect(OFFLINE_TEXT).toBe('Offline — changes are kept and will sync when the server is reachable');
  });
});

describe('shortSyncLabel', () => {
  it('names the state, with progress while syncing', () => {
    expect(shortSyncLabel(line({}))).toBe('Synced');
    expect(shortSyncLabel(line({ state: 'syncing', progress: { done: 3, total: 9 } }))).toBe('Syncing 3 of 9…');
    expect(shortSyncLabel(line({ state: 'no-access' }))).toBe('No access');
    expect(shortSyncLabel(line({ state: 'conflict' }))).toBe('Conflict');
  });
});

describe('overallSyncText', () => {
  const status = (patch: Partial<SyncStatus>, clients: ClientSyncStatus[] = []): SyncStatus => ({
    overall: 'synced',
    lastSyncedAt: '2026-12-03T09:58:00.000Z',
    clients,
    library: { state: 'synced', lastSyncedAt: null, message: null },
    ...patch,
  });

  it('tells when everything last synced', () => {
    expect(overallSyncText(status({}), now)).toBe('Synced 2 minutes ago');
  });
  it('shows the progress of a big first sync', () => {
    expect(overallSyncText(status({ overall: 'syncing' }, [line({ state: 'syncing', progress: { done: 40, total: 120 } })]), now)).toBe('Syncing 40 of 120…');
  });
  it('says offline without alarm', () => {
    expect(overallSyncText(status({ overall: 'offline' }), now)).toBe(OFFLINE_TEXT);
  });
  it('counts the clients in conflict or without access', () => {
    const clients = [line({ clientId: 'a', state: 'conflict' }), line({ clientId: 'b', state: 'conflict' }), line({ clientId: 'c', state: 'no-access' })];
    expect(overallSyncText(status({ overall: 'conflict' }, clients), now)).toBe('Sync conflict in 2 clients');
    expect(overallSyncText(status({ overall: 'no-access' }, clients), now)).toBe('No access to 1 client on the server');
  });
});
