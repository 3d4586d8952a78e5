import type { IpcRenderer, IpcRendererEvent } from 'electron';
import type { CairnApi } from '../../shared/ipc/contract';
import { MENU_COMMANDS, channelFor, eventChannelFor, type MenuCommand } from '../../shared/ipc/operation-names';

/** The part of `ipcRenderer` the bridge uses; nothing else of it reaches the page. */
export type IpcRendererLike = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

const isMenuCommand = (value: unknown): value is MenuCommand => MENU_COMMANDS.some((command) => command === value);

/**
 * The `window.cairn` object: one function per operation of the contract, each bound to
 * its own channel, plus three event subscriptions and one fact (`hasNativeMenu`). The page never sees `ipcRenderer`, an
 * `IpcRendererEvent` or a channel name it could choose. `satisfies CairnApi` makes a
 * missing or mistyped operation a compile error.
 */
export function createCairnApi(ipc: IpcRendererLike) {
  /** Subscribe to one fixed channel; the listener gets the payload only. */
  const subscribe = (channel: string, listener: (event: IpcRendererEvent, payload: unknown) => void) => {
    ipc.on(channel, listener);
    return () => {
      ipc.removeListener(channel, listener);
    };
  };

  return {
    openWorkspace: (request) => ipc.invoke(channelFor('openWorkspace'), request),
    readClient: (request) => ipc.invoke(channelFor('readClient'), request),
    peerBenchmark: (request) => ipc.invoke(channelFor('peerBenchmark'), request),
    saveClient: (request) => ipc.invoke(channelFor('saveClient'), request),
    purgeClient: (request) => ipc.invoke(channelFor('purgeClient'), request),
    listSnapshots: (request) => ipc.invoke(channelFor('listSnapshots'), request),
    readSnapshot: (request) => ipc.invoke(channelFor('readSnapshot'), request),
    restoreSnapshot: (request) => ipc.invoke(channelFor('restoreSnapshot'), request),
    previewSaveConflict: (request) => ipc.invoke(channelFor('previewSaveConflict'), request),
    resolveSaveConflict: (request) => ipc.invoke(channelFor('resolveSaveConflict'), request),
    restoreQuarantined: (request) => ipc.invoke(channelFor('restoreQuarantined'), request),
    dismissProblem: (request) => ipc.invoke(channelFor('dismissProblem'), request),
    getPreferences: (request) => ipc.invoke(channelFor('getPreferences'), request),
    setProfile: (request) => ipc.invoke(channelFor('setProfile'), request),
    setLogo: (request) => ipc.invoke(channelFor('setLogo'), request),
    clearLogo: (request) => ipc.invoke(channelFor('clearLogo'), request),
    completeFirstRun: (request) => ipc.invoke(channelFor('completeFirstRun'), request),
    noteClientOpened: (request) => ipc.invoke(channelFor('noteClientOpened'), request),
    openExternal: (request) => ipc.invoke(channelFor('openExternal'), request),
    confirmFlushed: (request) => ipc.invoke(channelFor('confirmFlushed'), request),
    listFrameworks: (request) => ipc.invoke(channelFor('listFrameworks'), request),
    saveFramework: (request) => ipc.invoke(channelFor('saveFramework'), request),
    deleteFramework: (request) => ipc.invoke(channelFor('deleteFramework'), request),
    chooseSaveFile: (request) => ipc.invoke(channelFor('chooseSaveFile'), request),
    chooseOpenFile: (request) => ipc.invoke(channelFor('chooseOpenFile'), request),
    listWorkshopTemplates: (request) => ipc.invoke(channelFor('listWorkshopTemplates'), request),
    saveWorkshopTemplate: (request) => ipc.invoke(channelFor('saveWorkshopTemplate'), request),
    deleteWorkshopTemplate: (request) => ipc.invoke(channelFor('deleteWorkshopTemplate'), request),
    startExport: (request) => ipc.invoke(channelFor('startExport'), request),
    exportStatus: (request) => ipc.invoke(channelFor('exportStatus'), request),
    cancelExport: (request) => ipc.invoke(channelFor('cancelExport'), request),
    readExportPreview: (request) => ipc.invoke(channelFor('readExportPreview'), request),
    exportClientFile: (request) => ipc.invoke(channelFor('exportClientFile'), request),
    backupWorkspace: (request) => ipc.invoke(channelFor('backupWorkspace'), request),
    previewImport: (request) => ipc.invoke(channelFor('previewImport'), request),
    applyImport: (request) => ipc.invoke(channelFor('applyImport'), request),
    undoImport: (request) => ipc.invoke(channelFor('undoImport'), request),
    takeOpenedFiles: (request) => ipc.invoke(channelFor('takeOpenedFiles'), request),
    setEditingContext: (request) => ipc.invoke(channelFor('setEditingContext'), request),
    getExportChoices: (request) => ipc.invoke(channelFor('getExportChoices'), request),
    setExportChoices: (request) => ipc.invoke(channelFor('setExportChoices'), request),
    previewRestore: (request) => ipc.invoke(channelFor('previewRestore'), request),
    applyRestore: (request) => ipc.invoke(channelFor('applyRestore'), request),
    previewConflictCopy: (request) => ipc.invoke(channelFor('previewConflictCopy'), request),
    setConflictCopyAside: (request) => ipc.invoke(channelFor('setConflictCopyAside'), request),
    getSyncSettings: (request) => ipc.invoke(channelFor('getSyncSettings'), request),
    setSyncSettings: (request) => ipc.invoke(channelFor('setSyncSettings'), request),
    testSyncConnection: (request) => ipc.invoke(channelFor('testSyncConnection'), request),
    getSyncStatus: (request) => ipc.invoke(channelFor('getSyncStatus'), request),
    shareClient: (request) => ipc.invoke(channelFor('shareClient'), request),
    unshareClient: (request) => ipc.invoke(channelFor('unshareClient'), request),
    syncNow: (request) => ipc.invoke(channelFor('syncNow'), request),
    previewSyncConflict: (request) => ipc.invoke(channelFor('previewSyncConflict'), request),
    resolveSyncConflict: (request) => ipc.invoke(channelFor('resolveSyncConflict'), request),

    onMenuCommand: (listener) =>
      subscribe(eventChannelFor('menuCommand'), (_event, command) => {
        if (isMenuCommand(command)) listener(command);
      }),
    onFlushRequest: (listener) => subscribe(eventChannelFor('flushRequest'), () => listener()),
    onFilesOpened: (listener) => subscribe(eventChannelFor('filesOpened'), () => listener()),
    // The desktop app's native menu owns the app shortcuts (shared/shortcuts/shortcut-owner.ts).
    hasNativeMenu: true,
  } satisfies CairnApi;
}
