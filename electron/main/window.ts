import { app, BrowserWindow, nativeTheme, screen } from 'electron';
import { APP_ENTRY_URL } from './app-origin';
import { windowOptions } from './window-options';
import { restoreWindowState, type WindowState } from './window-state';

export { windowOptions } from './window-options';

export interface MainWindowInput {
  preloadPath: string;
  savedState: WindowState | null;
}

/**
 * Create the main window where it was last (if that is still on a screen), show it
 * once it has painted, and load the app from app://. The options themselves are the
 * pure, tested `windowOptions` (window-options.ts).
 */
export function createMainWindow({ preloadPath, savedState }: MainWindowInput): BrowserWindow {
  const workAreas = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((display) => display.workArea);
  const state = restoreWindowState(savedState, workAreas);
  const options = windowOptions({ preloadPath, bounds: state.bounds, dark: nativeTheme.shouldUseDarkColors, isPackaged: app.isPackaged });
  // The security switches are restated in the literal so scanners (Electronegativity) that
  // read only what is written inside `new BrowserWindow(...)` see them; the values are the
  // same as windowOptions(), whose test asserts each one.
  const window = new BrowserWindow({
    ...options,
    webPreferences: {
      ...options.webPreferences,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      disableBlinkFeatures: 'Auxclick',
      devTools: !app.isPackaged,
    },
  });
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

/** What to remember about a window when it closes. */
export function captureWindowState(window: BrowserWindow): WindowState {
  return { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
}
