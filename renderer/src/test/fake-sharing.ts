import type { Client } from '../../../shared/domain/client';
import { applyMerge, planMerge } from '../../../shared/file-format/import-merge';
import type { CairnApi } from '../../../shared/ipc/contract';
import type { ClientSyncStatus, ConnectionCheck, SyncSettingsView, SyncState, SyncStatus } from '../../../shared/ipc/contract-sharing';
import type { ImportPreview } from '../../../shared/ipc/contract-engagement-files';
import type { OperationName } from '../../../shared/ipc/operation-names';
import { fail, ok, type Result } from '../../../shared/result';

type Handle = <T>(op: OperationName, request: unknown, run: () => Result<T>) => Promise<Result<T>>;

export interface FakeSyncState {
  serverUrl: string;
  username: string;
  /** What main would keep encrypted; the renderer only ever sees `hasPassword`. */
  password: string | null;
  enabled: boolean;
  canStorePassword: boolean;
  /** The answer of the next "Test connection" that passes the URL checks (default: connected). */
  nextCheck: ConnectionCheck | null;
  /** Per shared (or once shared) client. */
  clients: Map<string, ClientSyncStatus>;
  /** The conflicting revision on the server, per client in conflict. */
  serverVersions: Map<string, Client>;
  lastSyncedAt: string | null;
}

export interface FakeSyncControls {
  sync: FakeSyncState;
  /** Play a sync writing `client` on disk: the document changes and its localRevision moves. */
  writeFromSync(client: Client): void;
  /** Set (part of) one client's status as main would report it. */
  setClientSync(clientId: string, status: Partial<ClientSyncStatus>): void;
}

const WORST_FIRST: SyncState[] = ['conflict', 'no-access', 'error', 'offline', 'syncing', 'synced', 'off'];
/** Syncs in the fake happen now, so status lines read "Synced just now". */
const syncTime = () => new Date().toISOString();

export function initialFakeSync(): FakeSyncState {
  return { serverUrl: '', username: '', password: null, enabled: false, canStorePassword: true, nextCheck: null, clients: new Map(), serverVersions: new Map(), lastSyncedAt: null };
}

/** Loopback is the one place plain HTTP is accepted (a local test server). */
function checkUrl(serverUrl: string): ConnectionCheck | null {
  let url: URL;
  try {
    url = new URL(serverUrl);
  } catch {
    return { kind: 'invalid-url', message: 'That is not a web address; use one like https://couch.example.com.', server: null };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { kind: 'invalid-url', message: 'The address must start with https://.', server: null };
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol === 'http:' && !loopback) return { kind: 'insecure', message: 'The server must use HTTPS (plain HTTP is accepted only on this computer).', server: null };
  return null;
}

/**
 * Sharing operations for the in-memory API: settings with a password that never comes back,
 * connection checks, per-client statuses a test can set, and conflict reviews over the real
 * (pure) merge planner.
 */
export function createFakeSharingOps(
  state: () => { stored: Map<string, Client>; sync: FakeSyncState },
  handle: Handle,
): Pick<CairnApi, 'getSyncSettings' | 'setSyncSettings' | 'testSyncConnection' | 'getSyncStatus' | 'shareClient' | 'unshareClient' | 'syncNow' | 'previewSyncConflict' | 'resolveSyncConflict'> &
  Omit<FakeSyncControls, 'sync'> {
  const previews = new Map<string, { clientId: string; theirs: Client }>();
  const view = (): SyncSettingsView => {
    const sync = state().sync;
    return { serverUrl: sync.serverUrl, username: sync.username, hasPassword: Boolean(sync.password), enabled: sync.enabled, canStorePassword: sync.canStorePassword };
  };
  const status = (): SyncStatus => {
    const sync = state().sync;
    const clients = [...sync.clients.values()];
    const states = sync.enabled ? clients.filter((client) => client.shared).map((client) => client.state) : [];
    const overall: SyncState = !sync.enabled ? 'off' : (WORST_FIRST.find((candidate) => states.includes(candidate)) ?? 'synced');
    return { overall, lastSyncedAt: sync.lastSyncedAt, clients, library: { state: sync.enabled ? 'synced' : 'off', lastSyncedAt: sync.lastSyncedAt, message: null } };
  };
  const clientStatus = (clientId: string): ClientSyncStatus =>
    state().sync.clients.get(clientId) ?? { clientId, shared: false, sharedBy: null, state: 'off', lastSyncedAt: null, progress: null, message: null, localRevision: null };
  const setClientSync = (clientId: string, patch: Partial<ClientSyncStatus>) => {
    state().sync.clients.set(clientId, { ...clientStatus(clientId), ...patch, clientId });
  };

  return {
    setClientSync,
    writeFromSync(client) {
      state().stored.set(client.id, client);
      const current = clientStatus(client.id);
      setClientSync(client.id, { shared: true, localRevision: `${Number(current.localRevision ?? 0) + 1}` });
    },
    getSyncSettings: (request) => handle('getSyncSettings', request, () => ok(view())),
    setSyncSettings: (request) =>
      handle('setSyncSettings', request, () => {
        const sync = state().sync;
        const problem = request.enabled || request.serverUrl !== '' ? checkUrl(request.serverUrl) : null;
        if (problem) return fail('invalid-request', problem.message);
        Object.assign(sync, { serverUrl: request.serverUrl.trim(), username: request.username.trim(), enabled: request.enabled });
        if (request.password !== null && request.password !== undefined) sync.password = request.password === '' ? null : request.password;
        if (sync.enabled) sync.lastSyncedAt ??= syncTime();
        return ok(view());
      }),
    testSyncConnection: (request) =>
      handle('testSyncConnection', request, () => {
        const problem = checkUrl(request.serverUrl);
        if (problem) return ok(problem);
        const answer = state().sync.nextCheck ?? { kind: 'ok' as const, message: 'Connected to CouchDB 3.3.3 as the user given.', server: 'CouchDB 3.3.3' };
        return ok(answer);
      }),
    getSyncStatus: (request) => handle('getSyncStatus', request, () => ok(status())),
    shareClient: (request) =>
      handle('shareClient', request, () => {
        if (!state().sync.enabled) return fail('invalid-request', 'Turn on sync in Settings ▸ Sync first.');
        if (!state().stored.has(request.clientId)) return fail('not-found', 'That client is no longer in the data folder.');
        setClientSync(request.clientId, { shared: true, sharedBy: null, state: 'synced', lastSyncedAt: syncTime(), message: null });
        return ok(clientStatus(request.clientId));
      }),
    unshareClient: (request) =>
      handle('unshareClient', request, () => {
        setClientSync(request.clientId, { shared: false, sharedBy: null, state: 'off', progress: null, message: null });
        return ok(clientStatus(request.clientId));
      }),
    syncNow: (request) => handle('syncNow', request, () => (state().sync.enabled ? ok(status()) : fail('invalid-request', 'Turn on sync in Settings ▸ Sync first.'))),
    previewSyncConflict: (request) =>
      handle('previewSyncConflict', request, () => {
        const mine = state().stored.get(request.clientId);
        const theirs = state().sync.serverVersions.get(request.clientId);
        if (!mine || !theirs) return fail('not-found', 'There is no conflict to review.');
        const plan = planMerge(mine, theirs);
        const preview: ImportPreview = {
          previewId: `sync-conflict-${previews.size + 1}`,
          fileName: `the server's version of ${mine.name}`,
          source: 'cairn',
          clientName: theirs.name,
          appVersion: null,
          exportedAt: null,
          migratedFrom: null,
          unknownFields: [],
          unknownFieldCount: 0,
          mode: { kind: 'merge', targetClientId: mine.id },
          targetClientName: mine.name,
          freshIds: false,
          newClientName: null,
          targetInTrash: false,
          trashedClientId: null,
          landsIn: 'active',
          landingNote: null,
          groups: plan.groups,
          items: plan.items,
          itemCount: plan.items.length,
          frameworksToAdd: [],
        };
        previews.set(preview.previewId, { clientId: mine.id, theirs });
        return ok(preview);
      }),
    resolveSyncConflict: (request) =>
      handle('resolveSyncConflict', request, () => {
        const found = previews.get(request.previewId);
        const mine = found && state().stored.get(found.clientId);
        if (!found || !mine) return fail('not-found', 'That comparison has expired; review the conflict again.');
        state().stored.set(mine.id, applyMerge(mine, found.theirs, request.decisions ?? {}, syncTime()));
        state().sync.serverVersions.delete(mine.id);
        const current = clientStatus(mine.id);
        setClientSync(mine.id, { state: 'synced', message: null, lastSyncedAt: syncTime(), localRevision: `${Number(current.localRevision ?? 0) + 1}` });
        return ok({ clientId: mine.id, savedAt: syncTime() });
      }),
  };
}
