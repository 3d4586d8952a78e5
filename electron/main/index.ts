// Electron main (the desktop app; entry.ts has already sent `--cli` launches elsewhere):
// lifecycle wiring only. Every decision lives in a pure, tested module
// (security-policy, app-request, window-options, window-state, menu-template,
// flush-waiter, ipc/register); this file connects them to Electron.
import { safeStorageVault } from './safe-storage-vault';
import os from 'node:os';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, session, shell } from 'electron';
import Store from 'electron-store';
import { isAllowedExternalUrl } from '../../shared/security/external-links';
import { createFlushWaiter } from './flush-waiter';
import { sendEvent } from './ipc/events';
import { registerIpcHandlers } from './ipc/register';
import { installFileOpening } from './file-opening';
import { logger, showLogs, startLogging } from './logging';
import { installApplicationMenu } from './menu';
import { registerAppScheme, serveRenderer } from './protocol';
import { denyAllPermissions, installWebContentsSecurity } from './security';
import { createAppServices, type AppServices, type AppServicesOptions } from './services/app-services';
import { DataFolderBusyError } from './services/data-folder-lock';
import { resolveDataDir } from './services/data-dir';
import { setAsideUnreadablePreferences } from './services/preferences-file-guard';
import { NOT_EDITING, menuUndoAction, type EditingContext } from '../../shared/shortcuts/shortcut-owner';
import { createMainWindow } from './window';
import { careForWindow } from './window-care';
import { createWindowStateStore } from './window-state-store';

// --- Before ready: things Electron only accepts this early. ---------------------------
registerAppScheme();
app.enableSandbox();
installWebContentsSecurity();

const dataDir = resolveDataDir({ argv: process.argv, env: process.env, platform: process.platform, homedir: os.homedir() });
// Chromium's own files and the single-instance lock then live with the data, so two
// different data folders (tests, a demo) can run side by side.
app.setPath('userData', dataDir);
// Logs and local crash dumps (never uploaded) from here on; see logging.ts.
const { logFolder } = startLogging();
// Files from the OS (arguments, macOS open-file, drops) are queued from the very start.
const fileOpening = installFileOpening();

if (app.requestSingleInstanceLock()) {
  start().catch((error: unknown) => {
    dialog.showErrorBox('Cairn could not start', `${error instanceof Error ? error.message : String(error)}\n\nData folder: ${dataDir}`);
    app.exit(1);
  });
} else {
  // Another Cairn owns this data folder; it gets 'second-instance' and comes to the front.
  app.quit();
}

async function start(): Promise<void> {
  await app.whenReady();
  const appRoot = app.getAppPath();
  denyAllPermissions(session.defaultSession);
  serveRenderer(session.defaultSession, path.join(appRoot, 'dist', 'renderer'));
  app.setAboutPanelOptions({ applicationName: 'Cairn', applicationVersion: app.getVersion() });

  const flush = createFlushWaiter();
  // Where the page's keyboard is, reported by the page; decides where the menu's Undo goes.
  let editingContext: EditingContext = NOT_EDITING;
  // electron-store throws on a damaged file; set it aside (kept) rather than refuse to start.
  const preferencesSetAside = setAsideUnreadablePreferences(dataDir);
  const preferencesStore = new Store({ cwd: dataDir, name: 'preferences' });
  const windowState = createWindowStateStore(dataDir);
  // electron-store answers a synchronous IPC request with our paths for renderer-side
  // stores; Cairn has none, so nothing should answer a page that asks.
  ipcMain.removeAllListeners('electron-store-get-data');

  const services = await openServicesWhenFree({
    dataDir,
    preferencesStore,
    command: 'the Cairn app',
    // The sync password is encrypted at rest with the operating system's keychain.
    credentialVault: safeStorageVault,
    onLockLost: (error) => console.error('Cairn: the data folder lock was lost; writes are refused from now on:', error.message),
    platform: {
      openExternal: async (url) => {
        // The handler already checked; check again where the URL leaves the app.
        if (isAllowedExternalUrl(url)) await shell.openExternal(url);
      },
      onFlushed: () => flush.confirm(),
      chooseSaveFile: async (options) => {
        const owner = BrowserWindow.getFocusedWindow();
        const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
        if (result.filePath?.endsWith('.cairn')) app.addRecentDocument(result.filePath);
        return result.canceled || !result.filePath ? null : result.filePath;
      },
      chooseOpenFile: async ({ defaultPath, filters }) => {
        const options = { filters, properties: ['openFile' as const], ...(defaultPath ? { defaultPath } : {}) };
        const owner = BrowserWindow.getFocusedWindow();
        const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
        if (result.filePaths[0]?.endsWith('.cairn')) app.addRecentDocument(result.filePaths[0]);
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
      takeOpenedFiles: () => fileOpening.take(),
      setEditingContext: (context) => {
        editingContext = context;
      },
      noteRecentDocument: (filePath) => app.addRecentDocument(filePath),
    },
  }).catch((error: unknown) => {
    if (!(error instanceof DataFolderBusyError)) throw error;
    dialog.showErrorBox('Cairn is open on this data folder', error.message);
    app.exit(1);
    return null;
  });
  if (!services) return;
  registerIpcHandlers(ipcMain, services.handlers);

  let mainWindow: BrowserWindow | null = null;
  let shutdown: 'running' | 'stopping' | 'done' = 'running';
  const askToFlush = (window: BrowserWindow) => flush.request(() => !window.isDestroyed() && sendEvent(window.webContents, 'flushRequest', null));

  const sendCommand = (command: Parameters<typeof sendEvent<'menuCommand'>>[2]) => {
    const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
    if (target && !target.isDestroyed()) sendEvent(target.webContents, 'menuCommand', command);
  };
  installApplicationMenu({
    isDevelopment: !app.isPackaged,
    send: sendCommand,
    // In a text field or a dialog, Undo is the field's own (Electron's role-based undo);
    // only otherwise does it reach the app's history (shared/shortcuts/shortcut-owner.ts).
    undo: (direction, viaAccelerator) => {
      const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
      if (!target || target.isDestroyed()) return;
      const action = menuUndoAction(editingContext, viaAccelerator, process.platform);
      if (action === 'history') sendCommand(direction);
      else if (action === 'text') void (direction === 'undo' ? target.webContents.undo() : target.webContents.redo());
    },
    showLogs: () => showLogs(logFolder),
  });
  fileOpening.onFiles(() => {
    if (mainWindow && !mainWindow.isDestroyed()) sendEvent(mainWindow.webContents, 'filesOpened', null);
  });

  const openWindow = () => {
    const window = createMainWindow({ preloadPath: path.join(appRoot, 'dist', 'preload', 'index.cjs'), savedState: windowState.load() });
    let flushed = false;
    window.on('close', (event) => {
      windowState.save(window);
      if (flushed || shutdown === 'done') return;
      // Hold the window open until the renderer has saved its last edit (or 3 s pass).
      event.preventDefault();
      void askToFlush(window).then(() => {
        flushed = true;
        if (!window.isDestroyed()) window.close();
      });
    });
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    // A reloaded page starts with nothing focused.
    window.webContents.on('did-start-loading', () => {
      editingContext = NOT_EDITING;
    });
    careForWindow(window);
    mainWindow = window;
  };

  app.on('before-quit', (event) => {
    if (shutdown === 'done') return;
    event.preventDefault();
    if (shutdown === 'stopping') return;
    shutdown = 'stopping';
    void finishWork(mainWindow, askToFlush, services).then(() => {
      shutdown = 'done';
      app.quit();
    });
  });

  app.on('second-instance', (_event, argv, workingDirectory) => {
    fileOpening.fromSecondInstance(argv, workingDirectory);
    if (!mainWindow) return openWindow();
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  app.on('window-all-closed', () => {
    // macOS apps stay in the Dock without windows; elsewhere closing the window quits.
    if (process.platform !== 'darwin') app.quit();
  });
  // Ctrl+C in the terminal of `npm start`, or a session logout: quit the orderly way.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.quit());

  openWindow();
  if (preferencesSetAside) {
    void dialog.showMessageBox({
      type: 'warning',
      title: 'Preferences reset',
      message: 'Cairn could not read its preferences file, so your profile and window settings were reset.',
      detail: `The damaged file was kept as ${preferencesSetAside} in ${dataDir}. Your clients are not affected.`,
    });
  }
}

/**
 * The services, once the data folder's writer lock is free: a `cairn import` holding it
 * finishes within seconds, so wait a little before telling the consultant it is taken.
 */
async function openServicesWhenFree(options: AppServicesOptions): Promise<AppServices> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await createAppServices(options);
    } catch (error) {
      if (!(error instanceof DataFolderBusyError) || attempt >= 10) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

/** Let the renderer save, then let the services finish writing. Never throws. */
async function finishWork(window: BrowserWindow | null, askToFlush: (window: BrowserWindow) => Promise<unknown>, services: AppServices): Promise<void> {
  try {
    if (window && !window.isDestroyed()) await askToFlush(window);
    await services.close();
  } catch (error) {
    logger.error('Cairn: could not finish saving before quitting:', error);
  }
}
