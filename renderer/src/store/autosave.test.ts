import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCairnStore } from './cairn-store';
import { startAutosave, type Autosave } from './autosave';
import { createFakeApi } from '../test/fake-api';
import { aClient, hydrateWithOpenClients } from '../test/factories';
import { selectSaveStatus } from './save.selectors';
import type { Client } from '../../../shared/domain/client';

let autosave: Autosave | null = null;

function setup(clients: Client[] = [aClient()]) {
  const api = createFakeApi({ clients });
  const store = createCairnStore();
  hydrateWithOpenClients(store, clients);
  autosave = startAutosave(store, api);
  const saves = () => api.callsOf('saveClient') as { client: Client }[];
  return { api, store, saves };
}

const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  autosave?.stop();
  vi.useRealTimers();
});

describe('startAutosave', () => {
  it('saves an edited client within one second of the last edit', async () => {
    const { store, saves } = setup();
    store.getState().updateClient('client-1', { notes: 'First workshop booked' });
    expect(selectSaveStatus(store.getState())).toBe('saving');
    await vi.advanceTimersByTimeAsync(999);
    expect(saves()).toHaveLength(1);
    expect(saves()[0]?.client.notes).toBe('First workshop booked');
    expect(selectSaveStatus(store.getState())).toBe('saved');
  });

  it('debounces a burst of keystrokes into one save of the latest text', async () => {
    const { store, saves } = setup();
    for (const notes of ['F', 'Fi', 'Fir', 'First']) {
      store.getState().updateClient('client-1', { notes }, 'notes');
      await vi.advanceTimersByTimeAsync(100);
    }
    await vi.advanceTimersByTimeAsync(300);
    expect(saves().map((call) => call.client.notes)).toEqual(['First']);
  });

  it('saves during an endless typing burst, so no edit waits more than a second for the disk', async () => {
    const { store, saves } = setup();
    // A keystroke every 150 ms for three seconds: the room never goes quiet for 300 ms.
    for (let index = 1; index <= 20; index++) {
      store.getState().updateClient('client-1', { notes: `note ${index}` }, 'notes');
      await vi.advanceTimersByTimeAsync(150);
    }
    const saved = saves().map((call) => call.client.notes);
    expect(saved.length).toBeGreaterThanOrEqual(3);
    // Every save carried an edit no older than a second.
    expect(saved[0]).toBe('note 6');
  });

  it('never saves a document that did not change', async () => {
    const { store, saves } = setup([aClient(), aClient({ id: 'client-2', name: 'Untouched' })]);
    store.getState().updateClient('client-1', { region: 'Bremen' });
    store.getState().selectClient('client-2');
    await vi.advanceTimersByTimeAsync(2_000);
    expect(saves().map((call) => call.client.id)).toEqual(['client-1']);
  });

  it('purges a client that leaves the workspace', async () => {
    const { api, store } = setup();
    store.getState().trashClient('client-1');
    store.getState().emptyTrash();
    await vi.advanceTimersByTimeAsync(500);
    expect(api.callsOf('purgeClient')).toEqual([{ id: 'client-1' }]);
    expect(api.stored.has('client-1')).toBe(false);
  });

  it('purges a created client when its creation is undone, and saves it again on redo', async () => {
    const { api, store } = setup([]);
    const id = store.getState().createClient({ name: 'Brief', industry: '', size: '', region: '' });
    await vi.advanceTimersByTimeAsync(500);
    expect(api.stored.has(id)).toBe(true);
    store.undo();
    await vi.advanceTimersByTimeAsync(500);
    expect(api.stored.has(id)).toBe(false);
    store.redo();
    await vi.advanceTimersByTimeAsync(500);
    expect(api.stored.get(id)?.name).toBe('Brief');
  });

  it('keeps the document dirty after a failure and retries with backoff until it succeeds', async () => {
    const { api, store, saves } = setup();
    api.failNext('saveClient', 'disk-full', 3);
    store.getState().updateClient('client-1', { notes: 'Keep me' });
    await vi.advanceTimersByTimeAsync(300);
    expect(saves()).toHaveLength(1);
    expect(selectSaveStatus(store.getState())).toBe('retrying');
    expect(store.getState().save.failures['client-1']).toMatchObject({ clientName: 'Nordlicht Outdoor', code: 'disk-full' });

    await vi.advanceTimersByTimeAsync(999);
    expect(saves()).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(saves()).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(saves()).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(4_999);
    expect(saves()).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(1);
    expect(saves()).toHaveLength(4);
    expect(api.stored.get('client-1')?.notes).toBe('Keep me');
    expect(selectSaveStatus(store.getState())).toBe('saved');
    expect(store.getState().save.failures).toEqual({});
  });

  it('retries every ten seconds once the backoff is exhausted', async () => {
    const { api, store, saves } = setup();
    api.failNext('saveClient', 'locked', 10);
    store.getState().updateClient('client-1', { notes: 'x' });
    await vi.advanceTimersByTimeAsync(300 + 1_000 + 2_000 + 5_000 + 10_000);
    expect(saves()).toHaveLength(5);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(saves()).toHaveLength(6);
  });

  it('does not hammer the disk on every keystroke while failing', async () => {
    const { api, store, saves } = setup();
    api.failNext('saveClient', 'read-only', 1);
    store.getState().updateClient('client-1', { notes: 'a' });
    await vi.advanceTimersByTimeAsync(300);
    store.getState().updateClient('client-1', { notes: 'ab' });
    await vi.advanceTimersByTimeAsync(400);
    expect(saves()).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(600);
    expect(saves().map((call) => call.client.notes)).toEqual(['a', 'ab']);
  });

  it('flushes at once without waiting for the debounce', async () => {
    const { store, saves } = setup();
    store.getState().updateClient('client-1', { notes: 'quit now' });
    await expect(autosave?.flush()).resolves.toBe(true);
    expect(saves()).toHaveLength(1);
    await settle();
  });

  it('reports a failed flush and resolves whenAllSaved after the retry succeeds', async () => {
    const { api, store } = setup();
    api.failNext('saveClient', 'io', 1);
    store.getState().updateClient('client-1', { notes: 'quit now' });
    await expect(autosave?.flush()).resolves.toBe(false);
    let saved = false;
    void autosave?.whenAllSaved().then(() => (saved = true));
    await settle();
    expect(saved).toBe(false);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(saved).toBe(true);
  });
});
