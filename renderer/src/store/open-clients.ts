import type { CairnApi } from '../../../shared/ipc/contract';
import type { Autosave } from './autosave';
import type { CairnStore } from './cairn-store';

export type OpenClientsApi = Pick<CairnApi, 'readClient'>;

/** Clients kept in memory besides the current one's unsaved neighbours: the current one and the last few opened. */
export const OPEN_CLIENTS_KEPT = 5;

export interface OpenClients {
  /** Read a client's document into memory (once, however often it is asked). */
  open(clientId: string): Promise<void>;
  /** Ids in memory, most recently opened first. */
  recent(): string[];
  stop(): void;
}

/**
 * Memory holds the open clients only. When the consultant opens a client (selects it in
 * the list), its document is read with `readClient` and joins `docs`; the `keep` most
 * recently opened stay, and the others leave memory as soon as they are saved (a client
 * with unsaved edits, or one whose save failed, stays until it is on disk). Undo steps of
 * a client that leaves memory go with it; its edits never do.
 */
export function startOpenClients(store: CairnStore, api: OpenClientsApi, autosave: Pick<Autosave, 'isSaved' | 'adopt' | 'forget'>, options: { keep?: number } = {}): OpenClients {
  const keep = Math.max(1, options.keep ?? OPEN_CLIENTS_KEPT);
  /** Most recently opened first. */
  let order: string[] = [];
  const reading = new Map<string, Promise<void>>();
  let stopped = false;

  const touch = (clientId: string) => {
    order = [clientId, ...order.filter((id) => id !== clientId)];
  };

  const evictBeyondKeep = () => {
    const state = store.getState();
    order = order.filter((id) => id in state.docs);
    // Clients in memory that were never opened here (created, imported) count as opened just now.
    for (const id of Object.keys(state.docs)) if (!order.includes(id)) order.push(id);
    for (const id of order.slice(keep)) {
      if (id === store.getState().selectedClientId || !autosave.isSaved(id)) continue;
      store.evictClient(id);
      autosave.forget(id);
    }
    order = order.filter((id) => id in store.getState().docs);
  };

  /**
   * Evict after the change being notified: a client leaving memory inside another set()
   * would be recorded by the history as part of that change.
   */
  let evictQueued = false;
  const scheduleEvict = () => {
    if (evictQueued) return;
    evictQueued = true;
    queueMicrotask(() => {
      evictQueued = false;
      if (!stopped) evictBeyondKeep();
    });
  };

  const open = (clientId: string): Promise<void> => {
    const state = store.getState();
    if (clientId in state.docs) {
      touch(clientId);
      scheduleEvict();
      return Promise.resolve();
    }
    if (!state.summaries[clientId]) return Promise.resolve();
    const inFlight = reading.get(clientId);
    if (inFlight) return inFlight;
    state.setOpening(clientId, { status: 'loading' });
    const read = api
      .readClient({ id: clientId })
      .then((result) => {
        if (stopped) return;
        if (!result.ok) {
          store.getState().setOpening(clientId, { status: 'failed', message: result.error.message });
          return;
        }
        store.getState().setOpening(clientId, null);
        // Deleted (the trash emptied) or already in memory while it was being read: keep what is here.
        if (!store.getState().summaries[clientId]) return;
        autosave.adopt(result.value);
        store.injectExternalDoc(result.value);
        touch(clientId);
        evictBeyondKeep();
      })
      .catch((error: unknown) => {
        if (!stopped) store.getState().setOpening(clientId, { status: 'failed', message: error instanceof Error ? error.message : String(error) });
      })
      .finally(() => reading.delete(clientId));
    reading.set(clientId, read);
    return read;
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (stopped) return;
    const selected = state.selectedClientId;
    if (selected !== null && selected !== previous.selectedClientId) void open(selected);
    // Asked again after a failed read (its failure cleared).
    else if (selected !== null && !(selected in state.docs) && state.summaries[selected] && !state.opening[selected]) void open(selected);
    // A save may have freed a client waiting to leave memory.
    else if (state.save.lastSavedAt !== previous.save.lastSavedAt && order.length > keep) scheduleEvict();
  });
  const selected = store.getState().selectedClientId;
  if (selected !== null) void open(selected);

  return {
    open,
    recent: () => [...order],
    stop() {
      stopped = true;
      unsubscribe();
    },
  };
}
