import type { ClientSyncStatus, SyncState } from '../../../shared/ipc/contract-sharing';
import type { CairnState } from './cairn-state';

/** Sync is configured and turned on in Settings ▸ Sync. */
export const selectSyncEnabled = (state: CairnState): boolean => state.sync.settings?.enabled === true;

/** One client's sync status (a stable reference between polls that did not change it), or null. */
export const selectClientSync =
  (clientId: string) =>
  (state: CairnState): ClientSyncStatus | null =>
    state.sync.status?.clients.find((client) => client.clientId === clientId) ?? null;

/** The overall state shown beside the save status: null while sync is off or not yet known. */
export const selectOverallSync = (state: CairnState): SyncState | null => {
  const overall = state.sync.status?.overall;
  return overall && overall !== 'off' ? overall : null;
};

const NO_CLIENTS: ClientSyncStatus[] = [];

/** Every client's sync status (the same array between polls that changed nothing). */
export const selectSyncClients = (state: CairnState): ClientSyncStatus[] => state.sync.status?.clients ?? NO_CLIENTS;
