import Store from 'electron-store';
import type { BrowserWindow } from 'electron';
import { captureWindowState } from './window';
import { parseWindowState, type WindowState } from './window-state';

export interface WindowStateStore {
  load(): WindowState | null;
  save(window: BrowserWindow): void;
}

/**
 * Window position and size in `<dataDir>/window-state.json`, apart from the
 * preferences so a damaged file costs nothing but the window's last position
 * (hence clearInvalidConfig: resetting it is harmless, unlike the preferences).
 */
export function createWindowStateStore(dataDir: string): WindowStateStore {
  const store = new Store<{ window?: unknown }>({ cwd: dataDir, name: 'window-state', clearInvalidConfig: true });
  return {
    load: () => parseWindowState(store.get('window')),
    save: (window) => {
      if (window.isDestroyed() || window.isMinimized() || window.isFullScreen()) return;
      store.set('window', captureWindowState(window));
    },
  };
}
