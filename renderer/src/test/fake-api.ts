import { summarizeClient, type Client } from '../../../shared/domain/client';
import { benchmarkAgainstPeers } from '../../../shared/scoring/benchmark';
import type { Framework } from '../../../shared/frameworks/framework-schema';
import type { WorkshopTemplate } from '../../../shared/workshop/workshop-template-schema';
import { ConsultantProfileSchema, DEFAULT_PROFILE, type Preferences } from '../../../shared/domain/preferences';
import type { ExportPreview } from '../../../shared/ipc/contract-exports';
import type { CairnApi, SnapshotInfo, WorkspaceProblem, WorkspaceState } from '../../../shared/ipc/contract';
import type { MenuCommand, OperationName } from '../../../shared/ipc/operation-names';
import { DEFAULT_EXPORT_CHOICES, ExportChoicesSchema, type ExportChoices } from '../../../shared/deliverables/export-choices';
import { fail, ok, type ErrorCode, type Result } from '../../../shared/result';
import { createFakeEngagementFileOps } from './fake-engagement-files';
import { createFakeSharingOps, initialFakeSync, type FakeSyncControls, type FakeSyncState } from './fake-sharing';

/**
 * An in-memory stand-in for `window.cairn`, the process boundary. It keeps documents and
 * preferences like the real backend would and records every call, so tests can assert on
 * what the UI asked to save.
 */
export interface FakeApi extends CairnApi, FakeSyncControls {
  calls: { op: OperationName; request: unknown }[];
  stored: Map<string, Client>;
  /** The custom framework library, by id. */
  frameworks: Map<string, Framework>;
  /** The consultant's own workshop templates, by id. */
  workshopTemplates: Map<string, WorkshopTemplate>;
  /** File names the next file dialogs answer with (the grant token is `grant-<name>`); null is Cancel. */
  fileChoices: (string | null)[];
  /** What an opened `.cairn` file holds, by file name: a client, or the message a bad file is refused with. */
  importFiles: Map<string, Client | string>;
  preferences: Preferences;
  snapshots: Map<string, { info: SnapshotInfo; client: Client }[]>;
  problems: WorkspaceProblem[];
  /** The next `count` calls of `op` fail with `code`. */
  failNext(op: OperationName, code: ErrorCode, count?: number): void;
  emitMenuCommand(command: MenuCommand): void;
  emitFlushRequest(): void;
  /** Play the OS opening files (double-click, drop): queued as grants `grant-<name>`, then filesOpened. */
  emitFilesOpened(names: string[]): void;
  /** What the export dialog last stored in main's preferences. */
  exportChoices: ExportChoices;
  callsOf(op: OperationName): unknown[];
}

export interface FakeApiSeed {
  clients?: Client[];
  preferences?: Partial<Preferences>;
  problems?: WorkspaceProblem[];
  snapshots?: { info: SnapshotInfo; client: Client }[];
  frameworks?: Framework[];
  workshopTemplates?: WorkshopTemplate[];
  /** Play the desktop app, whose native menu owns the app shortcuts (default: a browser). */
  hasNativeMenu?: boolean;
  /** Files the OS opened before the page started (with what each holds). */
  openedFiles?: { name: string; content: Client | string }[];
  /** The data folder opened read-only. */
  readOnly?: boolean;
  /** Sync settings and statuses as main would hold them (default: never configured). */
  sync?: Partial<FakeSyncState>;
}

export function createFakeApi(seed: FakeApiSeed = {}): FakeApi {
  const stored = new Map((seed.clients ?? []).map((client) => [client.id, client]));
  const failures = new Map<OperationName, { code: ErrorCode; count: number }>();
  const menuListeners = new Set<(command: MenuCommand) => void>();
  const flushListeners = new Set<() => void>();
  const filesListeners = new Set<() => void>();
  let openedFiles: string[] = (seed.openedFiles ?? []).map((file) => file.name);
  const snapshots = new Map<string, { info: SnapshotInfo; client: Client }[]>();
  const exportJobs = new Map<string, { kind: string; saved: boolean }>();
  for (const snapshot of seed.snapshots ?? []) {
    snapshots.set(snapshot.info.clientId, [...(snapshots.get(snapshot.info.clientId) ?? []), snapshot]);
  }

  const api: FakeApi = {
    calls: [],
    stored,
    frameworks: new Map((seed.frameworks ?? []).map((framework) => [framework.id, framework])),
    workshopTemplates: new Map((seed.workshopTemplates ?? []).map((template) => [template.id, template])),
    fileChoices: [],
    importFiles: new Map((seed.openedFiles ?? []).map((file) => [file.name, file.content])),
    snapshots,
    problems: [...(seed.problems ?? [])],
    preferences: { profile: DEFAULT_PROFILE, logoDataUrl: null, firstRunDone: true, recentClientIds: [], ...seed.preferences },
    failNext(op, code, count = 1) {
      failures.set(op, { code, count });
    },
    emitMenuCommand: (command) => menuListeners.forEach((listener) => listener(command)),
    emitFlushRequest: () => flushListeners.forEach((listener) => listener()),
    emitFilesOpened(names) {
      openedFiles = [...openedFiles, ...names];
      filesListeners.forEach((listener) => listener());
    },
    exportChoices: DEFAULT_EXPORT_CHOICES,
    sync: { ...initialFakeSync(), ...seed.sync },
    hasNativeMenu: seed.hasNativeMenu ?? false,
    onFilesOpened(listener) {
      filesListeners.add(listener);
      return () => filesListeners.delete(listener);
    },
    takeOpenedFiles: (request) =>
      handle('takeOpenedFiles', request, () => {
        const taken = openedFiles.map((name) => ({ token: `grant-${name}`, name }));
        openedFiles = [];
        return ok(taken);
      }),
    setEditingContext: (request) => handle('setEditingContext', request, () => ok({ noted: false })),
    getExportChoices: (request) => handle('getExportChoices', request, () => ok(api.exportChoices)),
    setExportChoices: (request) =>
      handle('setExportChoices', request, () => {
        const parsed = ExportChoicesSchema.safeParse(request);
        if (!parsed.success) return fail('invalid-request', parsed.error.message);
        api.exportChoices = parsed.data;
        return ok(api.exportChoices);
      }),
    callsOf: (op) => api.calls.filter((call) => call.op === op).map((call) => call.request),
    onMenuCommand(listener) {
      menuListeners.add(listener);
      return () => menuListeners.delete(listener);
    },
    onFlushRequest(listener) {
      flushListeners.add(listener);
      return () => flushListeners.delete(listener);
    },
    openWorkspace: (request) =>
      handle('openWorkspace', request, () =>
        ok<WorkspaceState>({
          summaries: [...stored.values()].map(summarizeClient),
          problems: api.problems,
          preferences: api.preferences,
          dataDir: '/home/consultant/.config/Cairn',
          snapshotPolicy: 'Cairn keeps the last 10 snapshots plus one per day for 7 days.',
          readOnly: seed.readOnly === true,
        }),
      ),
    readClient: (request) =>
      handle('readClient', request, () => {
        const found = stored.get(request.id);
        return found ? ok(found) : fail('not-found', 'That client is no longer in the data folder.');
      }),
    peerBenchmark: (request) =>
      handle('peerBenchmark', request, () => {
        const peers = [...stored.values()].filter((client) => client.deletedAt === null).map((client) => ({ clientId: client.id, assessments: client.assessments }));
        return ok(benchmarkAgainstPeers({ clientId: request.clientId, framework: request.framework as Framework, clients: peers }));
      }),
    saveClient: (request) =>
      handle('saveClient', request, () => {
        stored.set(request.client.id, request.client as Client);
        return ok({ savedAt: new Date().toISOString(), snapshotTaken: false });
      }),
    purgeClient: (request) => handle('purgeClient', request, () => ok({ purged: stored.delete(request.id) })),
    listSnapshots: (request) =>
      handle('listSnapshots', request, () => ok((snapshots.get(request.clientId) ?? []).map((s) => s.info))),
    readSnapshot: (request) =>
      handle('readSnapshot', request, () => {
        const found = snapshots.get(request.clientId)?.find((s) => s.info.id === request.snapshotId);
        return found ? ok(found.client) : fail('not-found', 'That snapshot no longer exists.');
      }),
    restoreSnapshot: (request) =>
      handle('restoreSnapshot', request, () => {
        const found = snapshots.get(request.clientId)?.find((s) => s.info.id === request.snapshotId);
        return found ? ok(found.client) : fail('not-found', 'That snapshot no longer exists.');
      }),
    // A conflict preview compares with whatever a test put in `stored` as "the version on disk".
    previewSaveConflict: (request) =>
      handle('previewSaveConflict', request, () => {
        const disk = stored.get(request.client.id);
        return ok({
          previewId: `conflict-${request.client.id}`,
          fileName: `the version on disk of ${request.client.name}`,
          source: 'cairn' as const,
          clientName: disk?.name ?? request.client.name,
          appVersion: null,
          exportedAt: null,
          migratedFrom: null,
          unknownFields: [],
          unknownFieldCount: 0,
          mode: { kind: 'merge' as const, targetClientId: request.client.id },
          targetClientName: request.client.name,
          freshIds: false,
          targetInTrash: false,
          trashedClientId: null,
          landsIn: 'active',
          landingNote: null,
          newClientName: null,
          groups: [],
          items: [],
          itemCount: 0,
          frameworksToAdd: [],
        });
      }),
    resolveSaveConflict: (request) =>
      handle('resolveSaveConflict', request, () => {
        const id = request.previewId.replace(/^conflict-/, '');
        const disk = stored.get(id);
        return disk ? ok({ client: disk, savedAt: new Date().toISOString() }) : fail('not-found', 'That comparison has expired.');
      }),
    restoreQuarantined: (request) =>
      handle('restoreQuarantined', request, () => {
        const problem = api.problems.find((p) => p.id === request.problemId);
        const found = problem && snapshots.get(problem.clientId)?.find((s) => s.info.id === request.snapshotId);
        if (!problem || !found) return fail('not-found', 'That snapshot no longer exists.');
        api.problems = api.problems.filter((p) => p !== problem);
        stored.set(found.client.id, found.client);
        return ok(found.client);
      }),
    dismissProblem: (request) =>
      handle('dismissProblem', request, () => {
        api.problems = api.problems.filter((p) => p.id !== request.problemId);
        return ok({ dismissed: true });
      }),
    getPreferences: (request) => handle('getPreferences', request, () => ok(api.preferences)),
    setProfile: (request) =>
      handle('setProfile', request, () => ok((api.preferences = { ...api.preferences, profile: ConsultantProfileSchema.parse(request) }))),
    setLogo: (request) =>
      handle('setLogo', request, () =>
        /^data:image\/(png|jpeg);base64,/.test(request.dataUrl)
          ? ok((api.preferences = { ...api.preferences, logoDataUrl: request.dataUrl }))
          : fail('invalid-request', 'The logo must be a PNG or JPEG image.'),
      ),
    clearLogo: (request) => handle('clearLogo', request, () => ok((api.preferences = { ...api.preferences, logoDataUrl: null }))),
    completeFirstRun: (request) =>
      handle('completeFirstRun', request, () => ok((api.preferences = { ...api.preferences, firstRunDone: true }))),
    noteClientOpened: (request) => handle('noteClientOpened', request, () => ok(api.preferences)),
    openExternal: (request) => handle('openExternal', request, () => ok({ opened: true })),
    confirmFlushed: (request) => handle('confirmFlushed', request, () => ok({ acknowledged: true })),
    listFrameworks: (request) => handle('listFrameworks', request, () => ok([...api.frameworks.values()])),
    saveFramework: (request) =>
      handle('saveFramework', request, () => {
        const framework = request.framework as Framework;
        if (framework.builtIn) return fail('forbidden', 'Only custom frameworks can be saved.');
        api.frameworks.set(framework.id, framework);
        return ok(framework);
      }),
    deleteFramework: (request) => handle('deleteFramework', request, () => ok({ deleted: api.frameworks.delete(request.id) })),
    chooseSaveFile: (request) =>
      handle('chooseSaveFile', request, () => {
        const name = api.fileChoices.shift();
        return ok(name ? { token: `grant-${name}`, name } : null);
      }),
    chooseOpenFile: (request) =>
      handle('chooseOpenFile', request, () => {
        const name = api.fileChoices.shift();
        return ok(name ? { token: `grant-${name}`, name } : null);
      }),
    listWorkshopTemplates: (request) => handle('listWorkshopTemplates', request, () => ok({ templates: [...api.workshopTemplates.values()], skipped: [] })),
    saveWorkshopTemplate: (request) =>
      handle('saveWorkshopTemplate', request, () => {
        const template = request.template as WorkshopTemplate;
        api.workshopTemplates.set(template.id, template);
        return ok(template);
      }),
    deleteWorkshopTemplate: (request) => handle('deleteWorkshopTemplate', request, () => ok({ deleted: api.workshopTemplates.delete(request.id) })),
    // Exports finish at once: a saved job reports 'Saved', a preview job holds a tiny result.
    startExport: (request) =>
      handle('startExport', request, () => {
        const jobId = `job-${exportJobs.size + 1}`;
        exportJobs.set(jobId, { kind: request.request.kind, saved: request.fileToken !== null });
        return ok({ jobId });
      }),
    exportStatus: (request) =>
      handle('exportStatus', request, () => {
        const job = exportJobs.get(request.jobId);
        if (!job) return fail('not-found', 'That export is no longer known; start it again.');
        return ok({ jobId: request.jobId, state: 'done' as const, progress: 1, message: job.saved ? 'Saved' : 'Preview ready', bytes: 2048 });
      }),
    cancelExport: (request) => handle('cancelExport', request, () => ok({ cancelled: false })),
    readExportPreview: (request) =>
      handle<ExportPreview>('readExportPreview', request, () =>
        exportJobs.get(request.jobId)?.kind === 'workbook'
          ? ok({ kind: 'workbook' as const, sheets: [{ name: 'Summary', rows: 6, columns: ['Field', 'Value'] }, { name: 'Initiatives', rows: 12, columns: ['Title', 'Phase', 'Status'] }] })
          : ok({ kind: 'pdf' as const, base64: btoa('%PDF-1.7 fake') }),
      ),
    ...createFakeEngagementFileOps(() => api, handle),
    // Restores and conflict copies are exercised end to end (test/e2e/restore-and-sync.e2e.ts) against the real services.
    previewRestore: (request) => handle('previewRestore', request, () => fail('not-found', 'The fake API holds no backups.')),
    applyRestore: (request) => handle('applyRestore', request, () => fail('not-found', 'The fake API holds no backups.')),
    previewConflictCopy: (request) => handle('previewConflictCopy', request, () => fail('not-found', 'That conflict copy has already been dealt with.')),
    setConflictCopyAside: (request) => handle('setConflictCopyAside', request, () => ok({ movedTo: 'sync-conflicts/copy.json' })),
    ...createFakeSharingOps(() => api, handle),
  };

  async function handle<T>(op: OperationName, request: unknown, run: () => Result<T>): Promise<Result<T>> {
    api.calls.push({ op, request });
    const failure = failures.get(op);
    if (failure && failure.count > 0) {
      failure.count -= 1;
      return fail(failure.code, `Simulated ${failure.code}.`);
    }
    return run();
  }

  return api;
}
