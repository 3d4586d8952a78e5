import { randomUUID } from 'node:crypto';
import type { Client } from '../../../../shared/domain/client';
import { parseClientDocument, serializeClientDocument } from '../../../../shared/file-format/client-document-format';
import type { MergeDecisions } from '../../../../shared/file-format/import-merge';
import type { ClientSyncStatus, ConnectionCheck, SyncSettingsView, SyncState, SyncStatus } from '../../../../shared/ipc/contract-sharing';
import type { ImportPreview } from '../../../../shared/ipc/contract-engagement-files';
import { clientDatabaseName } from '../../../../shared/sync/database-names';
import { oldestSyncTime, rollUpSyncState } from '../../../../shared/sync/sync-state';
import { OperationError } from '../../ipc/operation-error';
import { dataLayout } from '../data-layout';
import { currentRevision, revisionOf } from '../document-revision';
import type { FrameworkLibrary } from '../framework-library';
import { nodeFsPort, type FsPort } from '../fs-port';
import type { Workspace } from '../workspace';
import { createWorkshopTemplateLibrary, type WorkshopTemplateLibrary } from '../workshop-template-library';
import { syncClient, type ClientOutcome } from './client-replication';
import { checkConnection } from './connection-check';
import { CouchFailure, createCouch, type Couch } from './couch';
import type { CredentialVault } from './credential-vault';
import { syncLibrary } from './library-replication';
import { createSyncConflicts } from './sync-conflicts';
import { createSyncSettings, type SyncCredentials, type SyncSettingsUpdate } from './sync-settings';
import { createSyncStore, type ClientReplicationState, type ReplicationState } from './sync-store';

export interface SyncServiceDeps {
  dataDir: string;
  workspace: Workspace;
  frameworks: FrameworkLibrary;
  templates?: WorkshopTemplateLibrary;
  /** safeStorage in the desktop app; `memoryOnlyVault` elsewhere (the password is never written). */
  vault: CredentialVault;
  /** The consultant's name as shared with colleagues ("Anna Berg"); empty: their CouchDB user name. */
  displayName: () => Promise<string>;
  /** Replaces the stored settings' server and credentials (the CLI: --server and the environment). */
  credentials?: () => Promise<SyncCredentials | null>;
  readOnly?: boolean;
  fs?: FsPort;
  clock?: () => Date;
  newId?: () => string;
  /** Pause between passes while online (continuous mode, default 5 s); offline passes back off up to `maxBackoffMs`. */
  intervalMs?: number;
  maxBackoffMs?: number;
  timeoutMs?: number;
}

/** One client in a pass, for `cairn sync --once`. */
export interface PassEntry {
  clientId: string;
  clientName: string;
  outcome: ClientOutcome;
}

export interface PassReport {
  /** Where the pass stopped before any client: no credentials, offline, refused. */
  stopped: { state: SyncState; message: string } | null;
  clients: PassEntry[];
  library: { state: SyncState; moved: number; message: string | null };
  /** Requests sent to the server during the pass. */
  requests: number;
}

interface LiveStatus {
  state: SyncState;
  message: string | null;
  progress: { done: number; total: number } | null;
  localRevision: string | null;
}

/** Clients replicated at the same time in a pass. */
const CONCURRENT_CLIENTS = 4;

const NO_ACCESS = 'You have no access to this client’s database on the server. Ask your CouchDB administrator to add you to its members (_security).';
const WRONG_PASSWORD = 'The sync server refused your user name or password. Check them in Settings ▸ Sync.';
const OFFLINE = 'The sync server cannot be reached; everything keeps working here and syncs when the connection is back.';

/**
 * Sharing clients with the firm through CouchDB. The local documents stay the source of
 * truth; the server is a meeting point that each computer replicates with, client by
 * client (see client-replication.ts), plus the firm library. Nothing touches the network
 * until sync is turned on (or the CLI asks), and every failure becomes a status.
 */
export function createSyncService(deps: SyncServiceDeps) {
  const fs = deps.fs ?? nodeFsPort;
  const clock = deps.clock ?? (() => new Date());
  const newId = deps.newId ?? randomUUID;
  const settings = createSyncSettings({ dataDir: deps.dataDir, vault: deps.vault, fs });
  const store = createSyncStore({ dataDir: deps.dataDir, fs });
  const templates = deps.templates ?? createWorkshopTemplateLibrary({ dataDir: deps.dataDir });
  const credentials = deps.credentials ?? (() => settings.credentials());
  const live = new Map<string, LiveStatus>();
  let library: { state: SyncState; message: string | null } = { state: 'off', message: null };
  let stateCache: Promise<ReplicationState> | null = null;
  let passing: Promise<PassReport> | null = null;
  let passProgress: { done: number; total: number } | null = null;
  let loop: { timer: NodeJS.Timeout | null; stopped: boolean; backoff: number } | null = null;

  // One state object for the whole service, read once (two first readers must not get two copies).
  const conflicts = createSyncConflicts({ store, workspace: deps.workspace, clock, newId, localClient: (clientId) => localClient(clientId) });
  const readState = () => (stateCache ??= store.readState());
  async function writeState(state: ReplicationState): Promise<void> {
    stateCache = Promise.resolve(state);
    if (!deps.readOnly) await store.writeState(state);
  }
  const liveOf = (clientId: string): LiveStatus => {
    let status = live.get(clientId);
    if (!status) live.set(clientId, (status = { state: 'syncing', message: null, progress: null, localRevision: null }));
    return status;
  };

  async function localClient(clientId: string): Promise<{ client: Client; revision: string } | null> {
    const current = await currentRevision(fs, dataLayout(deps.dataDir).clientFile(clientId));
    if (!current) return null;
    const parsed = parseClientDocument(current.bytes.toString('utf8'));
    return parsed.ok ? { client: parsed.document.client, revision: current.revision } : null;
  }

  async function clientStatus(clientId: string, entry: ClientReplicationState | undefined, enabled: boolean): Promise<ClientSyncStatus> {
    const status = live.get(clientId);
    const pending = entry ? await store.readConflict(clientId) : null;
    let state: SyncState = !entry ? 'off' : pending ? 'conflict' : (status?.state ?? (enabled ? 'syncing' : 'off'));
    if (entry && !enabled && state !== 'conflict') state = 'off';
    return {
      clientId,
      shared: entry !== undefined,
      sharedBy: entry?.sharedBy ?? null,
      state,
      lastSyncedAt: entry?.lastSyncedAt ?? null,
      progress: status?.progress ?? null,
      message: pending ? 'Changed here and on the server: choose what to keep.' : (status?.message ?? (entry && !enabled ? 'Sync is turned off in Settings ▸ Sync.' : null)),
      localRevision: status?.localRevision ?? null,
    };
  }

  async function active(): Promise<boolean> {
    return deps.credentials !== undefined || (await settings.enabled());
  }

  async function status(): Promise<SyncStatus> {
    const state = await readState();
    const enabled = await active();
    const clients = await Promise.all(Object.entries(state.clients).map(([id, entry]) => clientStatus(id, entry, enabled)));
    const libraryState: SyncState = enabled ? library.state : 'off';
    const states = clients.map((client) => client.state);
    return {
      overall: enabled ? rollUpSyncState([...states, ...(libraryState === 'off' ? [] : [libraryState])]) : 'off',
      lastSyncedAt: oldestSyncTime(clients.map((client) => client.lastSyncedAt)),
      clients,
      library: { state: libraryState, lastSyncedAt: state.library.lastSyncedAt, message: library.message },
      progress: passProgress,
    };
  }

  function failureStatus(error: unknown): { state: SyncState; message: string } {
    if (error instanceof CouchFailure) {
      if (error.kind === 'offline') return { state: 'offline', message: OFFLINE };
      if (error.kind === 'unauthorized' || error.kind === 'forbidden') return { state: 'no-access', message: error.message.includes('CouchDB administrator') ? error.message : NO_ACCESS };
      return { state: 'error', message: error.message };
    }
    if (error instanceof OperationError && error.code === 'conflict') return { state: 'syncing', message: 'The client was being saved here at the same moment; it syncs on the next pass.' };
    return { state: 'error', message: error instanceof Error ? error.message : String(error) };
  }

  async function pass(only: ReadonlySet<string> | null): Promise<PassReport> {
    const report: PassReport = { stopped: null, clients: [], library: { state: 'off', moved: 0, message: null }, requests: 0 };
    const state = await readState();
    const stopAll = (stopped: { state: SyncState; message: string }) => {
      report.stopped = stopped;
      for (const id of Object.keys(state.clients)) Object.assign(liveOf(id), { state: stopped.state, message: stopped.message, progress: null });
      library = stopped;
      return report;
    };
    if (deps.readOnly) return stopAll({ state: 'error', message: 'This data folder is open read-only, so nothing can be synced into it.' });
    const creds = await credentials();
    if (!creds) return stopAll({ state: 'error', message: 'Sync needs the server address, your user name and your password (Settings ▸ Sync).' });
    const couch: Couch = createCouch({ url: creds.serverUrl, username: creds.username, password: creds.password }, { timeoutMs: deps.timeoutMs ?? 20_000 });
    try {
      const session = await couch.request<{ userCtx?: { name?: string | null } }>({ path: '_session' });
      if (!session.userCtx?.name) return stopAll({ state: 'error', message: WRONG_PASSWORD });
    } catch (error) {
      report.requests = couch.requestCount();
      if (error instanceof CouchFailure && error.kind === 'unauthorized') return stopAll({ state: 'error', message: WRONG_PASSWORD });
      return stopAll(failureStatus(error));
    }
    const displayName = (await deps.displayName()).trim() || creds.username;

    // The firm library first: it also tells which clients colleagues shared.
    try {
      const synced = await syncLibrary({ couch, frameworks: deps.frameworks, templates }, state.library.marks);
      state.library.marks = synced.marks;
      if (synced.available) state.library.lastSyncedAt = clock().toISOString();
      library = synced.available ? { state: 'synced', message: null } : { state: 'no-access', message: 'The firm library does not exist yet and your account may not create it; ask your CouchDB administrator (docs/sync.md).' };
      report.library = { state: library.state, moved: synced.moved, message: library.message };
      for (const share of synced.shares) {
        if (state.clients[share.clientId] || state.declined.includes(share.clientId)) continue;
        const mine = share.sharedByUser === creds.username;
        state.clients[share.clientId] = { db: share.db, name: share.clientName, sharedBy: mine ? null : share.sharedBy, provisioned: true, remoteRev: null, lastSeq: null, localRevision: null, lastSyncedAt: null };
      }
      await writeState(state);
    } catch (error) {
      const failed = failureStatus(error);
      if (failed.state === 'offline') return stopAll(failed);
      library = failed;
      report.library = { state: failed.state, moved: 0, message: failed.message };
    }

    const inPass = Object.entries(state.clients).filter(([clientId]) => !only || only.has(clientId));
    passProgress = { done: 0, total: inPass.length };
    const queue = [...inPass];
    const syncOne = async (clientId: string, entry: ClientReplicationState): Promise<void> => {
      const status = liveOf(clientId);
      // A client in step stays "synced" during routine passes (no badge flicker every few seconds).
      if (status.state !== 'synced' || entry.lastSyncedAt === null) Object.assign(status, { state: 'syncing', message: null });
      let outcome: ClientOutcome;
      try {
        const result = await syncClient(
          { couch, workspace: deps.workspace, store, fs, dataDir: deps.dataDir, clock, displayName, onProgress: (progress) => (status.progress = progress) },
          clientId,
          entry,
        );
        outcome = result.outcome;
        // A checkpoint that moved is written at once (a crash then repeats nothing); only the time of an idle check waits for the end of the pass.
        const moved = !result.entry || JSON.stringify({ ...result.entry, lastSyncedAt: null }) !== JSON.stringify({ ...entry, lastSyncedAt: null });
        if (result.entry) state.clients[clientId] = result.entry;
        else {
          delete state.clients[clientId];
          state.declined.push(clientId);
          live.delete(clientId);
        }
        if (moved) await writeState(state);
        else idleChecks += 1;
        if (outcome.kind === 'synced') {
          Object.assign(status, { state: 'synced', message: null, progress: null });
          if (outcome.moved === 'pulled' || outcome.moved === 'merged') status.localRevision = result.entry?.localRevision ?? null;
        } else if (outcome.kind === 'conflict') Object.assign(status, { state: 'conflict', message: 'Changed here and on the server: choose what to keep.', progress: null });
        else if (outcome.kind === 'failed') Object.assign(status, { state: outcome.state, message: outcome.message, progress: null });
      } catch (error) {
        const failed = failureStatus(error);
        Object.assign(status, { ...failed, progress: null });
        outcome = { kind: 'failed', state: failed.state === 'no-access' ? 'no-access' : 'error', message: failed.message };
        if (failed.state === 'offline') {
          // The server went away mid-pass: the others wait for the next pass.
          queue.length = 0;
          report.stopped = failed;
          for (const id of Object.keys(state.clients)) if (liveOf(id).state === 'syncing') Object.assign(liveOf(id), { state: 'offline', message: OFFLINE });
        }
      }
      report.clients.push({ clientId, clientName: state.clients[clientId]?.name || entry.name || clientId, outcome });
      passProgress = { done: report.clients.length, total: inPass.length };
    };
    let idleChecks = 0;
    // A few clients at a time: each is its own database, so the round trips overlap.
    await Promise.all(
      Array.from({ length: Math.min(CONCURRENT_CLIENTS, queue.length) }, async () => {
        for (let next = queue.shift(); next; next = queue.shift()) await syncOne(next[0], next[1]);
      }),
    );
    if (idleChecks > 0) await writeState(state);
    report.requests = couch.requestCount();
    passProgress = null;
    return report;
  }

  /** One pass at a time; a pass asked for while one runs starts right after it. */
  function runPass(only: ReadonlySet<string> | null = null): Promise<PassReport> {
    const previous = passing ?? Promise.resolve(null);
    const next = previous
      .catch(() => null)
      .then(() => pass(only))
      .finally(() => {
        passProgress = null;
      });
    passing = next.finally(() => {
      if (passing === next) passing = null;
    }) as Promise<PassReport>;
    return next;
  }

  function schedule(delay: number): void {
    if (!loop || loop.stopped) return;
    loop.timer = setTimeout(() => {
      if (!loop || loop.stopped) return;
      void runPass().then(
        (report) => {
          if (!loop) return;
          const offline = report.stopped?.state === 'offline' || report.clients.some((entry) => entry.outcome.kind === 'failed' && liveOf(entry.clientId).state === 'offline');
          loop.backoff = offline ? Math.min(loop.backoff * 2, deps.maxBackoffMs ?? 60_000) : (deps.intervalMs ?? 5_000);
          schedule(loop.backoff);
        },
        () => schedule(deps.maxBackoffMs ?? 60_000),
      );
    }, delay);
    loop.timer.unref?.();
  }

  const service = {
    settings,
    getSettings: (): Promise<SyncSettingsView> => settings.view(),
    async setSettings(update: SyncSettingsUpdate): Promise<SyncSettingsView> {
      const view = await settings.update(update);
      if (view.enabled) service.start();
      else await service.stop();
      return view;
    },
    async testConnection(request: { serverUrl: string; username: string; password: string | null }): Promise<ConnectionCheck> {
      const password = request.password ?? (await settings.passwordFor(request.serverUrl.trim().replace(/\/+$/, ''), request.username.trim()));
      return checkConnection(request.serverUrl, request.username.trim(), password, deps.timeoutMs ?? 10_000);
    },
    status,
    async clientStatus(clientId: string): Promise<ClientSyncStatus> {
      const state = await readState();
      return clientStatus(clientId, state.clients[clientId], await active());
    },
    /** "Share with the firm": from now on this client has its own database on the server. */
    async share(clientId: string): Promise<ClientSyncStatus> {
      if (deps.readOnly) throw new OperationError('read-only', 'This data folder is open read-only, so nothing can be shared from it.');
      const local = await localClient(clientId);
      if (!local) throw new OperationError('not-found', 'That client is not in the data folder.');
      const state = await readState();
      if (!state.clients[clientId]) {
        state.clients[clientId] = { db: clientDatabaseName(clientId), name: local.client.name, sharedBy: null, provisioned: false, remoteRev: null, lastSeq: null, localRevision: null, lastSyncedAt: null };
        state.declined = state.declined.filter((id) => id !== clientId);
        await writeState(state);
      }
      Object.assign(liveOf(clientId), { state: 'syncing', message: null });
      if (loop) void runPass(new Set([clientId])).catch(() => undefined);
      return service.clientStatus(clientId);
    },
    /** "Stop sharing": this computer stops replicating it; its document and the firm's copy stay. */
    async unshare(clientId: string): Promise<ClientSyncStatus> {
      if (deps.readOnly) throw new OperationError('read-only', 'This data folder is open read-only.');
      await passing?.catch(() => null);
      const state = await readState();
      if (state.clients[clientId]) {
        delete state.clients[clientId];
        if (!state.declined.includes(clientId)) state.declined.push(clientId);
        await writeState(state);
        await store.removeBase(clientId);
        // The server's copy of a pending conflict is already kept in a snapshot.
        await store.removeConflict(clientId);
      }
      live.delete(clientId);
      return service.clientStatus(clientId);
    },
    /** Replicate everything shared now (the CLI's `sync --once`, the app's "Sync now"). */
    syncOnce: (only: ReadonlySet<string> | null = null): Promise<PassReport> => runPass(only),
    async syncNow(): Promise<SyncStatus> {
      if (!(await active())) throw new OperationError('invalid-request', 'Sync is turned off; turn it on in Settings ▸ Sync first.');
      await runPass();
      return status();
    },

    previewConflict: (clientId: string): Promise<ImportPreview> => conflicts.preview(clientId),

    async resolveConflict(previewId: string, decisions: MergeDecisions): Promise<{ clientId: string; savedAt: string }> {
      const decided = await conflicts.decide(previewId, decisions);
      const state = await readState();
      const replication = state.clients[decided.clientId];
      if (replication) {
        // The server's copy is now merged in: it is the base, and the merge is pushed as a local change.
        replication.remoteRev = decided.remoteRev;
        await store.writeBase(decided.theirs);
        await writeState(state);
      }
      await store.removeConflict(decided.clientId);
      // The window re-reads the decided client when it sees its revision move.
      Object.assign(liveOf(decided.clientId), { state: 'syncing', message: null, localRevision: revisionOf(serializeClientDocument(decided.merged)) });
      if (loop || deps.credentials) void runPass(new Set([decided.clientId])).catch(() => undefined);
      return { clientId: decided.clientId, savedAt: decided.savedAt };
    },

    /** Continuous sync: a pass now, then every few seconds, backing off while offline. */
    start(): void {
      if (deps.readOnly) return;
      if (loop && !loop.stopped) return;
      loop = { timer: null, stopped: false, backoff: deps.intervalMs ?? 5_000 };
      schedule(0);
    },
    async stop(): Promise<void> {
      if (loop?.timer) clearTimeout(loop.timer);
      if (loop) loop.stopped = true;
      loop = null;
      await passing?.catch(() => null);
    },
    /** Start continuous sync when the consultant turned it on; otherwise no request is ever made. */
    async startIfEnabled(): Promise<boolean> {
      if (deps.readOnly || !(await settings.enabled())) return false;
      service.start();
      return true;
    },
  };
  return service;
}

export type SyncService = ReturnType<typeof createSyncService>;
