import type { ClientSyncStatus, SyncState, SyncStatus } from '../../../../shared/ipc/contract-sharing';
import { timeAgo } from '../../../../shared/format/relative-time';

/** What the consultant reads while the server cannot be reached: nothing else changes. */
export const OFFLINE_TEXT = 'Offline — changes are kept and will sync when the server is reachable';

/** A word or two per state, for the small mark in the client list. */
export const SYNC_STATE_LABEL: Record<SyncState, string> = {
  off: 'Sync off',
  synced: 'Synced',
  syncing: 'Syncing…',
  offline: 'Offline',
  conflict: 'Conflict',
  'no-access': 'No access',
  error: 'Sync error',
};

type StatusLine = Pick<ClientSyncStatus, 'state' | 'lastSyncedAt' | 'progress' | 'message'>;

/** "Syncing 40 of 120…" during a first sync with progress, otherwise "Syncing…". */
export function syncingText(progress: ClientSyncStatus['progress']): string {
  return progress && progress.total > 0 ? `Syncing ${progress.done} of ${progress.total}…` : 'Syncing…';
}

/** The short label of the list mark: the state, with progress while syncing. */
export function shortSyncLabel(status: StatusLine): string {
  return status.state === 'syncing' ? syncingText(status.progress) : SYNC_STATE_LABEL[status.state];
}

/** The full status line: "Synced 2 minutes ago", "Syncing 40 of 120…", the offline sentence, or the state and its reason. */
export function syncStatusText(status: StatusLine, now: string): string {
  switch (status.state) {
    case 'synced':
      return status.lastSyncedAt ? `Synced ${timeAgo(status.lastSyncedAt, now)}` : 'Synced';
    case 'syncing':
      return syncingText(status.progress);
    case 'offline':
      return OFFLINE_TEXT;
    case 'off':
      return 'Sync is off — turn it on in Settings ▸ Sync';
    default: {
      const label = status.state === 'conflict' ? 'Conflict with the server’s version' : SYNC_STATE_LABEL[status.state];
      const since = status.lastSyncedAt ? ` Last synced ${timeAgo(status.lastSyncedAt, now)}.` : '';
      return `${label}${status.message ? ` — ${status.message.replace(/\.$/, '')}` : ''}.${since}`;
    }
  }
}

/** The overall line beside the save status, counting clients in conflict or without access. */
export function overallSyncText(status: SyncStatus, now: string): string {
  const count = (state: SyncState) => status.clients.filter((client) => client.shared && client.state === state).length;
  const clients = (n: number) => `${n} client${n === 1 ? '' : 's'}`;
  switch (status.overall) {
    case 'syncing': {
      const first = status.clients.find((client) => client.state === 'syncing' && client.progress);
      return first ? syncingText(first.progress) : 'Syncing…';
    }
    case 'conflict':
      return `Sync conflict in ${clients(Math.max(1, count('conflict')))}`;
    case 'no-access':
      return `No access to ${clients(Math.max(1, count('no-access')))} on the server`;
    case 'error':
      return 'Sync error — see Settings ▸ Sync';
    default:
      return syncStatusText({ state: status.overall, lastSyncedAt: status.lastSyncedAt, progress: null, message: null }, now);
  }
}
