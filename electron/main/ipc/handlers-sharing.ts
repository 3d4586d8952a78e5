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

const notYet = (): never => {
  throw new OperationError('not-found', 'Sync with a CouchDB server is being built.');
};

/** Sharing engagements through CouchDB (shared/ipc/contract-sharing.ts). Being built: see issue 17. */
export function createSharingHandlers(deps: HandlerDeps): Pick<Handlers, SharingOperation> {
  void deps;
  return {
    getSyncSettings: async () => ({ serverUrl: '', username: '', hasPassword: false, enabled: false, canStorePassword: false }),
    setSyncSettings: async () => notYet(),
    testSyncConnection: async () => notYet(),
    getSyncStatus: async () => ({ overall: 'off', lastSyncedAt: null, clients: [], library: { state: 'off', lastSyncedAt: null, message: null } }),
    shareClient: async () => notYet(),
    unshareClient: async () => notYet(),
    syncNow: async () => notYet(),
    previewSyncConflict: async () => notYet(),
    resolveSyncConflict: async () => notYet(),
  };
}
