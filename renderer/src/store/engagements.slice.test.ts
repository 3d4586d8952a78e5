import { describe, expect, it } from 'vitest';
import { createCairnStore } from './cairn-store';
import { aClient } from '../test/factories';

function storeWithClient() {
  let n = 0;
  const store = createCairnStore({ now: () => new Date('2026-11-22T10:00:00.000Z'), newId: () => `id-${++n}` });
  const client = aClient({ id: 'client-1', name: 'Nordlicht' });
  store.getState().addClient(client);
  return store;
}

describe('engagements slice', () => {
  it('adds an engagement with timestamps and undoes it as one step', () => {
    const store = storeWithClient();
    const id = store.getState().addEngagement('client-1', { title: 'Baseline 2025', startDate: '2025-11-01', endDate: null, scope: '', status: 'active' });
    expect(store.getState().docs['client-1']!.engagements).toEqual([
      expect.objectContaining({ id, title: 'Baseline 2025', createdAt: '2026-11-22T10:00:00.000Z' }),
    ]);
    store.undo();
    expect(store.getState().docs['client-1']!.engagements).toEqual([]);
  });

  it('refuses to remove an engagement that an assessment belongs to, and says why', () => {
    const store = storeWithClient();
    const id = store.getState().addEngagement('client-1', { title: 'Baseline', startDate: null, endDate: null, scope: '', status: 'active' })!;
    store.setState((state) => {
      state.docs['client-1']!.audits.push({ engagementId: id } as never);
    });
    expect(store.getState().removeEngagement('client-1', id)).toBe('This engagement still has 1 audit; move or delete them first.');
    expect(store.getState().docs['client-1']!.engagements).toHaveLength(1);
  });

  it('removes an engagement nothing belongs to', () => {
    const store = storeWithClient();
    const id = store.getState().addEngagement('client-1', { title: 'Scratch', startDate: null, endDate: null, scope: '', status: 'planned' })!;
    expect(store.getState().removeEngagement('client-1', id)).toBeNull();
    expect(store.getState().docs['client-1']!.engagements).toEqual([]);
  });
});
