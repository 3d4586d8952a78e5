import { createAppServices } from '../../electron/main/services/app-services';
import { createNodePreferencesStore } from '../../electron/main/services/node-preferences-store';
import { faultInjectingFs, type Fault } from '../../electron/main/services/fault-injecting-fs';
import { nodeFsPort } from '../../electron/main/services/fs-port';
import { startBridge, type RunningBridge } from './bridge-server';

export interface AppBridge extends RunningBridge {
  dataDir: string;
  /** URLs the page asked the OS to open (the bridge records instead of opening). */
  openedExternally: string[];
  /** Times the renderer confirmed a flush (Electron would now quit). */
  flushes: number;
  /** Make the disk misbehave (e.g. ENOSPC on write) until called again with []. */
  setFaults(faults: readonly Fault[]): void;
}

/**
 * The app as the tests and `npm run preview` see it: the real services on a data folder,
 * the real handler table, and the built renderer served over the loopback bridge.
 */
export async function startAppBridge(options: { dataDir: string; port?: number; rendererDir?: string }): Promise<AppBridge> {
  const openedExternally: string[] = [];
  const state = { flushes: 0 };
  let faults: readonly Fault[] = [];
  const services = await createAppServices({
    dataDir: options.dataDir,
    preferencesStore: createNodePreferencesStore(options.dataDir),
    fs: faultInjectingFs(nodeFsPort, () => faults),
    platform: {
      openExternal: async (url) => {
        openedExternally.push(url);
      },
      onFlushed: () => {
        state.flushes += 1;
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
    get flushes() {
      return state.flushes;
    },
    async close() {
      await bridge.close();
      await services.close();
    },
  };
}
