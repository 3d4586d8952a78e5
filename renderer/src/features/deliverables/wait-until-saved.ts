import type { CairnStore } from '../../store/cairn-store';
import { selectSaveStatus } from '../../store/save.selectors';

/**
 * Exports read the client as saved on disk, so they wait for autosave to catch up
 * (it saves within a second). A failing save is reported instead of exporting stale data.
 */
export function waitUntilSaved(store: CairnStore, timeoutMs = 5_000): Promise<void> {
  return new Promise((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let unsubscribe: () => void = () => undefined;
    const settle = (error: string | null) => {
      if (timer !== null) clearTimeout(timer);
      unsubscribe();
      if (error) reject(new Error(error));
      else resolve();
    };
    const check = (): boolean => {
      const status = selectSaveStatus(store.getState());
      if (status === 'saved') settle(null);
      else if (status === 'retrying') settle('Your latest changes could not be saved yet, so the export would miss them. Try again once they are saved.');
      else return false;
      return true;
    };
    if (check()) return;
    unsubscribe = store.subscribe(() => void check());
    timer = setTimeout(() => settle('Your latest changes are still being saved; try again in a moment.'), timeoutMs);
  });
}
