import type { CairnApi } from '../../../../shared/ipc/contract';
import type { Autosave } from '../../store/autosave';
import type { CairnStore } from '../../store/cairn-store';

export type SyncWatchApi = Pick<CairnApi, 'getSyncSettings' | 'getSyncStatus' | 'readClient'>;

export interface SyncWatchOptions {
  /** Between status reads while sync is on. */
  enabledIntervalMs?: number;
  /** Between status reads while sync is off (Settings may turn it on from another window). */
  idleIntervalMs?: number;
  now?: () => Date;
}

export interface SyncWatch {
  /** Read the status now (after Settings changed or a client was shared). */
  refresh(): Promise<void>;
  stop(): void;
}

export const SYNC_POLL_ON_MS = 2_000;
export const SYNC_POLL_OFF_MS = 30_000;

/**
 * The one place that asks main how sync stands: it keeps the sync slice current and, when
 * a sync wrote a client on disk (its `localRevision` moved), re-reads that client and puts
 * it in the store in place of the old one, unless the consultant has edits of it not yet
 * saved: those are never replaced; their save meets the changed file and the merge flow
 * of a save conflict takes over. A client a colleague shared that arrives for the first
 * time is added the same way.
 */
export function startSyncWatch(store: CairnStore, api: SyncWatchApi, autosave: Pick<Autosave, 'isDirty' | 'adopt'>, options: SyncWatchOptions = {}): SyncWatch {
  const onMs = options.enabledIntervalMs ?? SYNC_POLL_ON_MS;
  const offMs = options.idleIntervalMs ?? SYNC_POLL_OFF_MS;
  const now = options.now ?? (() => new Date());
  /** The revision of each client the store holds as read; a different one means sync wrote it. */
  const seen = new Map<string, string>();
  let baselineTaken = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;

  const hasLocalEdits = (clientId: string) => autosave.isDirty(clientId) || clientId in store.getState().save.failures;

  const takeIn = async (clientId: string, revision: string) => {
    if (hasLocalEdits(clientId)) return;
    const result = await api.readClient({ id: clientId });
    if (stopped) return;
    if (!result.ok) {
      // Gone from disk meanwhile: nothing to show; a later revision is read again.
      if (result.error.code === 'not-found') seen.set(clientId, revision);
      return;
    }
    // An edit typed while the file was being read wins; its save will meet the changed file.
    if (hasLocalEdits(clientId)) return;
    if (clientId in store.getState().docs) {
      autosave.adopt(result.value);
      store.injectExternalDoc(result.value);
    } else {
      // Not open: memory keeps its summary only (the list shows the new name, counts…).
      store.listExternalClient(result.value);
    }
    seen.set(clientId, revision);
  };

  const poll = async () => {
    const result = await api.getSyncStatus({});
    if (stopped || !result.ok) return;
    const status = result.value;
    store.getState().setSyncStatus(status, now().toISOString());
    const { docs, summaries } = store.getState();
    const changed: [string, string][] = [];
    for (const client of status.clients) {
      if (client.localRevision === null || seen.get(client.clientId) === client.localRevision) continue;
      // The documents opened with the workspace are current: their first revision is only noted.
      if (!baselineTaken && (client.clientId in docs || client.clientId in summaries)) seen.set(client.clientId, client.localRevision);
      else changed.push([client.clientId, client.localRevision]);
    }
    baselineTaken = true;
    for (const [clientId, revision] of changed) await takeIn(clientId, revision);
  };

  const schedule = () => {
    if (stopped) return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => void refresh(), store.getState().sync.settings?.enabled ? onMs : offMs);
  };

  const refresh = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        if (store.getState().sync.settings === null) {
          const settings = await api.getSyncSettings({});
          if (settings.ok && !stopped) store.getState().setSyncSettingsView(settings.value);
        }
        await poll();
      } catch {
        // The bridge failed this once; the next round asks again.
      } finally {
        running = null;
        if (again && !stopped) {
          again = false;
          void refresh();
        } else schedule();
      }
    })();
    return running;
  };

  // Turning sync on or off in Settings, sharing a client or resolving a conflict takes effect at once, not after the wait.
  const unsubscribe = store.subscribe((state, previous) => {
    const toggled = state.sync.settings?.enabled !== previous.sync.settings?.enabled && previous.sync.settings !== null;
    if (toggled || state.sync.refreshRequest !== previous.sync.refreshRequest) void refresh();
  });

  void refresh();
  return {
    refresh,
    stop() {
      stopped = true;
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    },
  };
}
