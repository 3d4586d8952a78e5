import type { ClientSyncStatus, SyncSettingsView, SyncStatus } from '../../../shared/ipc/contract-sharing';
import type { SliceCreator } from './cairn-state';

export interface SyncSlice {
  sync: {
    /** What Settings ▸ Sync shows (never the password); null until first read. */
    settings: SyncSettingsView | null;
    /** The latest answer of getSyncStatus; null until first read. */
    status: SyncStatus | null;
    /** When that answer was read: the "now" of "Synced 2 minutes ago". */
    checkedAt: string | null;
    /** Bumped to ask the sync watch to read the status now (after sharing, resolving a conflict). */
    refreshRequest: number;
  };
  setSyncSettingsView(settings: SyncSettingsView): void;
  setSyncStatus(status: SyncStatus, checkedAt: string): void;
  /** One client's status, as shareClient / unshareClient answer it, until the next poll. */
  setClientSyncStatus(status: ClientSyncStatus): void;
  requestSyncRefresh(): void;
}

/** Keep the previous object where nothing changed, so a component showing one client re-renders only when that client's status does. */
function sharePrevious(previous: SyncStatus | null, next: SyncStatus): SyncStatus {
  if (!previous) return next;
  const before = new Map(previous.clients.map((client) => [client.clientId, client]));
  const clients = next.clients.map((client) => {
    const old = before.get(client.clientId);
    return old && JSON.stringify(old) === JSON.stringify(client) ? old : client;
  });
  const sameClients = clients.length === previous.clients.length && clients.every((client, index) => client === previous.clients[index]);
  const merged = { ...next, clients: sameClients ? previous.clients : clients };
  return sameClients && JSON.stringify(merged) === JSON.stringify(previous) ? previous : merged;
}

export const createSyncSlice: SliceCreator<SyncSlice> = (set, get) => ({
  sync: { settings: null, status: null, checkedAt: null, refreshRequest: 0 },
  setSyncSettingsView: (settings) => set((state) => void (state.sync.settings = settings)),
  setSyncStatus: (status, checkedAt) => {
    const shared = sharePrevious(get().sync.status, status);
    set((state) => {
      state.sync.status = shared;
      state.sync.checkedAt = checkedAt;
    });
  },
  setClientSyncStatus: (status) =>
    set((state) => {
      const current = state.sync.status ?? { overall: 'off', lastSyncedAt: null, clients: [], library: { state: 'off', lastSyncedAt: null, message: null } };
      current.clients = [...current.clients.filter((client) => client.clientId !== status.clientId), status];
      state.sync.status = current;
    }),
  requestSyncRefresh: () => set((state) => void (state.sync.refreshRequest += 1)),
});
