import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Client } from '../../../../shared/domain/client';
import { createCairnStore } from '../../store/cairn-store';
import { startAutosave, type Autosave } from '../../store/autosave';
import { createFakeApi, type FakeApiSeed } from '../../test/fake-api';
import { aClient, hydrateWithOpenClients } from '../../test/factories';
import { startSyncWatch, SYNC_POLL_OFF_MS, SYNC_POLL_ON_MS, type SyncWatch } from './sync-watch';

let autosave: Autosave | null = null;
let watch: SyncWatch | null = null;

const SYNC_ON = { enabled: true, serverUrl: 'https://couch.example.com', username: 'mara', password: 'secret' };

async function setup(seed: FakeApiSeed = {}) {
  const clients = seed.clients ?? [aClient()];
  const api = createFakeApi({ ...seed, clients });
  const store = createCairnStore();
  hydrateWithOpenClients(store, clients);
  autosave = startAutosave(store, api, { debounceMs: 10, retryDelaysMs: [10_000] });
  watch = startSyncWatch(store, api, autosave);
  await settle();
  return { api, store };
}

const settle = () => vi.advanceTimersByTimeAsync(0);
const statusReads = (api: ReturnType<typeof createFakeApi>) => api.callsOf('getSyncStatus').length;

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  watch?.stop();
  autosave?.stop();
  vi.useRealTimers();
});

describe('the sync watch', () => {
  it('reads the settings once and the status every 2 s while sync is on', async () => {
    const { api, store } = await setup({ sync: SYNC_ON });
    expect(store.getState().sync.settings).toMatchObject({ enabled: true, hasPassword: true, serverUrl: 'https://couch.example.com' });
    expect(store.getState().sync.settings).not.toHaveProperty('password');
    expect(statusReads(api)).toBe(1);
    await vi.advanceTimersByTimeAsync(SYNC_POLL_ON_MS * 3);
    expect(statusReads(api)).toBe(4);
    expect(api.callsOf('getSyncSettings')).toHaveLength(1);
  });

  it('asks only every 30 s while sync is off, and at once when it is turned on', async () => {
    const { api, store } = await setup();
    await vi.advanceTimersByTimeAsync(SYNC_POLL_ON_MS * 5);
    expect(statusReads(api)).toBe(1);
    await vi.advanceTimersByTimeAsync(SYNC_POLL_OFF_MS);
    expect(statusReads(api)).toBe(2);
    store.getState().setSyncSettingsView({ ...store.getState().sync.settings!, enabled: true });
    await settle();
    expect(statusReads(api)).toBe(3);
  });

  it('replaces a client a sync wrote on disk with the version read back, without saving it again', async () => {
    const { api, store } = await setup({ sync: SYNC_ON });
    api.writeFromSync(aClient({ name: 'Nordlicht Outdoor AG' }));
    await vi.advanceTimersByTimeAsync(SYNC_POLL_ON_MS);
    expect(api.callsOf('readClient')).toEqual([{ id: 'client-1' }]);
    expect(store.getState().docs['client-1']?.name).toBe('Nordlicht Outdoor AG');
    await vi.advanceTimersByTimeAsync(100);
    expect(api.callsOf('saveClient')).toEqual([]);
    // The same revision is not read twice.
    await vi.advanceTimersByTimeAsync(SYNC_POLL_ON_MS * 2);
    expect(api.callsOf('readClient')).toHaveLength(1);
  });

  it('never replaces a client whose edits are not saved yet (their save will meet the changed file)', async () => {
    const { api, store } = await setup({ sync: SYNC_ON });
    // Saves fail: the consultant's rename stays in memory, unsaved.
    api.failNext('saveClient', 'io', 1);
    store.getState().updateClient('client-1', { name: 'Nordlicht (my edit)' });
    api.writeFromSync(aClient({ name: 'Nordlicht Outdoor AG' }));
    await vi.advanceTimersByTimeAsync(SYNC_POLL_ON_MS);
    expect(api.callsOf('readClient')).toEqual([]);
    expect(store.getState().docs['client-1']?.name).toBe('Nordlicht (my edit)');
    expect(store.getState().save.failures['client-1']).toBeDefined();
  });

  it('adds a client a colleague shared when it first arrives', async () => {
    const { api, store } = await setup({ sync: SYNC_ON });
    const colleagues: Client = aClient({ id: 'client-2', name: 'Fjord Logistics' });
    api.writeFromSync(colleagues);
    api.setClientSync('client-2', { sharedBy: 'Anna Berg', state: 'synced' });
    await vi.advanceTimersByTimeAsync(SYNC_POLL_ON_MS);
    // Not opened yet: it joins the list as a summary; its document is read when it is opened.
    expect(store.getState().summaries['client-2']?.name).toBe('Fjord Logistics');
    expect(store.getState().docs['client-2']).toBeUndefined();
    expect(store.getState().sync.status?.clients.find((client) => client.clientId === 'client-2')?.sharedBy).toBe('Anna Berg');
    await vi.advanceTimersByTimeAsync(100);
    expect(api.callsOf('saveClient')).toEqual([]);
  });

  it('keeps the same status objects between polls that changed nothing', async () => {
    const { api, store } = await setup({ sync: SYNC_ON });
    api.setClientSync('client-1', { shared: true, state: 'synced' });
    await vi.advanceTimersByTimeAsync(SYNC_POLL_ON_MS);
    const before = store.getState().sync.status;
    await vi.advanceTimersByTimeAsync(SYNC_POLL_ON_MS);
    expect(store.getState().sync.status).toBe(before);
  });
});
