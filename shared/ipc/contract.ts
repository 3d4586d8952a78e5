import { z } from 'zod';
import { ClientSchema, type Client, type ClientSummary } from '../domain/client';
import type { Benchmark } from '../scoring/benchmark';
import { IdSchema, type Timestamp } from '../domain/common';
import { ConsultantProfileSchema, type Preferences } from '../domain/preferences';
import type { Result } from '../result';
import { FrameworkSchema, SafeKeySchema as FrameworkIdSchema, type Framework } from '../frameworks/framework-schema';
import type { OperationName, MenuCommand } from './operation-names';
import { fileDialogContract } from './contract-files';
import { workshopTemplateContract } from './contract-workshop-templates';
import { exportContract } from './contract-exports';
import { desktopContract } from './contract-desktop';
import { engagementFileContract, type ImportPreview } from './contract-engagement-files';
import { restoreContract } from './contract-restore';
import { syncContract, type SyncIssue } from './contract-sync';
import { sharingContract } from './contract-sharing';

/** A client document that could not be read at start; the file was quarantined untouched. */
export interface WorkspaceProblem {
  id: string;
  /** The client id taken from the file name. */
  clientId: string;
  /** Name from the newest snapshot, when there is one. */
  clientName: string | null;
  /** One sentence: what was wrong with the file. */
  reason: string;
  /** Where the original bytes now are, relative to the data folder. */
  quarantinedAs: string;
  /** The newest good snapshot that can be restored, if any. */
  latestSnapshot: SnapshotInfo | null;
  detectedAt: Timestamp;
}

export interface SnapshotInfo {
  id: string;
  clientId: string;
  takenAt: Timestamp;
  sizeBytes: number;
  clientName: string;
  stakeholderCount: number;
}

export interface WorkspaceState {
  /**
   * Every client of the workspace as the list shows it (name, industry, place, counts);
   * a client's document is read with `readClient` when it is opened.
   */
  summaries: ClientSummary[];
  problems: WorkspaceProblem[];
  /** Conflict copies and unreadable cloud placeholders found in `clients/` (synced data folders); absent means none. */
  syncIssues?: SyncIssue[];
  preferences: Preferences;
  /** Absolute path of the data folder, shown in settings. */
  dataDir: string;
  /** What the retention policy keeps, stated for the snapshots screen. */
  snapshotPolicy: string;
  /** The data folder cannot be written (or was opened for reading only): nothing is saved. Absent: writable. */
  readOnly?: boolean;
}

/** A save conflict settled by merging: the client as now on disk. */
export interface ConflictResolution {
  client: Client;
  savedAt: Timestamp;
}

export interface SaveReceipt {
  savedAt: Timestamp;
  snapshotTaken: boolean;
}

const empty = z.object({}).strict();
const op = <Res>() => <Req extends z.ZodType>(request: Req) => ({ request, response: undefined as unknown as Res });

/**
 * The one API contract. Main registers a handler for each entry, the preload exposes
 * one function per entry, the renderer calls them. Requests are validated by `request`.
 */
export const contract = {
  /** List every client from the summaries index (reading and quarantining only changed or unreadable documents) plus preferences. */
  openWorkspace: op<WorkspaceState>()(empty),
  /** Read one client's document as it is on disk now (opening a client; after sync or another process changed it). */
  readClient: op<Client>()(z.object({ id: IdSchema }).strict()),
  /**
   * A client's assessment on a framework beside the median of the other clients (not in
   * the trash), computed in main from the summaries; null when no other client has one.
   */
  peerBenchmark: op<Benchmark | null>()(z.object({ clientId: IdSchema, framework: FrameworkSchema }).strict()),
  /** Write one client's document atomically; may take a snapshot first. */
  saveClient: op<SaveReceipt>()(z.object({ client: ClientSchema }).strict()),
  /** Remove a client's document (trash emptied, or creation undone). Kept 30 days in purged/. */
  purgeClient: op<{ purged: boolean }>()(z.object({ id: IdSchema }).strict()),
  listSnapshots: op<SnapshotInfo[]>()(z.object({ clientId: IdSchema }).strict()),
  readSnapshot: op<Client>()(z.object({ clientId: IdSchema, snapshotId: IdSchema }).strict()),
  /**
   * A snapshot about to replace the client's current version (History tab): the document on
   * disk is snapshotted first; a snapshot of another client is refused.
   */
  restoreSnapshot: op<Client>()(z.object({ clientId: IdSchema, snapshotId: IdSchema }).strict()),
  /** After a `conflict` save error: the merge preview between the edits in memory and the version on disk. */
  previewSaveConflict: op<ImportPreview>()(z.object({ client: ClientSchema }).strict()),
  /** Save the merge of a conflict preview on top of the version on disk it compared with. */
  resolveSaveConflict: op<ConflictResolution>()(
    z.object({ previewId: IdSchema, decisions: z.record(z.string().max(200).regex(/^[A-Za-z]+:[A-Za-z0-9_@.-]+$/), z.enum(['mine', 'theirs'])).default({}) }).strict(),
  ),
  /** Make a snapshot the current document of a quarantined client. */
  restoreQuarantined: op<Client>()(z.object({ problemId: IdSchema, snapshotId: IdSchema }).strict()),
  dismissProblem: op<{ dismissed: boolean }>()(z.object({ problemId: IdSchema }).strict()),
  getPreferences: op<Preferences>()(empty),
  setProfile: op<Preferences>()(ConsultantProfileSchema.strict()),
  /** A PNG or JPEG as a data: URL, at most LOGO_MAX_BYTES once decoded. */
  setLogo: op<Preferences>()(z.object({ dataUrl: z.string().max(1_500_000) }).strict()),
  clearLogo: op<Preferences>()(empty),
  completeFirstRun: op<Preferences>()(empty),
  noteClientOpened: op<Preferences>()(z.object({ id: IdSchema }).strict()),
  /** Open an allow-listed https:/mailto: link in the system browser or mail app. */
  openExternal: op<{ opened: boolean }>()(z.object({ url: z.string().max(2_000) }).strict()),
  /** The renderer has saved everything after a flushRequest event; the app may quit. */
  confirmFlushed: op<{ acknowledged: boolean }>()(empty),
  /** The consultant's custom frameworks (unreadable files are skipped, never fatal). */
  listFrameworks: op<Framework[]>()(empty),
  /** Store a custom framework as `frameworks/<id>.json`; built-in ids are refused. */
  saveFramework: op<Framework>()(z.object({ framework: FrameworkSchema }).strict()),
  /** Remove a custom framework from the library; clients keep their embedded copies. */
  deleteFramework: op<{ deleted: boolean }>()(z.object({ id: FrameworkIdSchema }).strict()),
  ...fileDialogContract,
  ...workshopTemplateContract,
  ...exportContract,
  ...engagementFileContract,
  ...desktopContract,
  ...restoreContract,
  ...syncContract,
  ...sharingContract,
} as const;

export type Contract = typeof contract;
export type RequestOf<K extends OperationName> = z.input<Contract[K]['request']>;
export type ParsedRequestOf<K extends OperationName> = z.output<Contract[K]['request']>;
export type ResponseOf<K extends OperationName> = Contract[K]['response'];

/** Compile-time proof that the contract and the zod-free name list agree. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const contractMatchesNames: Same<keyof Contract, OperationName> = true;
void contractMatchesNames;

/** The object the preload exposes as `window.cairn`. */
export type CairnApi = {
  [K in OperationName]: (request: RequestOf<K>) => Promise<Result<ResponseOf<K>>>;
} & {
  onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
  onFlushRequest: (listener: () => void) => () => void;
  /** Files are waiting in `takeOpenedFiles`. */
  onFilesOpened: (listener: () => void) => () => void;
  /** True in the desktop app, whose native menu owns the app's shortcuts; false in a browser. */
  hasNativeMenu: boolean;
};
