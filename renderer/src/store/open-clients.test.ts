import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { summarizeClient, type Client } from '../../../shared/domain/client';
import { DEFAULT_PROFILE } from '../../../shared/domain/preferences';
import { createCairnStore } from './cairn-store';
import { startAutosave, type Autosave } from './autosave';
import { startOpenClients, type OpenClients } from './open-clients';
import { listedClients } from './docs.selectors';
import { createFakeApi } from '../test/fake-api';
import { aClient } from '../test/factories';

let autosave: Autosave | null = null;
let openClients: OpenClients | null = null;

const clients = Array.from({ length: 8 }, (_, index) => aClient({ id: `c${index + 1}`, name: `Client ${index + 1}` }));

function setup(seed: Client[] = clients) {
  const api = createFakeApi({ clients: seed });
  const store = createCairnStore();
  store.hydrate({
    summaries: seed.map(summarizeClient),
    problems: [],
    preferences: { profile: DEFAULT_PROFILE, logoDataUrl: null, firstRunDone: true, recentClientIds: [] },
    dataDir: '/data',
    snapshotPolicy: '',
  });
  autosave = startAutosave(store, api, { debounceMs: 300, maxWaitMs: 800 });
  openClients = startOpenClients(store, api, autosave, { keep: 5 });
  const select = async (id: string) => {
    store.getState().selectClient(id);
    await vi.advanceTimersByTimeAsync(0);
  };
  const inMemory = () => Object.keys(store.getState().docs).sort();
  return { api, store, select, inMemory };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  openClients?.stop();
  autosave?.stop();
  vi.useRealTimers();
});

describe('startOpenClients', () => {
  it('starts with no document in memory and reads a client when it is opened, without saving it', async () => {
    const { api, store, select, inMemory } = setup();
    expect(inMemory()).toEqual([]);
    expect(listedClients(store.getState().docs, store.getState().summaries)).toHaveLength(8);
    store.getState().selectClient('c3');
    expect(store.getState().opening['c3']).toEqual({ status: 'loading' });
    await select('c3');
    expect(store.getState().docs['c3']).toEqual(clients[2]);
    expect(store.getState().opening['c3']).toBeUndefined();
    // Nothing to save, and the title bar never says "Saving…" for a client being opened.
    expect(store.getState().save.pending).toBe(false);
    expect(api.callsOf('readClient')).toEqual([{ id: 'c3' }]);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(api.callsOf('saveClient')).toEqual([]);
  });

  it('keeps the five clients opened last in memory and lists every client', async () => {
    const { store, select, inMemory } = setup();
    for (const id of ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7']) await select(id);
    expect(inMemory()).toEqual(['c3', 'c4', 'c5', 'c6', 'c7']);
    expect(Object.keys(store.getState().summaries).sort()).toEqual(['c1', 'c2', 'c8']);
    expect(listedClients(store.getState().docs, store.getState().summaries).map((client) => client.name).sort()).toEqual(clients.map((client) => client.name).sort());
    // Opening one again reads it again.
    await select('c1');
    expect(inMemory()).toEqual(['c1', 'c4', 'c5', 'c6', 'c7']);
  });

  it('never drops unsaved edits: a client waits in memory until it is saved, then leaves with its undo steps', async () => {
    const { api, store, select, inMemory } = setup();
    await select('c1');
    store.getState().updateClient('c1', { notes: 'Typed in the workshop' });
    api.failNext('saveClient', 'disk-full', 1);
    for (const id of ['c2', 'c3', 'c4', 'c5', 'c6']) await select(id);
    expect(inMemory()).toContain('c1');
    // The first save failed; the retry succeeds and the client leaves memory.
    await vi.advanceTimersByTimeAsync(3_000);
    expect(api.stored.get('c1')?.notes).toBe('Typed in the workshop');
    expect(inMemory()).toEqual(['c2', 'c3', 'c4', 'c5', 'c6']);
    expect(store.getState().summaries['c1']?.name).toBe('Client 1');
    // Undo cannot bring back a client that left memory, and nothing is purged.
    store.undo();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(inMemory()).not.toContain('c1');
    expect(api.callsOf('purgeClient')).toEqual([]);
  });

  it('purges clients in the trash that are not in memory when the trash is emptied', async () => {
    const trashed = aClient({ id: 't1', name: 'Old client', deletedAt: '2026-01-03T00:00:00.000Z' });
    const { api, store, select } = setup([...clients.slice(0, 2), trashed]);
    await select('c1');
    store.getState().emptyTrash();
    expect(store.getState().summaries['t1']).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(api.callsOf('purgeClient')).toEqual([{ id: 't1' }]);
    expect(store.getState().pendingPurges).toEqual([]);
    expect([...api.stored.keys()].sort()).toEqual(['c1', 'c2']);
  });

  it('says why a client could not be opened, and tries again when asked', async () => {
    const { api, store, select } = setup();
    api.failNext('readClient', 'io', 1);
    await select('c2');
    expect(store.getState().opening['c2']).toMatchObject({ status: 'failed' });
    store.getState().setOpening('c2', null);
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().docs['c2']).toEqual(clients[1]);
  });
});
