import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';

/** The renderer's --bg in light and dark mode (tokens.css), so the window never flashes while it loads. */
export const WINDOW_BACKGROUND = { light: '#f6f6f7', dark: '#141416' } as const;

/** The window's background for the OS theme (nativeTheme.shouldUseDarkColors). */
export const windowBackground = (dark: boolean): string => (dark ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light);
export const MIN_WINDOW_SIZE = { width: 960, height: 640 } as const;
export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const;

export interface WindowOptionsInput {
  /** Absolute path of the bundled, sandboxed preload script. */
  preloadPath: string;
  /** Restored bounds (already clamped to a visible display); omitted on first launch. */
  bounds?: Partial<Rectangle>;
  /** The OS uses dark colours: start dark, as the page will be. */
  dark?: boolean;
  /** `app.isPackaged`: an installed Cairn has no developer tools, so no one can open a console on a consultant's data. */
  isPackaged: boolean;
}

/**
 * The main window's options. Every security-relevant preference is spelled out, even
 * where it matches Electron's default, so a future default change or a careless edit
 * shows up in `window-options.test.ts` instead of in production.
 */
export function windowOptions({ preloadPath, bounds, dark = false, isPackaged }: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    title: 'Cairn',
    width: DEFAULT_WINDOW_SIZE.width,
    height: DEFAULT_WINDOW_SIZE.height,
    ...bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    backgroundColor: windowBackground(dark),
    // Shown on 'ready-to-show' so the first paint is the app, not an empty frame.
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // A middle-click would otherwise ask for a new window (denied anyway); do not even ask.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
      devTools: !isPackaged,
    },
  };
}
