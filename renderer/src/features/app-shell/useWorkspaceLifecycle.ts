import { useEffect } from 'react';
import type { CairnApi } from '../../api/cairn-api';
import type { CairnStore } from '../../store/cairn-store';
import { startAutosave, type Autosave, type AutosaveOptions } from '../../store/autosave';
import { startOpenClients, type OpenClients } from '../../store/open-clients';
import { startSyncWatch, type SyncWatch } from '../sync/sync-watch';

/**
 * Open the workspace once (the client list; a client's document is read when it is opened
 * and memory holds the open clients only), then keep it saved: autosave on every change, flush when the
 * app asks before quitting (confirming only once everything is on disk) and when the page
 * is hidden or unloaded.
 */
export function useWorkspaceLifecycle(store: CairnStore, api: CairnApi, autosaveOptions?: AutosaveOptions): void {
  useEffect(() => {
    let cancelled = false;
    let autosave: Autosave | null = null;
    let openClients: OpenClients | null = null;
    let syncWatch: SyncWatch | null = null;

    void api
      .openWorkspace({})
      .then((result) => {
        if (cancelled) return;
        if (!result.ok) {
          store.getState().setLoadFailed(result.error.message);
          return;
        }
        store.hydrate(result.value);
        // The framework library is a convenience: when it cannot be read the clients still open.
        void store.getState().loadFrameworkLibrary(api);
        autosave = startAutosave(store, api, autosaveOptions);
        openClients = startOpenClients(store, api, autosave);
        syncWatch = startSyncWatch(store, api, autosave);
      })
      .catch((error: unknown) => {
        if (!cancelled) store.getState().setLoadFailed(error instanceof Error ? error.message : String(error));
      });

    const offFlush = api.onFlushRequest(() => {
      const current = autosave;
      if (!current) {
        void api.confirmFlushed({});
        return;
      }
      void current
        .flush()
        .then(() => current.whenAllSaved())
        .then(() => api.confirmFlushed({}));
    });
    const flushNow = () => void autosave?.flush();
    window.addEventListener('pagehide', flushNow);
    window.addEventListener('beforeunload', flushNow);

    return () => {
      cancelled = true;
      openClients?.stop();
      autosave?.stop();
      syncWatch?.stop();
      offFlush();
      window.removeEventListener('pagehide', flushNow);
      window.removeEventListener('beforeunload', flushNow);
    };
  }, [store, api, autosaveOptions]);
}
