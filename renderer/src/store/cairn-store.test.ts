import { describe, expect, it } from 'vitest';
import { createCairnStore } from './cairn-store';
import { aClient, aStakeholder, hydrateWithOpenClients, manualClock, sequentialIds } from '../test/factories';

function setup() {
  const clock = manualClock();
  const store = createCairnStore({ now: clock.now, newId: sequentialIds() });
  hydrateWithOpenClients(store, [aClient()]);
  const name = () => store.getState().docs['client-1']?.name;
  return { store, clock, name };
}

describe('createCairnStore history', () => {
  it('starts with an empty history after loading the workspace', () => {
    const { store } = setup();
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('folds a typing burst on one field into a single undo step', () => {
    const { store, clock, name } = setup();
    for (const value of ['N', 'No', 'Nor', 'Nord']) {
      store.getState().updateClient('client-1', { name: value }, 'name');
      clock.advance(300);
    }
    expect(name()).toBe('Nord');
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    store.undo();
    expect(name()).toBe('Nordlicht Outdoor');
    store.redo();
    expect(name()).toBe('Nord');
  });

  it('starts a new step after a pause longer than the window', () => {
    const { store, clock, name } = setup();
    store.getState().updateClient('client-1', { name: 'A' }, 'name');
    clock.advance(1_500);
    store.getState().updateClient('client-1', { name: 'AB' }, 'name');
    store.undo();
    expect(name()).toBe('A');
  });

  it('starts a new step when another field is edited', () => {
    const { store } = setup();
    store.getState().updateClient('client-1', { name: 'A' }, 'name');
    store.getState().updateClient('client-1', { region: 'Bavaria' }, 'region');
    store.undo();
    expect(store.getState().docs['client-1']).toMatchObject({ name: 'A', region: 'Northern Germany' });
  });

  it('starts a new step after undo even within the window', () => {
    const { store, name } = setup();
    store.getState().updateClient('client-1', { name: 'A' }, 'name');
    store.getState().updateClient('client-1', { name: 'B' }, 'other');
    store.undo();
    store.getState().updateClient('client-1', { name: 'AC' }, 'name');
    store.undo();
    expect(name()).toBe('A');
  });

  it('makes every uncoalesced edit its own step', () => {
    const { store } = setup();
    store.getState().archiveClient('client-1');
    store.getState().trashClient('client-1');
    store.undo();
    expect(store.getState().docs['client-1']).toMatchObject({ deletedAt: null, archivedAt: '2026-03-01T10:00:00.000Z' });
    store.undo();
    expect(store.getState().docs['client-1']?.archivedAt).toBeNull();
  });

  it('does not record selection, filter or save-status changes as history', () => {
    const { store } = setup();
    store.getState().selectClient('client-1');
    store.getState().setSearch('nord');
    store.getState().setSaveProgress({ pending: true });
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('stamps new entities with the injected clock and ids', () => {
    const { store, clock } = setup();
    clock.advance(60_000);
    const id = store.getState().createClient({ name: ' Alpenblick ', industry: '', size: '', region: '' });
    expect(id).toBe('id-1');
    expect(store.getState().docs[id]).toMatchObject({
      name: 'Alpenblick',
      createdAt: '2026-03-01T10:01:00.000Z',
      updatedAt: '2026-03-01T10:01:00.000Z',
    });
  });

  it('updates the client and entity timestamps on edit', () => {
    const { store, clock } = setup();
    const personId = store.getState().addStakeholder('client-1', { ...aStakeholder(), name: 'Ida' });
    clock.advance(5_000);
    store.getState().updateStakeholder('client-1', personId ?? '', { interest: 2 });
    const client = store.getState().docs['client-1'];
    expect(client?.updatedAt).toBe('2026-03-01T10:00:05.000Z');
    expect(client?.stakeholders[0]).toMatchObject({ interest: 2, createdAt: '2026-03-01T10:00:00.000Z', updatedAt: '2026-03-01T10:00:05.000Z' });
  });

  it('keeps stakeholders when their department is removed, outside any department', () => {
    const { store } = setup();
    store.getState().toggleReferenceFunction('client-1', 'Marketing');
    const departmentId = store.getState().docs['client-1']?.functions[0]?.id ?? null;
    store.getState().addStakeholder('client-1', { ...aStakeholder(), departmentId });
    store.getState().toggleReferenceFunction('client-1', 'Marketing');
    const client = store.getState().docs['client-1'];
    expect(client?.functions).toEqual([]);
    expect(client?.stakeholders[0]?.departmentId).toBeNull();
  });

  it('leaves other documents untouched by reference when one is edited', () => {
    const clock = manualClock();
    const store = createCairnStore({ now: clock.now });
    hydrateWithOpenClients(store, [aClient(), aClient({ id: 'client-2', name: 'Other' })]);
    const before = store.getState().docs['client-2'];
    store.getState().updateClient('client-1', { notes: 'x' });
    expect(store.getState().docs['client-2']).toBe(before);
  });

  it('adds an externally restored document to every past and future state', () => {
    const { store } = setup();
    store.getState().updateClient('client-1', { name: 'A' });
    store.getState().updateClient('client-1', { name: 'B' });
    store.undo();
    store.injectExternalDoc(aClient({ id: 'restored', name: 'Restored Co' }));
    store.undo();
    expect(store.getState().docs['restored']?.name).toBe('Restored Co');
    store.redo();
    store.redo();
    expect(store.getState().docs['restored']?.name).toBe('Restored Co');
    expect(store.getState().docs['client-1']?.name).toBe('B');
  });

  it('replaces a client with a snapshot as one undoable edit, keeping its id', () => {
    const { store, name } = setup();
    store.getState().replaceClientContent('client-1', aClient({ id: 'client-1', name: 'From snapshot', notes: 'old notes' }));
    expect(name()).toBe('From snapshot');
    store.undo();
    expect(name()).toBe('Nordlicht Outdoor');
  });
});
