import { randomUUID } from 'node:crypto';
import type { Handlers } from '../ipc/handler-types';
import { createHandlers, type Platform } from '../ipc/handlers';
import { createFileGrants, type FileGrants } from './file-grants';
import { createFrameworkLibrary, type FrameworkLibrary } from './framework-library';
import { hasErrorCode, nodeFsPort, type FsPort } from './fs-port';
import { createPreferencesService, type PreferencesService } from './preferences';
import type { PreferencesStore } from './preferences-store';
import { acquireWriterLock, type WriterLock } from './data-folder-lock';
import { createWorkspace, type Workspace } from './workspace';
import { memoryOnlyVault, type CredentialVault } from './sync/credential-vault';
import { createSyncService, type SyncService } from './sync/sync-service';

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
  /**
   * 'write' (default) takes the data folder's one-writer lock, or opens read-only when the
   * folder cannot be written at all; 'read' never locks and never writes (list, export...).
   */
  access?: 'write' | 'read';
  /** Who holds the lock, shown to a second writer: "the app", "cairn import"... */
  command?: string;
  /** The lock was lost while held (another process took over after a long sleep). */
  onLockLost?: (error: Error) => void;
  /**
   * Encrypts the sync password at rest: Electron's safeStorage in the desktop app. Without
   * one (the CLI, the test bridge) the password is held in memory only, never written.
   */
  credentialVault?: CredentialVault;
  /** Start continuous sync when the consultant turned it on (default true; the CLI passes false). */
  startSync?: boolean;
  /** Pause between continuous sync passes while online (default 5 s; tests shorten it). */
  syncIntervalMs?: number;
  /** The CLI's server and credentials (--server, CAIRN_SYNC_USER, CAIRN_SYNC_PASSWORD), instead of the settings. */
  syncCredentials?: () => Promise<{ serverUrl: string; username: string; password: string } | null>;
}

export interface AppServices {
  handlers: Handlers;
  workspace: Workspace;
  preferences: PreferencesService;
  frameworks: FrameworkLibrary;
  fileGrants: FileGrants;
  /** Sharing clients with the firm through CouchDB (off until turned on). */
  sync: SyncService;
  /** True when nothing may be written: a read-only command, or a folder that cannot be written. */
  readOnly: boolean;
  /** Waits for saves in flight, then releases the writer lock; call before the process exits. */
  close(): Promise<void>;
}

/**
 * The composition root shared by Electron main, the test bridge and the CLI, so all three
 * run the same services on the same folder layout. A writer creates the data folder if
 * needed and takes its lock: a second writer fails with DataFolderBusyError ("Cairn is
 * open on this data folder…"); a folder that cannot be written opens read-only.
 */
export async function createAppServices(options: AppServicesOptions): Promise<AppServices> {
  const fs = options.fs ?? nodeFsPort;
  let lock: WriterLock | null = null;
  let readOnly = options.access === 'read';
  if (readOnly) {
    // A reader makes nothing; a missing folder is simply empty, but a file is no data folder.
    const stats = await fs.stat(options.dataDir).catch((error: unknown) => (hasErrorCode(error, 'ENOENT') ? null : Promise.reject(error)));
    if (stats && !stats.isDirectory()) throw Object.assign(new Error(`${options.dataDir} is not a folder`), { code: 'ENOTDIR' });
  } else {
    try {
      await fs.mkdir(options.dataDir, { recursive: true });
      lock = await acquireWriterLock({ dataDir: options.dataDir, command: options.command ?? 'Cairn', ...(options.onLockLost ? { onLost: options.onLockLost } : {}) });
    } catch (error) {
      if (!hasErrorCode(error, 'EROFS', 'EACCES', 'EPERM')) throw error;
      readOnly = true;
    }
  }
  const workspace = createWorkspace({
    dataDir: options.dataDir,
    readOnly,
    lockHeld: () => lock === null || lock.isHeld(),
    fs,
    ...(options.clock ? { clock: options.clock } : {}),
    newId: options.newId ?? randomUUID,
  });
  const preferences = createPreferencesService({ store: options.preferencesStore, dataDir: options.dataDir, fs });
  const frameworks = createFrameworkLibrary({ dataDir: options.dataDir, fs });
  if (!readOnly) await frameworks.sweep();
  const fileGrants = createFileGrants({ dataDir: options.dataDir, newId: options.newId ?? randomUUID });
  const sync = createSyncService({
    dataDir: options.dataDir,
    workspace,
    frameworks,
    vault: options.credentialVault ?? memoryOnlyVault,
    displayName: async () => (await preferences.get()).profile.name,
    readOnly,
    fs,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.syncCredentials ? { credentials: options.syncCredentials } : {}),
    ...(options.syncIntervalMs !== undefined ? { intervalMs: options.syncIntervalMs, maxBackoffMs: options.syncIntervalMs * 8 } : {}),
  });
  // No request is ever made unless the consultant turned sync on.
  if (options.startSync !== false && !readOnly) await sync.startIfEnabled().catch(() => false);
  const handlers = createHandlers({ dataDir: options.dataDir, workspace, preferences, frameworks, platform: options.platform, fileGrants, sync });
  return {
    handlers,
    workspace,
    preferences,
    frameworks,
    fileGrants,
    sync,
    readOnly,
    async close() {
      await sync.stop();
      await workspace.idle();
      await lock?.release();
    },
  };
}
