import type { HandlerDeps } from './handlers';
import type { Handlers } from './handler-types';
import { OperationError } from './operation-error';

type SharingOperation =
  | 'getSyncSettings'
  | 'setSyncSettings'
  | 'testSyncConnection'
  | 'getSyncStatus'
  | 'shareClient'
  | 'unshareClient'
  | 'syncNow'
  | 'previewSyncConflict'
  | 'resolveSyncConflict';

/** Sharing engagements through CouchDB (shared/ipc/contract-sharing.ts, docs/sync.md). */
export function createSharingHandlers(deps: HandlerDeps): Pick<Handlers, SharingOperation> {
  const sync = () => {
    if (!deps.sync) throw new OperationError('not-found', 'Sync is not available in this window.');
    return deps.sync;
  };
  return {
    getSyncSettings: () => sync().getSettings(),
    setSyncSettings: (update) => sync().setSettings(update),
    testSyncConnection: (request) => sync().testConnection(request),
    getSyncStatus: () => sync().status(),
    shareClient: ({ clientId }) => sync().share(clientId),
    unshareClient: ({ clientId }) => sync().unshare(clientId),
    syncNow: () => sync().syncNow(),
    previewSyncConflict: ({ clientId }) => sync().previewConflict(clientId),
    resolveSyncConflict: ({ previewId, decisions }) => sync().resolveConflict(previewId, decisions),
  };
}
