import { randomUUID } from 'node:crypto';
import type { Handlers } from '../ipc/handler-types';
import { createHandlers, type Platform } from '../ipc/handlers';
import { createFileGrants, type FileGrants } from './file-grants';
import { createFrameworkLibrary, type FrameworkLibrary } from './framework-library';
import { nodeFsPort, type FsPort } from './fs-port';
import { createPreferencesService, type PreferencesService } from './preferences';
import type { PreferencesStore } from './preferences-store';
import { createWorkspace, type Workspace } from './workspace';

export type { Platform } from '../ipc/handlers';
export type { PreferencesStore } from './preferences-store';

export interface AppServicesOptions {
  dataDir: string;
  /** electron-store in the app; `createNodePreferencesStore(dataDir)` elsewhere. */
  preferencesStore: PreferencesStore;
  platform: Platform;
  clock?: () => Date;
  newId?: () => string;
  /** Tests inject faults here; defaults to node:fs/promises. */
  fs?: FsPort;
}

export interface AppServices {
  handlers: Handlers;
  workspace: Workspace;
  preferences: PreferencesService;
  frameworks: FrameworkLibrary;
  fileGrants: FileGrants;
  /** Waits for saves in flight; call before the process exits. */
  close(): Promise<void>;
}

/**
 * The composition root shared by Electron main, the test bridge and the CLI, so all three
 * run the same services on the same folder layout. Creates the data folder if needed and
 * fails (with the fs error) if it cannot.
 */
export async function createAppServices(options: AppServicesOptions): Promise<AppServices> {
  const fs = options.fs ?? nodeFsPort;
  await fs.mkdir(options.dataDir, { recursive: true });
  const workspace = createWorkspace({
    dataDir: options.dataDir,
    fs,
    ...(options.clock ? { clock: options.clock } : {}),
    newId: options.newId ?? randomUUID,
  });
  const preferences = createPreferencesService({ store: options.preferencesStore, dataDir: options.dataDir, fs });
  const frameworks = createFrameworkLibrary({ dataDir: options.dataDir, fs });
  await frameworks.sweep();
  const fileGrants = createFileGrants({ dataDir: options.dataDir, newId: options.newId ?? randomUUID });
  const handlers = createHandlers({ dataDir: options.dataDir, workspace, preferences, frameworks, platform: options.platform, fileGrants });
  return { handlers, workspace, preferences, frameworks, fileGrants, close: () => workspace.idle() };
}
