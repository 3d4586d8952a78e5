import type { Client } from '../../../shared/domain/client';
import type { CairnApi } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/result';
import type { CairnStore } from './cairn-store';

export type AutosaveApi = Pick<CairnApi, 'saveClient' | 'purgeClient'>;

export interface AutosaveOptions {
  /** Quiet time after the last edit before saving. */
  debounceMs?: number;
  /**
   * Longest an edit waits while more edits keep coming (a facilitator typing note after
   * note never lets the room go quiet): a save starts at most this long after the first
   * unsaved edit.
   */
  maxWaitMs?: number;
  /** Waits between retries after a failed save; the last one repeats. */
  retryDelaysMs?: readonly number[];
}

export interface Autosave {
  /** Save everything now; resolves true when nothing is left unsaved. */
  flush(): Promise<boolean>;
  /** Resolves once every document is saved (at once when already so). */
  whenAllSaved(): Promise<void>;
  /** True when the client in memory is the version on disk (nothing to save, nothing in flight). */
  isSaved(clientId: string): boolean;
  /** A document just read from disk: it is the saved version, so opening a client never writes it. */
  adopt(client: Client): void;
  /** A saved client left memory (not deleted): nothing to purge. */
  forget(clientId: string): void;
  /** This client has edits not yet on disk (waiting, being written, or failed). */
  isDirty(clientId: string): boolean;
  /** A document just read from disk (sync wrote it) becomes the saved version: nothing to write back. */
  adopt(client: Client): void;
  stop(): void;
}

export const AUTOSAVE_DEBOUNCE_MS = 300;
export const AUTOSAVE_MAX_WAIT_MS = 800;
export const RETRY_DELAYS_MS = [1_000, 2_000, 5_000, 10_000] as const;

/**
 * Watches the documents map and writes each changed client (compared by reference with
 * the version last saved) through `saveClient`; a client that left the map is purged (unless
 * it only left memory: `forget`), and so is one deleted while not in memory (`pendingPurges`).
 * Failed saves keep the document dirty and are retried with backoff.
 */
export function startAutosave(store: CairnStore, api: AutosaveApi, options: AutosaveOptions = {}): Autosave {
  const debounceMs = options.debounceMs ?? AUTOSAVE_DEBOUNCE_MS;
  const retryDelays = options.retryDelaysMs ?? RETRY_DELAYS_MS;
  const maxWaitMs = options.maxWaitMs ?? AUTOSAVE_MAX_WAIT_MS;
  /** When the oldest unsaved edit must be on its way to disk (null: nothing waiting). */
  let deadline: number | null = null;
  const saved = new Map<string, Client>(Object.entries(store.getState().docs));
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> | null = null;
  let rerun = false;
  let failedAttempts = 0;
  let stopped = false;
  let waiters: (() => void)[] = [];

  const actions = () => store.getState();

  const dirtyIds = (): { changed: [string, Client][]; removed: string[] } => {
    const docs = store.getState().docs;
    const changed = Object.entries(docs).filter(([id, doc]) => saved.get(id) !== doc);
    const removed = [...saved.keys()].filter((id) => !(id in docs));
    for (const id of store.getState().pendingPurges) if (!removed.includes(id) && !(id in docs)) removed.push(id);
    return { changed, removed };
  };
  const isClean = () => {
    const { changed, removed } = dirtyIds();
    return changed.length === 0 && removed.length === 0;
  };

  const schedule = (delay: number) => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      deadline = null;
      void trigger();
    }, delay);
    actions().setSaveProgress({ pending: true });
  };

  const settle = async <T>(call: () => Promise<Result<T>>): Promise<Result<T>> => {
    try {
      return await call();
    } catch (error) {
      return { ok: false, error: { code: 'io', message: error instanceof Error ? error.message : String(error) } };
    }
  };

  const saveOne = async (id: string, doc: Client): Promise<boolean> => {
    const result = await settle(() => api.saveClient({ client: doc }));
    if (result.ok) {
      saved.set(id, doc);
      actions().recordSaveSuccess(id, result.value.savedAt);
      return true;
    }
    actions().recordSaveFailure({ clientId: id, clientName: doc.name, ...result.error });
    return false;
  };

  const purgeOne = async (id: string): Promise<boolean> => {
    const name = saved.get(id)?.name ?? 'a deleted client';
    const result = await settle(() => api.purgeClient({ id }));
    if (result.ok) {
      saved.delete(id);
      actions().settlePurge(id);
      actions().recordSaveSuccess(id, new Date().toISOString());
      return true;
    }
    actions().recordSaveFailure({ clientId: id, clientName: name, ...result.error });
    return false;
  };

  const saveDirty = async (): Promise<boolean> => {
    const { changed, removed } = dirtyIds();
    // A failure about a document that no longer needs writing (its edit was undone) is moot.
    const stillDirty = new Set([...changed.map(([id]) => id), ...removed]);
    for (const id of Object.keys(store.getState().save.failures)) {
      if (!stillDirty.has(id)) actions().recordSaveSuccess(id, store.getState().save.lastSavedAt ?? new Date().toISOString());
    }
    if (stillDirty.size === 0) return true;
    actions().setSaveProgress({ inFlight: true, pending: false });
    const results = await Promise.all([...changed.map(([id, doc]) => saveOne(id, doc)), ...removed.map(purgeOne)]);
    actions().setSaveProgress({ inFlight: false });
    return results.every(Boolean);
  };

  const cycle = async () => {
    const allOk = await saveDirty();
    if (stopped) return;
    if (!allOk) {
      failedAttempts += 1;
      schedule(retryDelays[Math.min(failedAttempts, retryDelays.length) - 1] ?? debounceMs);
      return;
    }
    failedAttempts = 0;
    if (timer === null) {
      if (isClean()) {
        actions().setSaveProgress({ pending: false });
        const done = waiters;
        waiters = [];
        done.forEach((resolve) => resolve());
      } else schedule(debounceMs);
    }
  };

  const trigger = (): Promise<void> => {
    if (running) {
      rerun = true;
      return running;
    }
    running = (async () => {
      do {
        rerun = false;
        await cycle();
      } while (rerun && !stopped && failedAttempts === 0);
    })().finally(() => {
      running = null;
    });
    return running;
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if ((state.docs === previous.docs && state.pendingPurges === previous.pendingPurges) || stopped) return;
    // A client read into memory or leaving it changes the map without anything to save.
    if (timer === null && !running && isClean() && Object.keys(state.save.failures).length === 0) return;
    // While failing, keep the backoff rhythm instead of hammering the disk on every keystroke.
    if (failedAttempts > 0 && timer !== null) return;
    const now = Date.now();
    deadline ??= now + maxWaitMs;
    schedule(Math.max(0, Math.min(debounceMs, deadline - now)));
  });

  return {
    async flush() {
      if (timer !== null) {
        clearTimeout(timer);
        timer = null;
      }
      if (running) await running;
      await trigger();
      return isClean();
    },
    whenAllSaved() {
      if (isClean() && !running) return Promise.resolve();
      return new Promise((resolve) => waiters.push(resolve));
    },
    isSaved(clientId) {
      const doc = store.getState().docs[clientId];
      return doc !== undefined && saved.get(clientId) === doc;
    },
    isDirty(clientId) {
      const doc = store.getState().docs[clientId];
      return doc !== undefined && saved.get(clientId) !== doc;
    },
    adopt(client) {
      saved.set(client.id, client);
    },
    forget(clientId) {
      if (!(clientId in store.getState().docs)) saved.delete(clientId);
    },
    stop() {
      stopped = true;
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    },
  };
}
