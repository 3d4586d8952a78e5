/**
 * Every operation the renderer may call, by name. Zod-free on purpose: the preload
 * imports this list and must stay tiny. `contract.ts` is checked against it.
 */
export const OPERATION_NAMES = [
  'openWorkspace',
  'readClient',
  'peerBenchmark',
  'saveClient',
  'purgeClient',
  'listSnapshots',
  'readSnapshot',
  'restoreSnapshot',
  'previewSaveConflict',
  'resolveSaveConflict',
  'restoreQuarantined',
  'dismissProblem',
  'getPreferences',
  'setProfile',
  'setLogo',
  'clearLogo',
  'completeFirstRun',
  'noteClientOpened',
  'openExternal',
  'confirmFlushed',
  'listFrameworks',
  'saveFramework',
  'deleteFramework',
  'chooseSaveFile',
  'chooseOpenFile',
  'listWorkshopTemplates',
  'saveWorkshopTemplate',
  'deleteWorkshopTemplate',
  'startExport',
  'exportStatus',
  'cancelExport',
  'readExportPreview',
  'exportClientFile',
  'backupWorkspace',
  'previewImport',
  'applyImport',
  'undoImport',
  'takeOpenedFiles',
  'setEditingContext',
  'getExportChoices',
  'setExportChoices',
  'previewRestore',
  'applyRestore',
  'previewConflictCopy',
  'setConflictCopyAside',
  'getSyncSettings',
  'setSyncSettings',
  'testSyncConnection',
  'getSyncStatus',
  'shareClient',
  'unshareClient',
  'syncNow',
  'previewSyncConflict',
  'resolveSyncConflict',
] as const;
export type OperationName = (typeof OPERATION_NAMES)[number];

/** IPC channel for an operation (Electron ipcMain.handle / ipcRenderer.invoke). */
export const channelFor = (name: OperationName): string => `cairn:${name}`;

/** Events main sends to the renderer. */
export const EVENT_NAMES = ['menuCommand', 'flushRequest', 'filesOpened'] as const;
export type EventName = (typeof EVENT_NAMES)[number];
export const eventChannelFor = (name: EventName): string => `cairn-event:${name}`;

/** Commands the application menu sends (the renderer owns undo/redo etc.). */
export const MENU_COMMANDS = ['undo', 'redo', 'new-client', 'find', 'settings', 'snapshots', 'export', 'import', 'export-client-file', 'backup'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
