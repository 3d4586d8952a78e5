import { isAllowedExternalUrl } from '../../../shared/security/external-links';
import type { EditingContext } from '../../../shared/shortcuts/shortcut-owner';
import { SNAPSHOT_POLICY } from '../../../shared/workspace/snapshot-retention';
import type { FrameworkLibrary } from '../services/framework-library';
import type { PreferencesService } from '../services/preferences';
import type { Workspace } from '../services/workspace';
import type { Handlers } from './handler-types';
import { OperationError } from './operation-error';
import type { FileGrants } from '../services/file-grants';
import { sweepTempFiles } from '../services/atomic-write';
import { nodeFsPort } from '../services/fs-port';
import { createFileDialogHandlers, type DialogFilter } from './handlers-file-dialogs';
import { createWorkshopTemplateHandlers } from './handlers-workshop-templates';
import { createExportHandlers } from './handlers-exports';
import { createEngagementFileHandlers } from './handlers-engagement-files';
import { createDesktopHandlers } from './handlers-desktop';
import { createSaveConflicts } from '../services/save-conflicts';
import { createRestoreHandlers, createSyncHandlers } from './handlers-restore-sync';
import { createSharingHandlers } from './handlers-sharing';
import { createEngagementFiles } from '../services/engagement-files';
import type { SyncService } from '../services/sync/sync-service';
import { libraryProblems } from '../services/library-problems';
import { createWorkshopTemplateLibrary } from '../services/workshop-template-library';

/** What only the host (Electron, the bridge, the CLI) can do. */
export interface Platform {
  /** Hand an already allow-listed link to the operating system. */
  openExternal(url: string): Promise<void>;
  /** The renderer has flushed its edits after a flush request; the host may quit. */
  onFlushed(): void;
  /** A system save dialog; resolves to the chosen absolute path, or null when cancelled. */
  chooseSaveFile(options: { defaultPath: string; filters: DialogFilter[] }): Promise<string | null>;
  /** A system open dialog; resolves to the chosen absolute path, or null when cancelled. */
  chooseOpenFile(options: { defaultPath: string | null; filters: DialogFilter[] }): Promise<string | null>;
  /** Desktop only: paths the OS asked Cairn to open since the last call (the queue is emptied). */
  takeOpenedFiles?(): string[];
  /** Desktop only: where the keyboard is, for the menu's Undo and Redo. */
  setEditingContext?(context: EditingContext): void;
  /** Desktop only: a file the consultant opened or saved, for the OS's recent documents. */
  noteRecentDocument?(filePath: string): void;
}

export interface HandlerDeps {
  dataDir: string;
  workspace: Workspace;
  preferences: PreferencesService;
  frameworks: FrameworkLibrary;
  platform: Platform;
  fileGrants: FileGrants;
  /** Sharing with the firm through CouchDB; absent where sync cannot run. */
  sync?: SyncService;
}

/**
 * The handler table behind the contract. Requests arrive already validated by
 * `dispatch`; each handler is a thin call into a service, so Electron, the test bridge
 * and the CLI exercise the same code.
 */
export function createHandlers(deps: HandlerDeps): Handlers {
  const { dataDir, workspace, preferences, frameworks, platform } = deps;
  const conflicts = createSaveConflicts({ dataDir, workspace });
  // One engagement-files service: a conflict copy's preview is applied by applyImport.
  const files = createEngagementFiles({ dataDir, workspace, frameworks });
  return {
    openWorkspace: async () => {
      const { summaries, problems, syncIssues } = await workspace.open();
      const brandingProblems = await preferences.brandingProblems();
      // Custom frameworks and workshop templates that could not be read are named, not skipped silently.
      const unreadableLibraryFiles = await libraryProblems({ frameworks, templates: createWorkshopTemplateLibrary({ dataDir, onSkipped: () => undefined }) });
      // A killed export may have left a hidden temp file in the folder exports went to last.
      const exportFolder = preferences.lastDialogFolder();
      if (exportFolder && !workspace.readOnly) await sweepTempFiles(nodeFsPort, exportFolder).catch(() => []);
      return {
        summaries,
        problems: [...problems, ...brandingProblems, ...unreadableLibraryFiles],
        ...(syncIssues ? { syncIssues } : {}),
        preferences: await preferences.get(),
        dataDir,
        snapshotPolicy: SNAPSHOT_POLICY,
        readOnly: workspace.readOnly,
      };
    },
    readClient: ({ id }) => workspace.read(id),
    peerBenchmark: async ({ clientId, framework }) => workspace.peerBenchmark(clientId, framework),
    saveClient: ({ client }) => workspace.save(client),
    purgeClient: ({ id }) => workspace.purge(id),
    listSnapshots: ({ clientId }) => workspace.listSnapshots(clientId),
    readSnapshot: ({ clientId, snapshotId }) => workspace.readSnapshot(clientId, snapshotId),
    restoreSnapshot: ({ clientId, snapshotId }) => workspace.restoreSnapshot(clientId, snapshotId),
    previewSaveConflict: ({ client }) => conflicts.preview(client),
    resolveSaveConflict: ({ previewId, decisions }) => conflicts.resolve(previewId, decisions),
    restoreQuarantined: ({ problemId, snapshotId }) => workspace.restoreQuarantined(problemId, snapshotId),
    dismissProblem: ({ problemId }) => workspace.dismissProblem(problemId),
    getPreferences: () => preferences.get(),
    setProfile: (profile) => preferences.setProfile(profile),
    setLogo: ({ dataUrl }) => preferences.setLogo(dataUrl),
    clearLogo: () => preferences.clearLogo(),
    completeFirstRun: () => preferences.completeFirstRun(),
    noteClientOpened: ({ id }) => preferences.noteClientOpened(id),
    openExternal: async ({ url }) => {
      if (!isAllowedExternalUrl(url)) throw new OperationError('forbidden', 'Cairn only opens https: web pages and mailto: addresses.');
      await platform.openExternal(url);
      return { opened: true };
    },
    confirmFlushed: async () => {
      await workspace.idle();
      // Quitting: the next start lists every client from the index without reading them.
      await workspace.flushIndex();
      platform.onFlushed();
      return { acknowledged: true };
    },
    listFrameworks: async () => (await frameworks.list()).frameworks,
    saveFramework: ({ framework }) => frameworks.save(framework),
    deleteFramework: ({ id }) => frameworks.remove(id),
    ...createFileDialogHandlers(deps),
    ...createWorkshopTemplateHandlers(deps),
    ...createExportHandlers(deps),
    ...createEngagementFileHandlers(deps, files),
    ...createDesktopHandlers(deps),
    ...createSyncHandlers(deps, files),
    ...createSharingHandlers(deps),
    ...createRestoreHandlers(deps),
  };
}
