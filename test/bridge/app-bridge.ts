import type { EditingContext } from '../../shared/shortcuts/shortcut-owner';
import { createAppServices } from '../../electron/main/services/app-services';
import { createNodePreferencesStore } from '../../electron/main/services/node-preferences-store';
import { faultInjectingFs, type Fault } from '../../electron/main/services/fault-injecting-fs';
import { nodeFsPort } from '../../electron/main/services/fs-port';
import { createOpenQueue } from '../../electron/main/open-routing';
import { startBridge, type RunningBridge } from './bridge-server';

export interface AppBridge extends RunningBridge {
  dataDir: string;
  /** URLs the page asked the OS to open (the bridge records instead of opening). */
  openedExternally: string[];
  /** Times the renderer confirmed a flush (Electron would now quit). */
  flushes: number;
  /** Make the disk misbehave (e.g. ENOSPC on write) until called again with []. */
  setFaults(faults: readonly Fault[]): void;
  /** The next system file dialog (save or open) answers with this absolute path; null is Cancel. */
  queueFileChoice(filePath: string | null): void;
  /** Every file dialog the app showed, oldest first. */
  dialogs: FileDialogShown[];
  /** Play the OS opening files with Cairn (double-click, drop); then emit `filesOpened` in the page. */
  openFiles(filePaths: readonly string[]): void;
  /** The last keyboard context the page reported (the desktop app reports it to the menu). */
  editingContext: EditingContext | null;
}

export interface FileDialogShown {
  kind: 'save' | 'open';
  defaultPath: string | null;
  filters: { name: string; extensions: string[] }[];
}

/**
 * The app as the tests and `npm run preview` see it: the real services on a data folder,
 * the real handler table, and the built renderer served over the loopback bridge.
 */
export async function startAppBridge(options: { dataDir: string; port?: number; rendererDir?: string }): Promise<AppBridge> {
  const openedExternally: string[] = [];
  const state = { flushes: 0 };
  let faults: readonly Fault[] = [];
  /** What the stand-in system file dialog answers next (absolute paths; null is Cancel). */
  const fileChoices: (string | null)[] = [];
  const dialogs: FileDialogShown[] = [];
  const opened = createOpenQueue();
  const keyboard: { context: EditingContext | null } = { context: null };
  const services = await createAppServices({
    dataDir: options.dataDir,
    preferencesStore: createNodePreferencesStore(options.dataDir),
    // The bridge stands in for the app, so it holds the data folder's writer lock like the app.
    command: 'the Cairn test bridge',
    fs: faultInjectingFs(nodeFsPort, () => faults),
    platform: {
      openExternal: async (url) => {
        openedExternally.push(url);
      },
      onFlushed: () => {
        state.flushes += 1;
      },
      chooseSaveFile: async (options) => {
        dialogs.push({ kind: 'save', ...options });
        return fileChoices.shift() ?? null;
      },
      chooseOpenFile: async (options) => {
        dialogs.push({ kind: 'open', ...options });
        return fileChoices.shift() ?? null;
      },
      takeOpenedFiles: () => opened.take(),
      setEditingContext: (context) => {
        keyboard.context = context;
      },
    },
  });
  const bridge = await startBridge({ handlers: services.handlers, port: options.port, rendererDir: options.rendererDir });
  return {
    ...bridge,
    dataDir: options.dataDir,
    openedExternally,
    setFaults(next) {
      faults = next;
    },
    queueFileChoice(filePath) {
      fileChoices.push(filePath);
    },
    dialogs,
    openFiles(filePaths) {
      opened.push(filePaths);
    },
    get editingContext() {
      return keyboard.context;
    },
    get flushes() {
      return state.flushes;
    },
    async close() {
      await bridge.close();
      await services.close();
    },
  };
}
